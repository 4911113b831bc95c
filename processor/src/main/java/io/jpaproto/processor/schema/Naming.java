package io.jpaproto.processor.schema;

import java.util.Locale;
import java.util.regex.Pattern;

/** The naming rules of buf's STANDARD lint: PascalCase types, lower_snake_case fields, UPPER_SNAKE_CASE enum values. */
public final class Naming {
  private static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
  private static final Pattern JAVA_PACKAGE =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  /** Field names whose accessors protoc's Java generator suffixes with {@code _} (they clash with message methods). */
  private static final java.util.Set<String> PROTOC_FORBIDDEN = java.util.Set.of(
      "class", "default_instance_for_type", "parser_for_type", "serialized_size", "all_fields",
      "descriptor_for_type", "initialization_error_string", "unknown_fields", "cached_size");

  private Naming() {
  }

  /**
   * {@code firstName} -> {@code first_name}, {@code URLPath} -> {@code url_path}, {@code line2Text} ->
   * {@code line2_text}, {@code IN_PROGRESS} -> {@code in_progress}. The result may still be invalid (non-ASCII input);
   * check it with {@link #isLowerSnakeCase}.
   */
  public static String lowerSnakeCase(String javaName) {
    StringBuilder out = new StringBuilder();
    int length = javaName.length();
    for (int i = 0; i < length; i++) {
      char c = javaName.charAt(i);
      if (c == '_' || c == '$') {
        appendSeparator(out);
        continue;
      }
      if (Character.isUpperCase(c) && i > 0) {
        char previous = javaName.charAt(i - 1);
        boolean afterLowerOrDigit = Character.isLowerCase(previous) || Character.isDigit(previous);
        boolean endsAcronym = Character.isUpperCase(previous)
            && i + 1 < length && Character.isLowerCase(javaName.charAt(i + 1));
        if (afterLowerOrDigit || endsAcronym) {
          appendSeparator(out);
        }
      }
      out.append(Character.toLowerCase(c));
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '_') {
      end--;
    }
    return out.substring(0, end);
  }

  /** {@code inProgress} -> {@code IN_PROGRESS}. */
  public static String upperSnakeCase(String javaName) {
    return lowerSnakeCase(javaName).toUpperCase(Locale.ROOT);
  }

  /** {@code order_line} -> {@code OrderLine}; already PascalCase names are kept, acronyms included. */
  public static String pascalCase(String javaName) {
    StringBuilder out = new StringBuilder();
    boolean upperNext = true;
    for (char c : javaName.toCharArray()) {
      if (c == '_' || c == '$') {
        upperNext = true;
        continue;
      }
      out.append(upperNext ? Character.toUpperCase(c) : c);
      upperNext = false;
    }
    return out.toString();
  }

  /**
   * The name protoc's Java generator gives a field's accessors, without the {@code get}/{@code set}/{@code has}
   * prefix: {@code created_at} -> {@code CreatedAt}, {@code line2_text} -> {@code Line2Text}, {@code address2x} ->
   * {@code Address2X} (protoc capitalises the letter after a digit).
   */
  public static String protocCamelCase(String protoName) {
    StringBuilder out = new StringBuilder();
    boolean capitalizeNext = true;
    for (char c : protoName.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        out.append(capitalizeNext ? Character.toUpperCase(c) : c);
        capitalizeNext = false;
      } else if (c >= 'A' && c <= 'Z') {
        out.append(c);
        capitalizeNext = false;
      } else if (c >= '0' && c <= '9') {
        out.append(c);
        capitalizeNext = true;
      } else {
        capitalizeNext = true;
      }
    }
    // protoc's Java generator decorates names that clash with message methods: class -> getClass_().
    return PROTOC_FORBIDDEN.contains(protoName) ? out + "_" : out.toString();
  }

  /**
   * The singular of a lower_snake_case plural for {@code _ids} field names: {@code tags} -> {@code tag},
   * {@code categories} -> {@code category}, {@code addresses} -> {@code address}; a word that does not look plural
   * ({@code children}, {@code staff}) is kept.
   */
  public static String singular(String plural) {
    if (plural.endsWith("ies") && plural.length() > 3) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    for (String ending : new String[] {"sses", "shes", "ches", "xes", "zes"}) {
      if (plural.endsWith(ending)) {
        return plural.substring(0, plural.length() - 2);
      }
    }
    if (plural.endsWith("s") && !plural.endsWith("ss") && !plural.endsWith("us") && plural.length() > 1) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }

  /**
   * The English plural of a PascalCase name, by the regular rules only: {@code Book} -> {@code Books},
   * {@code Category} -> {@code Categories}, {@code Address} -> {@code Addresses}, {@code Day} -> {@code Days}.
   */
  public static String plural(String singular) {
    String lower = singular.toLowerCase(Locale.ROOT);
    if (lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return singular.substring(0, singular.length() - 1) + "ies";
    }
    for (String ending : new String[] {"s", "x", "z", "ch", "sh"}) {
      if (lower.endsWith(ending)) {
        return singular + "es";
      }
    }
    return singular + "s";
  }

  /** Whether {@code name} is a lower_snake_case proto identifier. */
  public static boolean isLowerSnakeCase(String name) {
    return isSnakeCase(name, 'a', 'z');
  }

  /** Whether {@code name} is an UPPER_SNAKE_CASE proto identifier. */
  public static boolean isUpperSnakeCase(String name) {
    return isSnakeCase(name, 'A', 'Z');
  }

  /**
   * Whether {@code name} is words of letters from {@code first} to {@code last} and digits joined by single
   * underscores, starting with a letter: {@code [a-z][a-z0-9]*(_[a-z0-9]+)*} for lower case. By hand, not by regular
   * expression, as every field name is checked.
   */
  private static boolean isSnakeCase(String name, char first, char last) {
    int length = name.length();
    if (length == 0 || name.charAt(0) < first || name.charAt(0) > last) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = name.charAt(i);
      if (c == '_') {
        if (i == length - 1 || name.charAt(i + 1) == '_') {
          return false;
        }
      } else if ((c < first || c > last) && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code name} is a PascalCase proto identifier. */
  public static boolean isPascalCase(String name) {
    return PASCAL.matcher(name).matches();
  }

  /** Whether {@code name} is a valid lower-case dotted proto package. */
  public static boolean isProtoPackage(String name) {
    return PACKAGE.matcher(name).matches();
  }

  /** Whether {@code name} is a syntactically valid Java package name. */
  public static boolean isJavaPackage(String name) {
    return JAVA_PACKAGE.matcher(name).matches();
  }

  private static void appendSeparator(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
      out.append('_');
    }
  }
}
