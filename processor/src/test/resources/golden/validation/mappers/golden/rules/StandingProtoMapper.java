package golden.rules;

import javax.annotation.processing.Generated;

/**
 * Converts between {@link Standing} and the proto enum {@link golden.rules.proto.Standing}, by constant name.
 */
@Generated("io.jpaproto.processor.JpaProtoProcessor")
public final class StandingProtoMapper {
  private StandingProtoMapper() {
  }

  /**
   * Returns the proto value of a non-null constant.
   */
  public static golden.rules.proto.Standing toProto(Standing value) {
    return switch (value) {
      case GOOD -> golden.rules.proto.Standing.STANDING_GOOD;
      case LATE -> golden.rules.proto.Standing.STANDING_LATE;
    };
  }

  /**
   * Returns the constant of a proto value, {@code null} for the {@code _UNSPECIFIED} value;
   * throws {@link IllegalArgumentException} naming {@code field} for an unknown number.
   */
  public static Standing fromProto(golden.rules.proto.Standing value, String field) {
    return switch (value) {
      case STANDING_UNSPECIFIED -> null;
      case STANDING_GOOD -> Standing.GOOD;
      case STANDING_LATE -> Standing.LATE;
      case UNRECOGNIZED -> throw new IllegalArgumentException(
          "field " + field + ": a Standing number this version does not know");
    };
  }
}
