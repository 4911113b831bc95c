package io.jpaproto.processor.number;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The remembered state of numbering: every number ever assigned to a field or enum value, live or removed, and the
 * proto files written. It is read before and written after each build ({@code jpaproto.lock} in the proto directory),
 * so numbers never move and removed numbers are never reused.
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
   * @param name the proto name it was given
   * @param type the full proto type of a field ({@code int64}, {@code google.protobuf.Timestamp}), empty for values
   * @param label {@code optional} or {@code plain} for a field, empty for values
   * @param reserved whether the field or value was removed (its number and name are reserved)
   */
  public record Entry(int number, String name, String type, String label, boolean reserved) {
  }

  /** The remembered numbers of one message or enum, by number. */
  public static final class Numbers {
    private final TreeMap<Integer, Entry> entries = new TreeMap<>();

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

    void put(Entry entry) {
      entries.put(entry.number(), entry);
    }
  }

  private final Map<String, Numbers> messages = new TreeMap<>();
  private final Map<String, Numbers> enums = new TreeMap<>();
  private final Set<String> files = new TreeSet<>();

  /** The numbers of message {@code fullName}; empty when the message is new. */
  public Numbers message(String fullName) {
    return messages.computeIfAbsent(fullName, name -> new Numbers());
  }

  /** The numbers of enum {@code fullName}; empty when the enum is new. */
  public Numbers enumValues(String fullName) {
    return enums.computeIfAbsent(fullName, name -> new Numbers());
  }

  /** Replaces the remembered numbers of a message or enum. */
  public void replace(boolean message, String fullName, List<Entry> entries) {
    Numbers numbers = new Numbers();
    entries.forEach(numbers::put);
    (message ? messages : enums).put(fullName, numbers);
  }

  /** The proto files written by the last build, as paths below the proto root. */
  public Set<String> files() {
    return files;
  }

  /** Parses a lock file; throws {@link IllegalArgumentException} naming the line that is wrong. */
  public static NumberLock parse(String text) {
    NumberLock lock = new NumberLock();
    Numbers current = null;
    boolean currentIsMessage = false;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split(" +");
      try {
        switch (words[0]) {
          case "file" -> lock.files.add(single(words));
          case "message" -> {
            current = lock.message(single(words));
            currentIsMessage = true;
          }
          case "enum" -> {
            current = lock.enumValues(single(words));
            currentIsMessage = false;
          }
          case "field", "value", "reserved" -> {
            if (current == null) {
              throw new IllegalArgumentException("a number outside a message or enum");
            }
            boolean reserved = words[0].equals("reserved");
            if (currentIsMessage == words[0].equals("value") && !reserved) {
              throw new IllegalArgumentException("'" + words[0] + "' does not belong in this block");
            }
            int expected = currentIsMessage ? 5 : 3;
            if (words.length != expected) {
              throw new IllegalArgumentException("expected " + expected + " words");
            }
            current.put(new Entry(Integer.parseInt(words[1]), words[2],
                currentIsMessage ? words[3] : "", currentIsMessage ? words[4] : "", reserved));
          }
          default -> throw new IllegalArgumentException("unknown keyword '" + words[0] + "'");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": not a number: " + line, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage() + ": " + line, e);
      }
    }
    return lock;
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
    for (Map.Entry<String, Numbers> type : types.entrySet()) {
      if (type.getValue().entries.isEmpty()) {
        continue;
      }
      out.append(keyword).append(' ').append(type.getKey()).append('\n');
      for (Entry entry : type.getValue().entries()) {
        out.append("  ").append(entry.reserved() ? "reserved" : keyword.equals("message") ? "field" : "value")
            .append(' ').append(entry.number()).append(' ').append(entry.name());
        if (keyword.equals("message")) {
          out.append(' ').append(entry.type()).append(' ').append(entry.label());
        }
        out.append('\n');
      }
    }
  }

  private static String single(String[] words) {
    if (words.length != 2) {
      throw new IllegalArgumentException("expected one name after '" + words[0] + "'");
    }
    return words[1];
  }

  /** All entries of a numbers block, for callers building a new state. */
  static List<Entry> copyOf(Numbers numbers) {
    return new ArrayList<>(numbers.entries());
  }
}
