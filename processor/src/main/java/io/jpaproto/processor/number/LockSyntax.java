package io.jpaproto.processor.number;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the numbering state may hold, whichever way it arrives (read from {@code jpaproto.lock} or recovered from proto
 * files): numbers inside protobuf's ranges, names that are proto identifiers, types that are proto type names, paths
 * that stay below the proto directory. Everything that reaches a proto file from the state passes these checks first.
 */
final class LockSyntax {
  /** The largest field number proto allows. */
  static final int MAX_FIELD_NUMBER = 536_870_911;
  /** The first number of the range proto reserves for its implementation. */
  static final int RESERVED_START = 19_000;
  /** The last number of the range proto reserves for its implementation. */
  static final int RESERVED_END = 19_999;
  /** The largest enum value number (enum values are int32; 0 is the zero value, which the state never holds). */
  static final int MAX_ENUM_VALUE = Integer.MAX_VALUE;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern FULL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
  private static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
  private static final Set<String> SCALARS = Set.of("double", "float", "int32", "int64", "uint32", "uint64",
      "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes");
  private static final Set<String> MAP_KEYS = Set.of("int32", "int64", "uint32", "uint64", "sint32", "sint64",
      "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string");

  /** How the numbers of a field and of an enum value are checked. */
  static final String FIELD_RANGE = "a field number runs from 1 to 536870911, outside 19000 to 19999";
  static final String VALUE_RANGE = "an enum value number runs from 1 to 2147483647 (0 is the _UNSPECIFIED value)";

  private LockSyntax() {
  }

  /** Whether {@code number} is a field number protobuf allows. */
  static boolean isFieldNumber(long number) {
    return number >= 1 && number <= MAX_FIELD_NUMBER && (number < RESERVED_START || number > RESERVED_END);
  }

  /** Whether {@code number} is an enum value number the state may hold. */
  static boolean isEnumValueNumber(long number) {
    return number >= 1 && number <= MAX_ENUM_VALUE;
  }

  /** Whether {@code number} is valid for a field ({@code fields}) or an enum value. */
  static boolean isNumber(long number, boolean fields) {
    return fields ? isFieldNumber(number) : isEnumValueNumber(number);
  }

  /** A field or enum value name: a proto identifier. */
  static boolean isIdentifier(String name) {
    return name != null && IDENTIFIER.matcher(name).matches();
  }

  /** A message or enum name: identifiers separated by dots. */
  static boolean isFullName(String name) {
    return name != null && FULL_NAME.matcher(name).matches();
  }

  /** A field type: a scalar or a message or enum name, optionally with the leading dot of a fully qualified one. */
  static boolean isType(String type) {
    return type != null && isFullName(type.startsWith(".") ? type.substring(1) : type);
  }

  /** Whether {@code type} is a proto scalar. */
  static boolean isScalar(String type) {
    return SCALARS.contains(type);
  }

  /** A field label as the state records it: {@code optional}, {@code plain}, {@code repeated} or {@code map<key>}. */
  static boolean isLabel(String label) {
    if (label.equals("optional") || label.equals("plain") || label.equals("repeated")) {
      return true;
    }
    return label.startsWith("map<") && label.endsWith(">")
        && MAP_KEYS.contains(label.substring(4, label.length() - 1));
  }

  /**
   * A proto file path as the state records it: relative, {@code /}-separated, each segment a plain name (no {@code .}
   * or {@code ..}, no empty segment), ending in {@code .proto}. Symbolic links are checked against the file system
   * separately.
   */
  static boolean isProtoPath(String path) {
    if (path == null || !path.endsWith(".proto") || path.length() == ".proto".length()) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (!PATH_SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** {@code text} made safe to quote in a diagnostic: control characters escaped, at most 120 characters. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < text.length() && out.length() < 120; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return i < text.length() ? out + "..." : out.toString();
  }
}
