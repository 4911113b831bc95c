package golden.types;

import javax.annotation.processing.Generated;

/**
 * Converts between {@link Level} and the proto enum {@link golden.types.proto.Level}, by constant name.
 */
@Generated("io.jpaproto.processor.JpaProtoProcessor")
public final class LevelProtoMapper {
  private LevelProtoMapper() {
  }

  /**
   * Returns the proto value of a non-null constant.
   */
  public static golden.types.proto.Level toProto(Level value) {
    return switch (value) {
      case LOW -> golden.types.proto.Level.LEVEL_LOW;
      case MEDIUM -> golden.types.proto.Level.LEVEL_MEDIUM;
      case HIGH -> golden.types.proto.Level.LEVEL_HIGH;
    };
  }

  /**
   * Returns the constant of a proto value, {@code null} for the {@code _UNSPECIFIED} value;
   * throws {@link IllegalArgumentException} naming {@code field} for an unknown number.
   */
  public static Level fromProto(golden.types.proto.Level value, String field) {
    return switch (value) {
      case LEVEL_UNSPECIFIED -> null;
      case LEVEL_LOW -> Level.LOW;
      case LEVEL_MEDIUM -> Level.MEDIUM;
      case LEVEL_HIGH -> Level.HIGH;
      case UNRECOGNIZED -> throw new IllegalArgumentException(
          "field " + field + ": a Level number this version does not know");
    };
  }
}
