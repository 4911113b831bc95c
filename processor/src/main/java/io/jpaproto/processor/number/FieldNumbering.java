package io.jpaproto.processor.number;

import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Numbers message fields and enum values against the remembered state ({@link NumberLock}).
 *
 * <ul>
 *   <li>A pinned number ({@code @ProtoField(number = N)}) wins, unless a removed field or value used it.
 *   <li>A name seen before keeps its number, wherever it now stands: reordering changes nothing.
 *   <li>A new name takes the next number above the highest ever used (live or removed), so numbers are never reused.
 *   <li>A remembered name that is gone is kept as reserved: its number and name are never handed out again.
 *   <li>A field whose remembered type or presence differs is refused unless the user accepts the break.
 * </ul>
 * Without remembered state every name is new, so fields are numbered 1, 2, 3... in declaration order around pins.
 */
public final class FieldNumbering {
  /** The largest field number proto allows. */
  public static final int MAX_FIELD_NUMBER = 536_870_911;
  /** The first number of the range proto reserves for its implementation. */
  public static final int RESERVED_START = 19_000;
  /** The last number of the range proto reserves for its implementation. */
  public static final int RESERVED_END = 19_999;

  /**
   * A field or enum value asking for a number.
   *
   * @param element where diagnostics point
   * @param annotation the {@code @ProtoField}, or {@code null}
   * @param pinned the pinned number, or 0
   * @param allowBreakingChange the user accepts a change of type or presence
   * @param name the proto name
   * @param type the full proto type (fields only)
   * @param label {@code optional} or {@code plain} (fields only)
   * @param description how diagnostics name it
   */
  public record Request(Element element, AnnotationMirror annotation, int pinned, boolean allowBreakingChange,
      String name, String type, String label, String description) {
  }

  /**
   * The outcome for one message or enum.
   *
   * @param numbers one number per request, 0 where the request was refused
   * @param reserved removed fields or values, by number
   */
  public record Result(int[] numbers, List<NumberLock.Entry> reserved) {
  }

  private final Reporter reporter;
  private final NumberLock lock;

  public FieldNumbering(Reporter reporter, NumberLock lock) {
    this.reporter = reporter;
    this.lock = lock;
  }

  /** Numbers the fields of message {@code fullName} and records them in the lock. */
  public Result numberFields(String fullName, List<Request> requests) {
    return number(true, fullName, requests);
  }

  /** Numbers the values (besides the zero value) of enum {@code fullName} and records them in the lock. */
  public Result numberEnumValues(String fullName, List<Request> requests) {
    return number(false, fullName, requests);
  }

  private Result number(boolean fields, String fullName, List<Request> requests) {
    NumberLock.Numbers previous = fields ? lock.message(fullName) : lock.enumValues(fullName);
    int[] numbers = new int[requests.size()];
    boolean[] refused = new boolean[requests.size()];
    Map<Integer, Request> taken = new HashMap<>();

    for (int i = 0; i < requests.size(); i++) {
      Request request = requests.get(i);
      int number;
      if (request.pinned() != 0) {
        number = request.pinned();
        if (!isValid(number, fields)) {
          reporter.report(Diagnostic.INVALID_FIELD_NUMBER, request.element(), request.annotation(),
              request.description(), number);
          refused[i] = true;
          continue;
        }
        NumberLock.Entry holder = previous.byNumber(number);
        if (holder != null && holder.reserved() && !holder.name().equals(request.name())) {
          reporter.report(Diagnostic.PINNED_NUMBER_RESERVED, request.element(), request.annotation(),
              request.description(), number, holder.name(), fullName, nextFree(previous.highest(), taken, fields));
          refused[i] = true;
          continue;
        }
      } else {
        NumberLock.Entry remembered = previous.byName(request.name());
        if (remembered == null) {
          continue;
        }
        number = remembered.number();
      }
      refused[i] = !claim(taken, number, request);
      if (!refused[i]) {
        numbers[i] = number;
      }
    }

    int next = previous.highest();
    for (int i = 0; i < requests.size(); i++) {
      if (numbers[i] == 0 && !refused[i]) {
        next = nextFree(next, taken, fields);
        numbers[i] = next;
        taken.put(next, requests.get(i));
      }
    }

    if (fields) {
      for (int i = 0; i < requests.size(); i++) {
        NumberLock.Entry old = numbers[i] == 0 ? null : previous.byNumber(numbers[i]);
        Request request = requests.get(i);
        if (old != null && !request.allowBreakingChange()
            && (!old.type().equals(request.type()) || !old.label().equals(request.label()))) {
          reporter.report(Diagnostic.BREAKING_CHANGE, request.element(), request.annotation(),
              request.description(), old.name(), numbers[i], describe(old.label(), old.type()),
              describe(request.label(), request.type()), request.name(), numbers[i]);
        }
      }
    }

    List<NumberLock.Entry> state = new ArrayList<>();
    List<NumberLock.Entry> reserved = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      if (numbers[i] != 0) {
        Request request = requests.get(i);
        state.add(new NumberLock.Entry(numbers[i], request.name(),
            fields ? request.type() : "", fields ? request.label() : "", false));
      }
    }
    for (NumberLock.Entry entry : previous.entries()) {
      if (!taken.containsKey(entry.number())) {
        NumberLock.Entry removed = new NumberLock.Entry(
            entry.number(), entry.name(), entry.type(), entry.label(), true);
        state.add(removed);
        reserved.add(removed);
      }
    }
    lock.replace(fields, fullName, state);
    return new Result(numbers, List.copyOf(reserved));
  }

  private boolean claim(Map<Integer, Request> taken, int number, Request request) {
    Request holder = taken.putIfAbsent(number, request);
    if (holder == null) {
      return true;
    }
    Request culprit = request.pinned() != 0 ? request : holder;
    Request other = culprit == request ? holder : request;
    reporter.report(Diagnostic.DUPLICATE_FIELD_NUMBER, culprit.element(), culprit.annotation(),
        culprit.description(), number, other.description());
    return false;
  }

  private static int nextFree(int after, Map<Integer, Request> taken, boolean fields) {
    int candidate = after + 1;
    while (taken.containsKey(candidate) || (fields && candidate >= RESERVED_START && candidate <= RESERVED_END)) {
      candidate++;
    }
    return candidate;
  }

  private static boolean isValid(int number, boolean fields) {
    if (!fields) {
      return number > 0;
    }
    return number > 0 && number <= MAX_FIELD_NUMBER && (number < RESERVED_START || number > RESERVED_END);
  }

  private static String describe(String label, String type) {
    return label.equals("optional") ? "optional " + type : type;
  }
}
