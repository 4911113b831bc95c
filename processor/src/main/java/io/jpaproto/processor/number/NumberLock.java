package io.jpaproto.processor.number;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The remembered state of numbering: every number ever assigned to a field or enum value, live or removed, and the
 * proto files written. It is read before and written after each build ({@code jpaproto.lock} in the proto directory),
 * so numbers never move and removed numbers are never reused. When the lock is missing, or lacks a message or enum,
 * the state is recovered from the proto files jpaproto wrote ({@link ProtoRecovery}).
 *
 * <p>The file is plain text, sorted, one line per number:
 * <pre>
 * file com/acme/shop/v1/shop.proto
 * message com.acme.shop.v1.Customer
 *   field 1 id int64 optional
 *   reserved 3 email string optional
 * enum com.acme.shop.v1.CustomerStatus
 *   value 1 CUSTOMER_STATUS_ACTIVE
 *   reserved 2 CUSTOMER_STATUS_SUSPENDED
 * </pre>
 * A state recovered from protos knows less about removed fields, since a proto lists reserved numbers and names apart:
 * {@code reserved 4 age} (type unknown), {@code reserved 4} (name unknown) and {@code reserved age} (number unknown).
 */
public final class NumberLock {
  private static final String HEADER = """
      # jpaproto.lock: every number jpaproto has assigned to a field or enum value, so that numbers never move and
      # removed numbers are never reused. Generated: commit it with the protos; edit it only to forget a number on purpose.
      """;

  /**
   * One remembered number.
   *
   * @param number the field or enum value number
   * @param name the proto name it was given; empty when a removed field's name is not known
   * @param type the full proto type of a field ({@code int64}, {@code google.protobuf.Timestamp}), empty for values and
   *     for removed fields whose type is not known
   * @param label {@code optional}, {@code plain}, {@code repeated} or {@code map<key>} for a field, empty for values
   *     and for removed fields whose type is not known
   * @param reserved whether the field or value was removed (its number and name are reserved)
   */
  public record Entry(int number, String name, String type, String label, boolean reserved) {
  }

  /** The remembered numbers of one message or enum, by number, and reserved names whose number is not known. */
  public static final class Numbers {
    private final TreeMap<Integer, Entry> entries = new TreeMap<>();
    private final TreeSet<String> orphanNames = new TreeSet<>();

    /** The entry holding {@code number}, or {@code null}. */
    public Entry byNumber(int number) {
      return entries.get(number);
    }

    /** The entry (live or reserved) last given {@code name}, or {@code null}. */
    public Entry byName(String name) {
      for (Entry entry : entries.values()) {
        if (entry.name().equals(name)) {
          return entry;
        }
      }
      return null;
    }

    /** The highest number ever used, or 0. */
    public int highest() {
      return entries.isEmpty() ? 0 : entries.lastKey();
    }

    /** All entries by number. */
    public Collection<Entry> entries() {
      return entries.values();
    }

    /** Reserved names whose number is not known (recovered from a proto), sorted. */
    public Set<String> orphanNames() {
      return orphanNames;
    }

    boolean isEmpty() {
      return entries.isEmpty() && orphanNames.isEmpty();
    }

    void put(Entry entry) {
      entries.put(entry.number(), entry);
    }
  }

  private final Map<String, Numbers> messages = new TreeMap<>();
  private final Map<String, Numbers> enums = new TreeMap<>();
  private final Set<String> files = new TreeSet<>();
  private final Map<String, Integer> fileLines = new TreeMap<>();
  private final List<LockProblem> problems = new ArrayList<>();
  private Supplier<NumberLock> recovery = NumberLock::new;
  private NumberLock recovered;

  /**
   * The numbers of message {@code fullName}: remembered, else recovered from the protos, else empty (a new message).
   */
  public Numbers message(String fullName) {
    return numbers(true, fullName);
  }

  /** The numbers of enum {@code fullName}: remembered, else recovered from the protos, else empty (a new enum). */
  public Numbers enumValues(String fullName) {
    return numbers(false, fullName);
  }

  private Numbers numbers(boolean message, String fullName) {
    Map<String, Numbers> types = message ? messages : enums;
    Numbers numbers = types.get(fullName);
    if (numbers == null) {
      recovered();
      Numbers found = (message ? recovered.messages : recovered.enums).get(fullName);
      numbers = found != null ? found : new Numbers();
      types.put(fullName, numbers);
    }
    return numbers;
  }

