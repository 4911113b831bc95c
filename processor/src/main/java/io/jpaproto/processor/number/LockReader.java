package io.jpaproto.processor.number;

import io.jpaproto.processor.report.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code jpaproto.lock}, which is untrusted input (a pull request is enough to change it): every line is
 * checked, and a line that is not exactly what jpaproto writes becomes a {@link LockProblem} naming the line and the
 * fix instead of entering the state. Numbers outside protobuf's ranges, names that are not proto identifiers, paths
 * that leave the proto directory, unknown lines, two entries with one number and git merge conflict markers are all
 * refused; nothing from a refused line ever reaches a proto file.
 */
final class LockReader {
  private static final String OURS = "<<<<<<<";
  private static final String BASE = "|||||||";
  private static final String SEPARATOR = "=======";
  private static final String THEIRS = ">>>>>>>";

  /** The message or enum block a line belongs to. */
  private record Block(boolean message, String name) {
    String describe() {
      return (message ? "message " : "enum ") + name;
    }
  }

  /** One number line, as read. */
  private record Line(Block block, int lineNumber, String keyword, int number, String name) {
    String describe() {
      String what = keyword.equals("reserved")
          ? (block.message() ? "removed field" : "removed value")
          : keyword.equals("field") ? "field" : "value";
      return name.isEmpty() ? what + " " + number : what + " " + name;
    }
  }

  private final NumberLock lock = new NumberLock();
  private final String source;
  private final Map<String, Line> byNumber = new HashMap<>();
  private final Map<String, Line> liveByName = new HashMap<>();
  private Block current;

  private LockReader(String source) {
    this.source = source;
  }

