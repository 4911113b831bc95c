package io.jpaproto.processor.types;

/**
 * How a value crosses between its Java type and its proto type: not at all (identity), through a pair of static
 * methods of the runtime ({@code io.jpaproto.convert}), through a user's {@code Converter} class, through the
 * entity's JPA {@code AttributeConverter} followed by the conversion of its database-side type, or as the name of a
 * Java enum constant (a map key, which proto cannot make an enum).
 *
 * @param kind identity, static methods, converter class or JPA attribute converter
 * @param owner the binary name of the class holding the methods, of the converter or of the attribute converter, or
 *     the canonical name of the enum whose constant names travel
 * @param toProtoMethod the static method turning the Java value into the proto value, or {@code null}
 * @param fromProtoMethod the static method turning the proto value into the Java value, or {@code null}; for a JPA
 *     attribute converter whose entity-side type is a supertype of the attribute's, the type its result is cast to
 * @param databaseSide for a JPA attribute converter, how its database-side value crosses to proto, else {@code null}
 */
public record Conversion(Kind kind, String owner, String toProtoMethod, String fromProtoMethod,
    Conversion databaseSide) {

  /** The ways of converting. */
  public enum Kind { IDENTITY, STATIC_METHODS, CONVERTER, ATTRIBUTE_CONVERTER, ENUM_NAME }

  private static final String RUNTIME = "io.jpaproto.convert.";
  private static final Conversion IDENTITY = new Conversion(Kind.IDENTITY, null, null, null, null);

  /** No conversion: the Java value is the proto value. */
  public static Conversion identity() {
    return IDENTITY;
  }

  /** The runtime methods {@code io.jpaproto.convert.<owner>.from<javaSide>} and {@code to<javaSide>}. */
  public static Conversion runtime(String owner, String javaSide) {
    return new Conversion(Kind.STATIC_METHODS, RUNTIME + owner, "from" + javaSide, "to" + javaSide, null);
  }

  /**
   * A Java enum's constant as its name, a proto {@code string}: for map keys, since proto map keys cannot be enums.
   *
   * @param canonicalName the enum's canonical name
   */
  public static Conversion enumName(String canonicalName) {
    return new Conversion(Kind.ENUM_NAME, canonicalName, null, null, null);
  }

  /** A user's converter class, by binary name. */
  public static Conversion converter(String binaryName) {
    return new Conversion(Kind.CONVERTER, binaryName, null, null, null);
  }

  /**
   * A JPA {@code AttributeConverter} (by binary name) turning the attribute into its database-side value, which then
   * crosses to proto through {@code databaseSide}; {@code castTo} is the canonical name of the attribute type its
   * result is cast to, or {@code null} where the converter's entity-side type is the attribute's.
   */
  public static Conversion attributeConverter(String binaryName, Conversion databaseSide, String castTo) {
    return new Conversion(Kind.ATTRIBUTE_CONVERTER, binaryName, null, castTo, databaseSide);
  }

  /** The classes generated code holds one instance of: converters and attribute converters, outermost first. */
  public java.util.List<String> converterClasses() {
    java.util.List<String> classes = new java.util.ArrayList<>();
    for (Conversion step = this; step != null; step = step.databaseSide) {
      if (step.kind == Kind.CONVERTER || step.kind == Kind.ATTRIBUTE_CONVERTER) {
        classes.add(step.owner);
      }
    }
    return classes;
  }

  /** A short human description, for notes and docs. */
  public String describe() {
    return switch (kind) {
      case IDENTITY -> "as is";
      case STATIC_METHODS -> owner.substring(owner.lastIndexOf('.') + 1) + "." + toProtoMethod + "/" + fromProtoMethod;
      case CONVERTER -> "converter " + owner;
      case ATTRIBUTE_CONVERTER -> "attribute converter " + owner + ", then " + databaseSide.describe();
      case ENUM_NAME -> "constant names of " + owner;
    };
  }
}