  /** The recovered state, asked for once; its problems join this state's, except those about what this one holds. */
  private NumberLock recovered() {
    if (recovered == null) {
      recovered = recovery.get();
      for (LockProblem problem : recovered.problems) {
        if (problem.owner() == null || !has(problem.message(), problem.owner())) {
          problems.add(problem);
        }
      }
      recovered.problems.clear();
    }
    return recovered;
  }

  /** Takes the file list from the recovered state, for a build whose lock file is missing. */
  public void recoverFiles() {
    files.addAll(recovered().files);
  }

  /**
   * Where to recover a message or enum this state lacks: the state parsed from the proto files, asked at most once and
   * only when a lookup misses.
   */
  public void recoverFrom(Supplier<NumberLock> source) {
    this.recovery = source;
    this.recovered = null;
  }

  /** Replaces the remembered numbers of a message or enum. */
  public void replace(boolean message, String fullName, List<Entry> entries, Collection<String> orphanNames) {
    Numbers numbers = new Numbers();
    for (Entry entry : entries) {
      numbers.put(entry);
    }
    numbers.orphanNames.addAll(orphanNames);
    (message ? messages : enums).put(fullName, numbers);
  }

  /** The proto files written by the last build, as paths below the proto root. */
  public Set<String> files() {
    return files;
  }

  /** Whether the state holds message ({@code message}) or enum {@code fullName} (without recovering it). */
  boolean has(boolean message, String fullName) {
    Numbers numbers = (message ? messages : enums).get(fullName);
    return numbers != null && !numbers.isEmpty();
  }

  /** Whether any problem was found in the state. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Removes and returns the problems about message ({@code message}) or enum {@code fullName}. */
  public List<LockProblem> takeProblems(boolean message, String fullName) {
    List<LockProblem> taken = new ArrayList<>();
    for (Iterator<LockProblem> it = problems.iterator(); it.hasNext(); ) {
      LockProblem problem = it.next();
      if (problem.isAbout(message, fullName)) {
        taken.add(problem);
        it.remove();
      }
    }
    return taken;
  }

  /** Removes and returns every problem not taken yet. */
  public List<LockProblem> takeProblems() {
    List<LockProblem> taken = List.copyOf(problems);
    problems.clear();
    return taken;
  }

  /** The line of the lock file that names {@code file}, or 0. */
  int lineOf(String file) {
    return fileLines.getOrDefault(file, 0);
  }

  void addFile(String file, int line) {
    files.add(file);
    fileLines.putIfAbsent(file, line);
  }

  void addProblem(LockProblem problem) {
    problems.add(problem);
  }

  Map<String, Numbers> messages() {
    return messages;
  }

  Map<String, Numbers> enums() {
    return enums;
  }

  /** Parses a lock file; problems (invalid lines, merge conflicts, duplicates) are kept in the state, never thrown. */
  public static NumberLock parse(String text, String source) {
    return LockReader.read(text, source);
  }

  /** The lock file text: sorted, so equal states give equal bytes. */
  public String render() {
    StringBuilder out = new StringBuilder(HEADER);
    for (String file : files) {
      out.append("file ").append(file).append('\n');
    }
    render(out, "message", messages);
    render(out, "enum", enums);
    return out.toString();
  }

  private static void render(StringBuilder out, String keyword, Map<String, Numbers> types) {
    boolean message = keyword.equals("message");
    for (Map.Entry<String, Numbers> type : types.entrySet()) {
      if (type.getValue().isEmpty()) {
        continue;
      }
      out.append(keyword).append(' ').append(type.getKey()).append('\n');
      for (Entry entry : type.getValue().entries()) {
        out.append("  ").append(entry.reserved() ? "reserved" : message ? "field" : "value")
            .append(' ').append(entry.number());
        if (!entry.name().isEmpty()) {
          out.append(' ').append(entry.name());
          if (message && !entry.type().isEmpty()) {
            out.append(' ').append(entry.type()).append(' ').append(entry.label());
          }
        }
        out.append('\n');
      }
      for (String name : type.getValue().orphanNames()) {
        out.append("  reserved ").append(name).append('\n');
      }
    }
  }
}