  static NumberLock read(String text, String source) {
    LockReader reader = new LockReader(source);
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith(OURS)) {
        i = reader.conflict(lines, i);
      } else if (line.startsWith(BASE) || line.startsWith(SEPARATOR) || line.startsWith(THEIRS)) {
        reader.problem(Diagnostic.LOCK_MERGE_CONFLICT, List.of(), reader.source, i + 1, i + 1,
            reader.current == null ? "outside any message" : reader.current.describe(),
            "a conflict marker `" + LockSyntax.quote(line) + "` without its opening <<<<<<< line",
            "resolve the conflict by hand: keep one line per number, delete the conflict marker lines, and rebuild");
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        reader.line(line, i + 1);
      }
    }
    return reader.lock;
  }

  private void line(String line, int lineNumber) {
    String[] words = line.split("\\s+");
    switch (words[0]) {
      case "file" -> file(words, line, lineNumber);
      case "message", "enum" -> block(words, line, lineNumber);
      case "field", "value", "reserved" -> number(words, line, lineNumber);
      default -> invalid(line, lineNumber, "an unknown line",
          "the lock holds only file, message, enum, field, value and reserved lines and # comments: restore it from "
              + "version control, or delete the line");
    }
  }

  private void file(String[] words, String line, int lineNumber) {
    if (words.length != 2 || !LockSyntax.isProtoPath(words[1])) {
      invalid(line, lineNumber, "not a proto file below the proto directory",
          "a file line names one .proto file by its relative path below the proto directory (no .., no absolute "
              + "path): restore it from version control, or delete the line");
      return;
    }
    lock.addFile(words[1], lineNumber);
  }

  private void block(String[] words, String line, int lineNumber) {
    if (words.length != 2 || !LockSyntax.isFullName(words[1])) {
      current = null;
      invalid(line, lineNumber, "not a " + words[0] + " name",
          "a " + words[0] + " line names one " + words[0] + " by its full proto name, such as com.acme.shop.v1."
              + (words[0].equals("message") ? "Customer" : "Status") + ": restore it from version control");
      return;
    }
    current = new Block(words[0].equals("message"), words[1]);
    if (current.message()) {
      lock.message(current.name());
    } else {
      lock.enumValues(current.name());
    }
  }

  private void number(String[] words, String line, int lineNumber) {
    if (current == null) {
      invalid(line, lineNumber, "a number outside a message or enum",
          "number lines follow the message or enum line they belong to: restore the file from version control");
      return;
    }
    Line parsed = parse(words, line, lineNumber);
    if (parsed == null) {
      return;
    }
    NumberLock.Numbers numbers = current.message() ? lock.message(current.name()) : lock.enumValues(current.name());
    if (parsed.number() == 0) {
      numbers.orphanNames().add(parsed.name());
      return;
    }
    String numberKey = current.describe() + "#" + parsed.number();
    Line earlier = byNumber.putIfAbsent(numberKey, parsed);
    if (earlier != null) {
      lock.addProblem(new LockProblem(current.message(), current.name(), List.of(parsed.name(), earlier.name()),
          Diagnostic.LOCK_DUPLICATE_NUMBER, List.of(source, earlier.lineNumber(), lineNumber, parsed.number(),
              current.describe(), earlier.describe(), parsed.describe(), earlier.describe(), lineNumber,
              parsed.name().isEmpty() ? "the other" : parsed.name())));
      return;
    }
    if (!parsed.keyword().equals("reserved")) {
      Line sameName = liveByName.putIfAbsent(current.describe() + "#" + parsed.name(), parsed);
      if (sameName != null) {
        invalid(line, lineNumber, "\"" + parsed.name() + "\" already has number " + sameName.number() + " on line "
                + sameName.lineNumber(),
            "a name has one live number: keep the line of the number already released, delete the other, and "
                + "rebuild");
        return;
      }
    }
    boolean message = current.message();
    boolean typed = message && words.length == 5;
    numbers.put(new NumberLock.Entry(parsed.number(), parsed.name(), typed ? words[3] : "", typed ? words[4] : "",
        parsed.keyword().equals("reserved")));
  }

  /**
   * Checks a number line of the current block; {@code null} after reporting it. A reserved name without a number is
   * returned with number 0.
   */
  private Line parse(String[] words, String line, int lineNumber) {
    boolean message = current.message();
    String keyword = words[0];
    if (keyword.equals(message ? "value" : "field")) {
      invalid(line, lineNumber, "'" + keyword + "' does not belong in " + current.describe(),
          message ? "a message holds field and reserved lines: restore the file from version control"
              : "an enum holds value and reserved lines: restore the file from version control");
      return null;
    }
    boolean reserved = keyword.equals("reserved");
    String shape = message
        ? "`field N name type label`, `reserved N name type label`, `reserved N name`, `reserved N` or `reserved name`"
        : "`value N NAME`, `reserved N NAME`, `reserved N` or `reserved NAME`";
    String fix = "a line of " + current.describe() + " reads " + shape + ": restore it from version control";
    boolean shapeOk = reserved
        ? words.length == 2 || words.length == 3 || (message && words.length == 5)
        : words.length == (message ? 5 : 3);
    if (!shapeOk) {
      invalid(line, lineNumber, "expected " + shape, fix);
      return null;
    }
    if (reserved && words.length == 2 && !words[1].isEmpty() && !Character.isDigit(words[1].charAt(0))
        && words[1].charAt(0) != '-' && words[1].charAt(0) != '+') {
      if (!LockSyntax.isIdentifier(words[1])) {
        invalid(line, lineNumber, "\"" + LockSyntax.quote(words[1]) + "\" is not a proto identifier", nameFix());
        return null;
      }
      return new Line(current, lineNumber, keyword, 0, words[1]);
    }
    long number;
    try {
      number = Long.parseLong(words[1]);
    } catch (NumberFormatException e) {
      invalid(line, lineNumber, "not a number: " + LockSyntax.quote(words[1]), fix);
      return null;
    }
    if (!LockSyntax.isNumber(number, message)) {
      invalid(line, lineNumber, "number " + number + " is outside protobuf's range",
          (message ? LockSyntax.FIELD_RANGE : LockSyntax.VALUE_RANGE)
              + ": restore the line from version control, or delete it to forget the number");
      return null;
    }
    String name = words.length > 2 ? words[2] : "";
    if (words.length > 2 && !LockSyntax.isIdentifier(name)) {
      invalid(line, lineNumber, "\"" + LockSyntax.quote(name) + "\" is not a proto identifier", nameFix());
      return null;
    }
    if (words.length == 5) {
      if (!LockSyntax.isType(words[3])) {
        invalid(line, lineNumber, "\"" + LockSyntax.quote(words[3]) + "\" is not a proto type",
            "a type is a proto scalar or a full message or enum name, such as google.protobuf.Timestamp: restore "
                + "the line from version control");
        return null;
      }
      if (!LockSyntax.isLabel(words[4])) {
        invalid(line, lineNumber, "\"" + LockSyntax.quote(words[4]) + "\" is not a field label",
            "a label is optional, plain, repeated or map<key>, such as map<string>: restore the line from version "
                + "control");
        return null;
      }
    }
    return new Line(current, lineNumber, keyword, (int) number, name);
  }

  private static String nameFix() {
    return "names are proto identifiers (letters, digits and underscores, not starting with a digit): restore the "
        + "line from version control";
  }

  /** Reads a git conflict starting at {@code start}, reports it, and returns the index of its last line. */
  private int conflict(String[] lines, int start) {
    String oursLabel = label(lines[start], OURS, "one side");
    String theirsLabel = "the other side";
    List<Line> ours = new ArrayList<>();
    List<Line> theirs = new ArrayList<>();
    List<Line> side = ours;
    Block[] context = {current};
    Block oursEnd = current;
    int end = lines.length - 1;
    for (int i = start + 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith(BASE)) {
        oursEnd = side == ours ? context[0] : oursEnd;
        side = null;
      } else if (line.startsWith(SEPARATOR)) {
        oursEnd = side == ours ? context[0] : oursEnd;
        side = theirs;
        context[0] = current;
      } else if (line.startsWith(THEIRS)) {
        theirsLabel = label(lines[i], THEIRS, theirsLabel);
        end = i;
        break;
      } else if (side != null) {
        sideLine(line, i + 1, context, side);
      }
    }
    if (side == ours) {
      oursEnd = context[0];
    }

    List<String> clashes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Line firstOurs = null;
    Line firstTheirs = null;
    for (Line mine : ours) {
      for (Line other : theirs) {
        if (mine.block().equals(other.block()) && mine.number() == other.number()
            && !mine.name().equals(other.name())) {
          clashes.add(oursLabel + " gives number " + mine.number() + " of " + mine.block().describe() + " to "
              + mine.describe() + ", " + theirsLabel + " gives it to " + other.describe());
          names.add(mine.name());
          names.add(other.name());
          if (firstOurs == null) {
            firstOurs = mine;
            firstTheirs = other;
          }
        }
      }
    }
    ours.forEach(line -> names.add(line.name()));
    theirs.forEach(line -> names.add(line.name()));
    Block owner = firstOurs != null ? firstOurs.block()
        : !ours.isEmpty() ? ours.get(0).block()
        : !theirs.isEmpty() ? theirs.get(0).block()
        : current;

    String detail;
    String fix;
    if (firstOurs != null) {
      detail = String.join("; ", clashes);
      fix = "decide which field keeps number " + firstOurs.number() + ": the one already released keeps it (usually "
          + oursLabel + "'s " + firstOurs.name() + "); delete the other side's line (" + firstTheirs.describe()
          + ", line " + firstTheirs.lineNumber() + ") and the conflict marker lines, then rebuild: "
          + (firstTheirs.name().isEmpty() ? "the other" : firstTheirs.name()) + " takes the next free number";
    } else {
      detail = oursLabel + " has " + summary(ours) + ", " + theirsLabel + " has " + summary(theirs);
      fix = "no number is given twice, so keep the lines of both sides, delete the conflict marker lines "
          + "(<<<<<<<, =======, >>>>>>>), and rebuild";
    }
    lock.addProblem(new LockProblem(owner == null || owner.message(), owner == null ? null : owner.name(),
        names.stream().filter(name -> !name.isEmpty()).distinct().toList(), Diagnostic.LOCK_MERGE_CONFLICT,
        List.of(source, start + 1, end + 1, owner == null ? "outside any message" : owner.describe(), detail, fix)));
    current = oursEnd;
    return end;
  }

  /** Reads one line of a conflict side into {@code side}, following the block it is in; invalid lines are skipped. */
  private void sideLine(String line, int lineNumber, Block[] context, List<Line> side) {
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    String[] words = line.split("\\s+");
    if ((words[0].equals("message") || words[0].equals("enum")) && words.length == 2) {
      context[0] = new Block(words[0].equals("message"), words[1]);
    } else if (words.length >= 2 && context[0] != null
        && (words[0].equals("field") || words[0].equals("value") || words[0].equals("reserved"))) {
      int number = 0;
      String name = words.length > 2 ? words[2] : "";
      try {
        number = Integer.parseInt(words[1]);
      } catch (NumberFormatException e) {
        name = words[1];
      }
      side.add(new Line(context[0], lineNumber, words[0], number, name));
    }
  }

  private static String summary(List<Line> lines) {
    if (lines.isEmpty()) {
      return "no number lines";
    }
    return lines.stream().map(line -> line.describe() + " (" + line.number() + ")").collect(Collectors.joining(", "));
  }

  private static String label(String line, String marker, String fallback) {
    String label = line.strip().substring(marker.length()).strip();
    return label.isEmpty() ? fallback : LockSyntax.quote(label);
  }

  private void invalid(String line, int lineNumber, String reason, String fix) {
    lock.addProblem(new LockProblem(current == null || current.message(), current == null ? null : current.name(),
        List.of(), Diagnostic.LOCK_INVALID, List.of(source, lineNumber, reason, LockSyntax.quote(line), fix)));
  }

  private void problem(Diagnostic diagnostic, List<String> names, Object... args) {
    lock.addProblem(new LockProblem(current == null || current.message(), current == null ? null : current.name(),
        names, diagnostic, List.of(args)));
  }
}
