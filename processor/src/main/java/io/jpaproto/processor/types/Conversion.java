package io.jpaproto.processor.types;

/**
 * How a value crosses between its Java type and its proto type: not at all (identity), through a pair of static
 * methods of the runtime ({@code io.jpaproto.convert}), or through a user's {@code Converter} class.
 *
 * @param kind identity, static methods or converter class
 * @param owner the binary name of the class holding the methods, or of the converter
 * @param toProtoMethod the static method turning the Java value into the proto value, or {@code null}
 * @param fromProtoMethod the static method turning the proto value into the Java value, or {@code null}
 */
public record Conversion(Kind kind, String owner, String toProtoMethod, String fromProtoMethod) {

  /** The three ways of converting. */
  public enum Kind { IDENTITY, STATIC_METHODS, CONVERTER }

  private static final String RUNTIME = "io.jpaproto.convert.";
  private static final Conversion IDENTITY = new Conversion(Kind.IDENTITY, null, null, null);

  /** No conversion: the Java value is the proto value. */
  public static Conversion identity() {
    return IDENTITY;
  }

  /** The runtime methods {@code io.jpaproto.convert.<owner>.from<javaSide>} and {@code to<javaSide>}. */
  public static Conversion runtime(String owner, String javaSide) {
    return new Conversion(Kind.STATIC_METHODS, RUNTIME + owner, "from" + javaSide, "to" + javaSide);
  }

  /** A user's converter class, by binary name. */
  public static Conversion converter(String binaryName) {
    return new Conversion(Kind.CONVERTER, binaryName, null, null);
  }

  /** A short human description, for notes and docs. */
  public String describe() {
    return switch (kind) {
      case IDENTITY -> "as is";
      case STATIC_METHODS -> owner.substring(owner.lastIndexOf('.') + 1) + "." + toProtoMethod + "/" + fromProtoMethod;
      case CONVERTER -> "converter " + owner;
    };
  }
}
