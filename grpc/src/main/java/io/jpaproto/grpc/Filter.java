package io.jpaproto.grpc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The conditions of a list or stream request: generated services add one for each filter field the request sets,
 * with the value already converted to the attribute's Java type.
 */
public final class Filter {
  private final List<Condition> conditions = new ArrayList<>();

  Filter() {
  }

  /**
   * Only entities whose attribute equals {@code value}.
   *
   * @param attribute the attribute path, such as {@code title} or {@code author.id}
   * @param value the value, never {@code null}
   */
  public void equal(String attribute, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("filter " + attribute + ": a value is required");
    }
    conditions.add(new Condition(attribute, value));
  }

  List<Condition> conditions() {
    return Collections.unmodifiableList(conditions);
  }

  /** One equality condition. */
  record Condition(String attribute, Object value) {
  }
}
