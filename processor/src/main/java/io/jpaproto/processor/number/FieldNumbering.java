package io.jpaproto.processor.number;

import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Numbers message fields and enum values against the remembered state ({@link NumberLock}).
 *
 * <ul>
 *   <li>A pinned number ({@code @ProtoField(number = N)}) wins, unless a removed field or value used it.
 *   <li>A name seen before keeps its number, wherever it now stands: reordering changes nothing.
 *   <li>A new name takes the lowest number that is neither used nor reserved, at or above the message's next number
 *       (one above the highest ever used, live or removed), so numbers are never reused; when that passes the
 *       maximum (a number pinned at 536870911), it takes the lowest free number from 1. 19000 to 19999 are skipped.
 *   <li>A remembered name that is gone is kept as reserved: its number and name are never handed out again.
 *   <li>A field whose remembered type or presence differs is refused unless the user accepts the break.
 *   <li>Problems of the state about a message or enum (an invalid lock line, a merge conflict, two fields with one
 *       number) are reported on its element, and it is not numbered.
 * </ul>
 * Without remembered state every name is new, so fields are numbered 1, 2, 3... in declaration order around pins.
 */
public final class FieldNumbering {
  /** The largest field number proto allows. */
  public static final int MAX_FIELD_NUMBER = LockSyntax.MAX_FIELD_NUMBER;
  /** The first number of the range proto reserves for its implementation. */
  public static final int RESERVED_START = LockSyntax.RESERVED_START;
  /** The last number of the range proto reserves for its implementation. */
  public static final int RESERVED_END = LockSyntax.RESERVED_END;

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
   * @param reservedNames the names to reserve, sorted: those of removed fields or values, and reserved names whose
   *     number is not known, except names a live field or value has
   */
  public record Result(int[] numbers, List<NumberLock.Entry> reserved, List<String> reservedNames) {
    /** The numbers to reserve, ascending. */
    public List<Integer> reservedNumbers() {
      List<Integer> numbers = new ArrayList<>(reserved.size());
      for (NumberLock.Entry entry : reserved) {
        numbers.add(entry.number());
      }
      numbers.sort(null);
      return numbers;
    }
  }

  private final Reporter reporter;
  private final NumberLock lock;

  public FieldNumbering(Reporter reporter, NumberLock lock) {
    this.reporter = reporter;
    this.lock = lock;
  }

  /**
   * Numbers the fields of message {@code fullName}, generated from {@code owner}, and records them in the lock.
   */
  public Result numberFields(String fullName, Element owner, List<Request> requests) {
    return number(true, fullName, owner, requests);
  }

  /**
   * Numbers the values (besides the zero value) of enum {@code fullName}, generated from {@code owner}, and records
   * them in the lock.
   */
  public Result numberEnumValues(String fullName, Element owner, List<Request> requests) {
    return number(false, fullName, owner, requests);
  }

