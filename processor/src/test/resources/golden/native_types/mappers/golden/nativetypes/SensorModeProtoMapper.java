package golden.nativetypes;

import golden.nativetypes.proto.SensorMode;
import javax.annotation.processing.Generated;

/**
 * Converts between {@link Sensor.Mode} and the proto enum {@link SensorMode}, by constant name.
 */
@Generated("io.jpaproto.processor.JpaProtoProcessor")
public final class SensorModeProtoMapper {
  private SensorModeProtoMapper() {
  }

  /**
   * Returns the proto value of a non-null constant.
   */
  public static SensorMode toProto(Sensor.Mode value) {
    return switch (value) {
      case PUSH -> SensorMode.SENSOR_MODE_PUSH;
      case POLL -> SensorMode.SENSOR_MODE_POLL;
    };
  }

  /**
   * Returns the constant of a proto value, {@code null} for the {@code _UNSPECIFIED} value;
   * throws {@link IllegalArgumentException} naming {@code field} for an unknown number.
   */
  public static Sensor.Mode fromProto(SensorMode value, String field) {
    return switch (value) {
      case SENSOR_MODE_UNSPECIFIED -> null;
      case SENSOR_MODE_PUSH -> Sensor.Mode.PUSH;
      case SENSOR_MODE_POLL -> Sensor.Mode.POLL;
      case UNRECOGNIZED -> throw new IllegalArgumentException(
          "field " + field + ": a SensorMode number this version does not know");
    };
  }
}
