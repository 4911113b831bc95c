package io.jpaproto.grpc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An {@code order_by} text as Google's API guidelines (AIP-132) write it: field names separated by commas, each
 * optionally followed by {@code asc} or {@code desc}, such as {@code "published_on desc, title"}. The id always ends the
 * order, so pages never overlap or skip.
 *
 * @param keys the sort keys, the id last
 */
record OrderBy(List<Key> keys) {

  /** One sort key. */
  record Key(String attribute, boolean ascending) {
  }

  /**
   * Parses {@code text}.
   *
   * @param sortable proto field name -> attribute path of every field the service sorts by
   * @param idAttribute the id's attribute path
   * @throws IllegalArgumentException naming the problem and the fields that can be used
   */
  static OrderBy parse(String text, Map<String, String> sortable, String idAttribute) {
    List<Key> keys = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (!text.isBlank()) {
      for (String part : text.split(",", -1)) {
        String[] words = part.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
          throw new IllegalArgumentException(
              "order_by " + Texts.quote(text) + ": expected \"field [asc|desc], ...\"");
        }
        String attribute = sortable.get(words[0]);
        if (attribute == null) {
          throw new IllegalArgumentException("order_by " + Texts.quote(text) + ": cannot sort by "
              + Texts.quote(words[0]) + "; fields: " + String.join(", ", new TreeSet<>(sortable.keySet())));
        }
        boolean ascending = true;
        if (words.length == 2) {
          String direction = words[1].toLowerCase(Locale.ROOT);
          if (!direction.equals("asc") && !direction.equals("desc")) {
            throw new IllegalArgumentException(
                "order_by " + Texts.quote(text) + ": " + Texts.quote(words[1]) + " is neither asc nor desc");
          }
          ascending = direction.equals("asc");
        }
        if (!seen.add(attribute)) {
          throw new IllegalArgumentException(
              "order_by " + Texts.quote(text) + ": " + Texts.quote(words[0]) + " appears twice");
        }
        keys.add(new Key(attribute, ascending));
      }
    }
    if (!seen.contains(idAttribute)) {
      keys.add(new Key(idAttribute, true));
    }
    return new OrderBy(List.copyOf(keys));
  }

  /** A canonical text of the order, for page-token fingerprints. */
  String canonical() {
    StringBuilder out = new StringBuilder();
    for (Key key : keys) {
      out.append(key.attribute()).append(key.ascending() ? " asc," : " desc,");
    }
    return out.toString();
  }
}