  private Result number(boolean fields, String fullName, Element owner, List<Request> requests) {
    NumberLock.Numbers previous = fields ? lock.message(fullName) : lock.enumValues(fullName);
    List<LockProblem> problems = lock.takeProblems(fields, fullName);
    if (!problems.isEmpty()) {
      for (LockProblem problem : problems) {
        reporter.report(problem.diagnostic(), elementFor(problem, owner, requests), problem.args().toArray());
      }
      return new Result(new int[requests.size()], List.of(), List.of());
    }
    int[] numbers = new int[requests.size()];
    boolean[] refused = new boolean[requests.size()];
    Map<Integer, Request> taken = new HashMap<>();

    for (int i = 0; i < requests.size(); i++) {
      Request request = requests.get(i);
      int number;
      if (request.pinned() != 0) {
        number = request.pinned();
        if (!LockSyntax.isNumber(number, fields)) {
          reporter.report(Diagnostic.INVALID_FIELD_NUMBER, request.element(), request.annotation(),
              request.description(), number);
          refused[i] = true;
          continue;
        }
        NumberLock.Entry holder = previous.byNumber(number);
        boolean takesBackUnknown = holder != null && holder.name().isEmpty()
            && previous.orphanNames().contains(request.name());
        if (holder != null && holder.reserved() && !holder.name().equals(request.name()) && !takesBackUnknown) {
          reporter.report(Diagnostic.PINNED_NUMBER_RESERVED, request.element(), request.annotation(),
              request.description(), number, holder.name().isEmpty() ? "(name not recorded)" : holder.name(),
              fullName, nextFree(previous, taken, fields));
          refused[i] = true;
          continue;
        }
      } else {
        NumberLock.Entry remembered = previous.byName(request.name());
        if (remembered == null) {
          if (previous.orphanNames().contains(request.name()) && !(fields && request.allowBreakingChange())) {
            reporter.report(Diagnostic.RESERVED_NAME_NUMBER_UNKNOWN, request.element(), request.annotation(),
                request.description(), request.name(), fullName, unknownNames(previous),
                fields ? ", or take a new number with @ProtoField(allowBreakingChange = true)" : "");
            refused[i] = true;
          }
          continue;
        }
        number = remembered.number();
      }
      refused[i] = !claim(taken, number, request);
      if (!refused[i]) {
        numbers[i] = number;
      }
    }

    for (int i = 0; i < requests.size(); i++) {
      if (numbers[i] == 0 && !refused[i]) {
        int next = nextFree(previous, taken, fields);
        numbers[i] = next;
        taken.put(next, requests.get(i));
      }
    }

    if (fields) {
      for (int i = 0; i < requests.size(); i++) {
        NumberLock.Entry old = numbers[i] == 0 ? null : previous.byNumber(numbers[i]);
        Request request = requests.get(i);
        if (old != null && !old.type().isEmpty() && !request.allowBreakingChange()
            && (!sameType(old.type(), request.type()) || !old.label().equals(request.label()))) {
          reporter.report(Diagnostic.BREAKING_CHANGE, request.element(), request.annotation(),
              request.description(), old.name(), numbers[i], describe(old.label(), old.type()),
              describe(request.label(), request.type()), request.name(), numbers[i]);
        }
      }
    }

    List<NumberLock.Entry> state = new ArrayList<>();
    List<NumberLock.Entry> reserved = new ArrayList<>();
    Set<String> liveNames = new HashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      if (numbers[i] != 0) {
        Request request = requests.get(i);
        liveNames.add(request.name());
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
    TreeSet<String> orphans = new TreeSet<>(previous.orphanNames());
    orphans.removeAll(liveNames);
    TreeSet<String> reservedNames = new TreeSet<>(orphans);
    for (NumberLock.Entry entry : reserved) {
      if (!entry.name().isEmpty()) {
        reservedNames.add(entry.name());
      }
    }
    reservedNames.removeAll(liveNames);
    lock.replace(fields, fullName, state, orphans);
    return new Result(numbers, List.copyOf(reserved), List.copyOf(reservedNames));
  }

  /** The request the problem names first, else the message's or enum's own element. */
  private static Element elementFor(LockProblem problem, Element owner, List<Request> requests) {
    for (String name : problem.names()) {
      for (Request request : requests) {
        if (request.name().equals(name)) {
          return request.element();
        }
      }
    }
    return owner;
  }

  private static String unknownNames(NumberLock.Numbers previous) {
    return previous.entries().stream().filter(entry -> entry.reserved() && entry.name().isEmpty())
        .map(entry -> String.valueOf(entry.number())).collect(Collectors.joining(", "));
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

  /**
   * The lowest number neither remembered nor taken in this build, at or above the next number (one above the highest
   * remembered); below it, from 1, when none is left up to the maximum. 19000 to 19999 are never handed out.
   */
  private static int nextFree(NumberLock.Numbers previous, Map<Integer, Request> taken, boolean fields) {
    long max = fields ? LockSyntax.MAX_FIELD_NUMBER : LockSyntax.MAX_ENUM_VALUE;
    long found = firstFree(previous.highest() + 1L, max, previous, taken, fields);
    if (found == 0) {
      found = firstFree(1, max, previous, taken, fields);
    }
    return (int) found;
  }

  private static long firstFree(long from, long max, NumberLock.Numbers previous, Map<Integer, Request> taken,
      boolean fields) {
    for (long candidate = from; candidate <= max; candidate++) {
      if (fields && candidate >= LockSyntax.RESERVED_START && candidate <= LockSyntax.RESERVED_END) {
        candidate = LockSyntax.RESERVED_END;
        continue;
      }
      int number = (int) candidate;
      if (!taken.containsKey(number) && previous.byNumber(number) == null) {
        return candidate;
      }
    }
    return 0;
  }

  private static boolean sameType(String remembered, String requested) {
    return strip(remembered).equals(strip(requested));
  }

  private static String strip(String type) {
    return type.startsWith(".") ? type.substring(1) : type;
  }

  private static String describe(String label, String type) {
    return label.equals("optional") ? "optional " + type : type;
  }
}
