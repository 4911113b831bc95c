package io.jpaproto.processor;

import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks the {@code -Ajpaproto.*} options before anything runs: a misspelt option would otherwise be ignored (javac
 * only warns that no processor recognised it), so protos would silently stop being written or checked. An unknown
 * key is an error naming the closest option (JP143); a value an option does not accept is an error naming the values
 * it does (JP144).
 */
final class OptionCheck {
  private OptionCheck() {
  }

  /** Reports every unknown {@code jpaproto.*} key and every unaccepted value of {@code options}. */
  static void check(Map<String, String> options, Reporter reporter) {
    // Sorted, so the errors come in the same order in every build.
    for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
      String key = option.getKey();
      if (!key.startsWith(ProcessorOption.PREFIX)) {
        continue;
      }
      ProcessorOption known = ProcessorOption.byKey(key);
      if (known == null) {
        reporter.report(Diagnostic.UNKNOWN_OPTION, null, key, closest(key).key(), allKeys());
      } else if (option.getValue() != null && !known.accepts(option.getValue())) {
        reporter.report(Diagnostic.INVALID_OPTION_VALUE, null, key, option.getValue(), known.acceptedValues());
      }
    }
  }

  /** The option whose key is closest to {@code key}: ignoring case, then by edit distance. */
  static ProcessorOption closest(String key) {
    ProcessorOption best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (ProcessorOption option : ProcessorOption.values()) {
      int distance = distance(key.toLowerCase(Locale.ROOT), option.key().toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = option;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static String allKeys() {
    return Arrays.stream(ProcessorOption.values()).map(ProcessorOption::key).collect(Collectors.joining(", "));
  }

  /** The Levenshtein distance of two strings. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
