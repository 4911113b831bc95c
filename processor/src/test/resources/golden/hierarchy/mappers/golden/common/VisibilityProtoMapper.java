package golden.common;

import javax.annotation.processing.Generated;

/**
 * Converts between {@link Visibility} and the proto enum {@link golden.common.proto.Visibility}, by constant name.
 */
@Generated("io.jpaproto.processor.JpaProtoProcessor")
public final class VisibilityProtoMapper {
  private VisibilityProtoMapper() {
  }

  /**
   * Returns the proto value of a non-null constant.
   */
  public static golden.common.proto.Visibility toProto(Visibility value) {
    return switch (value) {
      case PUBLIC -> golden.common.proto.Visibility.VISIBILITY_PUBLIC;
      case PRIVATE -> golden.common.proto.Visibility.VISIBILITY_PRIVATE;
    };
  }

  /**
   * Returns the constant of a proto value, {@code null} for the {@code _UNSPECIFIED} value;
   * throws {@link IllegalArgumentException} naming {@code field} for an unknown number.
   */
  public static Visibility fromProto(golden.common.proto.Visibility value, String field) {
    return switch (value) {
      case VISIBILITY_UNSPECIFIED -> null;
      case VISIBILITY_PUBLIC -> Visibility.PUBLIC;
      case VISIBILITY_PRIVATE -> Visibility.PRIVATE;
      case UNRECOGNIZED -> throw new IllegalArgumentException(
          "field " + field + ": a Visibility number this version does not know");
    };
  }
}
