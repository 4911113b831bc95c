package io.jpaproto.processor.report;

import java.util.List;

/** A list of names in a message: the first few, then how many more, so a note about 1,000 entities stays one line. */
public final class NameList {
  /** Most names a message lists. */
  static final int SHOWN = 10;

  private NameList() {
  }

  /** {@code A, B, C} for up to {@value #SHOWN} names, else the first {@value #SHOWN} and {@code and N more}. */
  public static String of(List<String> names) {
    if (names.size() <= SHOWN) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN) + " more";
  }
}
