package io.jpaproto.processor.number;

import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers message fields and enum values.
 *
 * <p>A pinned number ({@code @ProtoField(number = N)}) wins; every other slot takes its 1-based position in
 * declaration order (superclass attributes first). Pinning one slot therefore never moves another, unlike schemes that
 * skip taken numbers. Clashes and invalid numbers are errors on the slot that asks for them.
 */
public final class FieldNumbering {
  /** The largest field number proto allows. */
  public static final int MAX_FIELD_NUMBER = 536_870_911;
  /** The first number of the range proto reserves for its implementation. */
  public static final int RESERVED_START = 19_000;
  /** The last number of the range proto reserves for its implementation. */
  public static final int RESERVED_END = 19_999;

  private final Reporter reporter;

  public FieldNumbering(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Numbers for message fields, one per slot, 0 where the slot's number is invalid. */
  public int[] numberFields(List<NumberSlot> slots) {
    return number(slots, true);
  }

  /** Numbers for enum values (besides the zero value), one per slot, 0 where the slot's number is invalid. */
  public int[] numberEnumValues(List<NumberSlot> slots) {
    return number(slots, false);
  }

  private int[] number(List<NumberSlot> slots, boolean fields) {
    int[] numbers = new int[slots.size()];
    Map<Integer, NumberSlot> taken = new HashMap<>();
    for (int i = 0; i < slots.size(); i++) {
      NumberSlot slot = slots.get(i);
      int number = slot.pinned() != 0 ? slot.pinned() : i + 1;
      if (!isValid(number, fields)) {
        reporter.report(Diagnostic.INVALID_FIELD_NUMBER, slot.element(), slot.annotation(), slot.description(), number);
        continue;
      }
      NumberSlot holder = taken.putIfAbsent(number, slot);
      if (holder != null) {
        NumberSlot culprit = slot.pinned() != 0 ? slot : holder;
        NumberSlot other = culprit == slot ? holder : slot;
        reporter.report(Diagnostic.DUPLICATE_FIELD_NUMBER, culprit.element(), culprit.annotation(),
            culprit.description(), number, other.description());
        continue;
      }
      numbers[i] = number;
    }
    return numbers;
  }

  private static boolean isValid(int number, boolean fields) {
    if (!fields) {
      return number > 0;
    }
    return number > 0 && number <= MAX_FIELD_NUMBER && (number < RESERVED_START || number > RESERVED_END);
  }
}
