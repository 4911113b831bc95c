package io.jpaproto.processor.types;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A proto type a field can have: a scalar, a message or an enum.
 *
 * @param name the scalar keyword or the fully qualified message/enum name (for enums generated from Java enums: the
 *     qualified Java name, resolved to a proto name by the schema stage)
 * @param kind scalar, message or enum
 * @param importPath the file defining a message or enum, or {@code null}
 */
public record ProtoType(String name, Kind kind, String importPath) {

  /** What sort of proto type this is. */
  public enum Kind { SCALAR, MESSAGE, ENUM, JAVA_ENUM, JAVA_MESSAGE }

  /** The scalars proto allows as map keys. */
  public static final Set<String> MAP_KEYS = Set.of(
      "int32", "int64", "uint32", "uint64", "sint32", "sint64",
      "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string");

  /** The proto3 scalar keywords. */
  public static final Set<String> SCALARS = Set.of(
      "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64",
      "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes");

  private static final Map<String, String> WELL_KNOWN = wellKnown();

  public static final ProtoType TIMESTAMP = message("google.protobuf.Timestamp");
  public static final ProtoType DURATION = message("google.protobuf.Duration");
  public static final ProtoType DATE = message("google.type.Date");
  public static final ProtoType TIME_OF_DAY = message("google.type.TimeOfDay");
  public static final ProtoType DATE_TIME = message("google.type.DateTime");
  public static final ProtoType DECIMAL = message("google.type.Decimal");

  /**
   * The components compared, as a record's generated {@code equals} would. Written out because the generated one is
   * linked through {@code ObjectMethods} on its first call, spinning method-handle classes inside javac's JVM.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ProtoType type && Objects.equals(name, type.name) && kind == type.kind
        && Objects.equals(importPath, type.importPath);
  }

  @Override
  public int hashCode() {
    return (Objects.hashCode(name) * 31 + Objects.hashCode(kind)) * 31 + Objects.hashCode(importPath);
  }

  /** A proto scalar. */
  public static ProtoType scalar(String keyword) {
    if (!SCALARS.contains(keyword)) {
      throw new IllegalArgumentException("not a proto scalar: " + keyword);
    }
    return new ProtoType(keyword, Kind.SCALAR, null);
  }

  /** A message jpaproto knows the file of (a well-known type or a google/type type). */
  public static ProtoType message(String fullName) {
    String file = WELL_KNOWN.get(fullName);
    if (file == null) {
      throw new IllegalArgumentException("unknown message: " + fullName);
    }
    return new ProtoType(fullName, Kind.MESSAGE, file);
  }

  /** The proto message generated from the embeddable or id class {@code qualifiedName}. */
  public static ProtoType javaMessage(String qualifiedName) {
    return new ProtoType(qualifiedName, Kind.JAVA_MESSAGE, null);
  }

  /** The proto enum generated from the Java enum {@code qualifiedName}. */
  public static ProtoType javaEnum(String qualifiedName) {
    return new ProtoType(qualifiedName, Kind.JAVA_ENUM, null);
  }

  /**
   * Resolves a user-written proto type: a scalar, a known message, or any fully qualified name when {@code importPath}
   * says where it is defined. Returns {@code null} when the name cannot be resolved.
   */
  public static ProtoType resolve(String name, String importPath) {
    if (SCALARS.contains(name)) {
      return importPath.isEmpty() ? scalar(name) : null;
    }
    if (importPath.isEmpty()) {
      return WELL_KNOWN.containsKey(name) ? message(name) : null;
    }
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+") || !importPath.endsWith(".proto")) {
      return null;
    }
    return new ProtoType(name, Kind.MESSAGE, importPath);
  }

  /** Whether values of this type have explicit presence without the {@code optional} keyword. */
  public boolean hasImplicitPresence() {
    return kind == Kind.MESSAGE || kind == Kind.JAVA_MESSAGE;
  }

  /** Whether this type is generated from a Java type of the compilation (an enum or a message). */
  public boolean isGenerated() {
    return kind == Kind.JAVA_ENUM || kind == Kind.JAVA_MESSAGE;
  }

  private static Map<String, String> wellKnown() {
    Map<String, String> files = new TreeMap<>();
    for (String name : new String[] {"Any", "Duration", "Empty", "FieldMask", "Struct", "Timestamp"}) {
      files.put("google.protobuf." + name, "google/protobuf/" + name.toLowerCase(java.util.Locale.ROOT) + ".proto");
    }
    files.put("google.protobuf.FieldMask", "google/protobuf/field_mask.proto");
    files.put("google.protobuf.Value", "google/protobuf/struct.proto");
    files.put("google.protobuf.ListValue", "google/protobuf/struct.proto");
    for (String wrapper : new String[] {
        "DoubleValue", "FloatValue", "Int64Value", "UInt64Value", "Int32Value", "UInt32Value", "BoolValue",
        "StringValue", "BytesValue"}) {
      files.put("google.protobuf." + wrapper, "google/protobuf/wrappers.proto");
    }
    files.put("google.type.Date", "google/type/date.proto");
    files.put("google.type.TimeOfDay", "google/type/timeofday.proto");
    files.put("google.type.DateTime", "google/type/datetime.proto");
    files.put("google.type.TimeZone", "google/type/datetime.proto");
    files.put("google.type.Decimal", "google/type/decimal.proto");
    files.put("google.type.Money", "google/type/money.proto");
    files.put("google.type.Interval", "google/type/interval.proto");
    files.put("google.type.LatLng", "google/type/latlng.proto");
    files.put("google.type.PostalAddress", "google/type/postal_address.proto");
    files.put("google.type.PhoneNumber", "google/type/phone_number.proto");
    files.put("google.type.Fraction", "google/type/fraction.proto");
    files.put("google.type.Color", "google/type/color.proto");
    files.put("google.type.LocalizedText", "google/type/localized_text.proto");
    return Map.copyOf(files);
  }
}
