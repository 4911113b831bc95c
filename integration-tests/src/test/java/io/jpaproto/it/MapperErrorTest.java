package io.jpaproto.it;

import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Duration;
import com.google.protobuf.FieldMask;
import com.google.protobuf.Timestamp;
import com.google.type.Date;
import com.google.type.DateTime;
import com.google.type.TimeOfDay;
import io.jpaproto.it.model.EveryTypeProtoMapper;
import io.jpaproto.it.model.proto.EveryType;
import java.math.BigInteger;
import java.time.Instant;
import java.time.Year;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Values a mapper cannot represent exactly throw, and the exception names the proto field (or the mask path), so that a
 * gRPC service can answer INVALID_ARGUMENT with something useful.
 */
class MapperErrorTest {

  private static final EveryTypeProtoMapper MAPPER = EveryTypeProtoMapper.INSTANCE;

  // ---------------------------------------------------------------- message -> entity

  @Test
  void malformedPrecision30BigIntegerText() {
    assertFromProtoFails(NumberFormatException.class, "wide_precision_big_integer", "\"12x\"",
        m -> m.setWidePrecisionBigInteger("12x"));
  }

  @Test
  void malformedBigDecimalText() {
    assertFromProtoFails(NumberFormatException.class, "big_decimal", "\"1.2.3\"", m -> m.setBigDecimal("1.2.3"));
  }

  @Test
  void uuidThatIsNotAUuid() {
    assertFromProtoFails(IllegalArgumentException.class, "uuid", "\"not-a-uuid\"", m -> m.setUuid("not-a-uuid"));
  }

  @Test
  void uuidOfTheWrongShapeThatUuidFromStringWouldAccept() {
    assertFromProtoFails(IllegalArgumentException.class, "uuid", "\"1-1-1-1-1\"", m -> m.setUuid("1-1-1-1-1"));
  }

  @Test
  void int64OutOfIntRangeForAnIntInABigintColumn() {
    assertFromProtoFails(ArithmeticException.class, "int_in_bigint_column", "2147483648",
        m -> m.setIntInBigintColumn(Integer.MAX_VALUE + 1L));
    assertFromProtoFails(ArithmeticException.class, "wrapper_int_in_bigint_column", "-2147483649",
        m -> m.setWrapperIntInBigintColumn(Integer.MIN_VALUE - 1L));
  }

  @Test
  void byteOutOfRange() {
    assertFromProtoFails(ArithmeticException.class, "primitive_byte", "128", m -> m.setPrimitiveByte(128));
    assertFromProtoFails(ArithmeticException.class, "wrapper_byte", "-129", m -> m.setWrapperByte(-129));
    assertFromProtoFails(ArithmeticException.class, "byte_in_int8_column", "256", m -> m.setByteInInt8Column(256));
  }

  @Test
  void shortOutOfRange() {
    assertFromProtoFails(ArithmeticException.class, "primitive_short", "32768", m -> m.setPrimitiveShort(32768));
    assertFromProtoFails(ArithmeticException.class, "wrapper_short", "-32769", m -> m.setWrapperShort(-32769));
    assertFromProtoFails(ArithmeticException.class, "short_in_bigint_column", "4294967296",
        m -> m.setShortInBigintColumn(1L << 32));
  }

  @Test
  void requiredEnumLeftUnspecified() {
    assertFromProtoFails(IllegalArgumentException.class, "required_level", "a value is required",
        m -> m.clearRequiredLevel());
  }

  @Test
  void unrecognizedEnumNumber() {
    assertFromProtoFails(IllegalArgumentException.class, "level_by_name", "Level",
        m -> m.setLevelByNameValue(99));
    assertFromProtoFails(IllegalArgumentException.class, "level_by_ordinal", "Level",
        m -> m.setLevelByOrdinalValue(99));
    assertFromProtoFails(IllegalArgumentException.class, "required_level", "Level",
        m -> m.setRequiredLevelValue(99));
  }

  @Test
  void unrecognizedEnumNumberThatCameOverTheWire() throws Exception {
    // a newer client's constant: parsed as UNRECOGNIZED, kept as its number
    EveryType newer = valid().toBuilder().setLevelByNameValue(5).build();
    EveryType parsed = EveryType.parseFrom(newer.toByteArray());
    assertThrowsNaming(IllegalArgumentException.class, "level_by_name", "Level", () -> MAPPER.fromProto(parsed));
  }

  @Test
  void charFieldThatIsNotOneChar() {
    assertFromProtoFails(IllegalArgumentException.class, "primitive_char", "\"\"", m -> m.setPrimitiveChar(""));
    assertFromProtoFails(IllegalArgumentException.class, "wrapper_char", "\"ab\"", m -> m.setWrapperChar("ab"));
    assertFromProtoFails(IllegalArgumentException.class, "wrapper_char", "2 UTF-16 code units",
        m -> m.setWrapperChar("\uD83D\uDE00"));
  }

  @Test
  void timestampOutOfRangeOrWithBadNanos() {
    assertFromProtoFails(IllegalArgumentException.class, "instant", "outside the Timestamp range",
        m -> m.setInstant(Timestamp.newBuilder().setSeconds(RandomValues.MAX_TIMESTAMP_SECONDS + 1)));
    assertFromProtoFails(IllegalArgumentException.class, "sql_timestamp", "nanos",
        m -> m.setSqlTimestamp(Timestamp.newBuilder().setSeconds(1).setNanos(-1)));
  }

  @Test
  void subMillisecondNanosForMillisecondTypes() {
    assertFromProtoFails(ArithmeticException.class, "calendar", "sub-millisecond",
        m -> m.setCalendar(Timestamp.newBuilder().setSeconds(1).setNanos(1)));
    assertFromProtoFails(ArithmeticException.class, "sql_time", "sub-millisecond",
        m -> m.setSqlTime(TimeOfDay.newBuilder().setHours(1).setNanos(1)));
  }

  @Test
  void partialOrImpossibleDates() {
    assertFromProtoFails(IllegalArgumentException.class, "local_date", "no year",
        m -> m.setLocalDate(Date.newBuilder().setMonth(2).setDay(3)));
    assertFromProtoFails(IllegalArgumentException.class, "sql_date", "day not in its month",
        m -> m.setSqlDate(Date.newBuilder().setYear(2023).setMonth(2).setDay(29)));
    assertFromProtoFails(IllegalArgumentException.class, "local_time", "24:00",
        m -> m.setLocalTime(TimeOfDay.newBuilder().setHours(24)));
    assertFromProtoFails(IllegalArgumentException.class, "local_date_time", "utc_offset",
        m -> m.setLocalDateTime(DateTime.newBuilder().setYear(2024).setMonth(1).setDay(1)
            .setUtcOffset(com.google.protobuf.Duration.newBuilder().setSeconds(3600))));
  }

  @Test
  void durationWhoseNanosHaveTheWrongSign() {
    assertFromProtoFails(IllegalArgumentException.class, "duration", "sign",
        m -> m.setDuration(Duration.newBuilder().setSeconds(-1).setNanos(5)));
  }

  @Test
  void yearOutsideJavaTime() {
    assertFromProtoFails(IllegalArgumentException.class, "year", "1000000000", m -> m.setYear(Year.MAX_VALUE + 1));
  }

  @Test
  void offsetTimeThatIsNotIso8601() {
    assertFromProtoFails(IllegalArgumentException.class, "offset_time", "\"10:15\"", m -> m.setOffsetTime("10:15"));
  }

  // ---------------------------------------------------------------- entity -> message

  @Test
  void bigIntegerBeyondInt64InTheDefaultMapping() {
    io.jpaproto.it.model.EveryType entity = EveryTypes.baseline();
    entity.setBigInteger(BigInteger.ONE.shiftLeft(63));
    assertThrowsNaming(ArithmeticException.class, "big_integer", "9223372036854775808", () -> MAPPER.toProto(entity));

    entity.setBigInteger(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE));
    assertThrowsNaming(ArithmeticException.class, "big_integer", "-9223372036854775809", () -> MAPPER.toProto(entity));
  }

  @Test
  void loneSurrogatesAreRejectedByDesign() {
    io.jpaproto.it.model.EveryType entity = EveryTypes.baseline();
    entity.setPrimitiveChar('\uD83D');
    assertThrowsNaming(IllegalArgumentException.class, "primitive_char", "U+D83D", () -> MAPPER.toProto(entity));

    io.jpaproto.it.model.EveryType arrays = EveryTypes.baseline();
    arrays.setCharArray(new char[] {'a', '\uDE00', 'b'}); // a low surrogate without its high one
    assertThrowsNaming(IllegalArgumentException.class, "char_array", "index 1", () -> MAPPER.toProto(arrays));
  }

  @Test
  void instantOutsideTheTimestampRange() {
    io.jpaproto.it.model.EveryType entity = EveryTypes.baseline();
    entity.setInstant(RandomValues.MIN_INSTANT.minusNanos(1));
    assertThrowsNaming(IllegalArgumentException.class, "instant", "outside the Timestamp range",
        () -> MAPPER.toProto(entity));
    entity.setInstant(Instant.parse("+10000-01-01T00:00:00Z"));
    assertThrowsNaming(IllegalArgumentException.class, "instant", "outside the Timestamp range",
        () -> MAPPER.toProto(entity));
  }

  @Test
  void nullElementOfABoxedArray() {
    io.jpaproto.it.model.EveryType entity = EveryTypes.baseline();
    entity.setBoxedBytes(new Byte[] {1, null});
    assertThrowsNaming(IllegalArgumentException.class, "boxed_bytes", "element 1", () -> MAPPER.toProto(entity));
  }

  // ---------------------------------------------------------------- update masks

  @Test
  void unknownMaskPath() {
    assertUpdateFails("titel", "names no field");
    assertUpdateFails("local_date.year", "names no field");
    assertUpdateFails("", "names no field");
  }

  @Test
  void idPathInUpdate() {
    assertUpdateFails("id", "cannot be updated");
  }

  @Test
  void versionPathInUpdate() {
    assertUpdateFails("version", "cannot be updated");
  }

  // ---------------------------------------------------------------- helpers

  /** A message fromProto accepts: the message of the baseline entity. */
  static EveryType valid() {
    return MAPPER.toProto(EveryTypes.baseline());
  }

  /**
   * Asserts that fromProto, merge and update with the field's path all throw exactly {@code type} with a message
   * starting "field NAME:" and containing {@code detail}, for the valid message changed by {@code change}.
   */
  private static void assertFromProtoFails(
      Class<? extends Throwable> type, String field, String detail, UnaryOperator<EveryType.Builder> change) {
    EveryType message = change.apply(valid().toBuilder()).build();
    assertThrowsNaming(type, field, detail, () -> MAPPER.fromProto(message));
    assertThrowsNaming(type, field, detail, () -> MAPPER.merge(EveryTypes.baseline(), message));
    assertThrowsNaming(type, field, detail,
        () -> MAPPER.update(EveryTypes.baseline(), message, FieldMask.newBuilder().addPaths(field).build()));
  }

  private static void assertThrowsNaming(Class<? extends Throwable> type, String field, String detail, Executable call) {
    Throwable error = assertThrowsExactly(type, call, "field " + field);
    String message = String.valueOf(error.getMessage());
    assertTrue(message.startsWith("field " + field + ": "), "should start with 'field " + field + ": ' but was: " + message);
    assertTrue(message.contains(detail), "should contain '" + detail + "' but was: " + message);
  }

  private static void assertUpdateFails(String path, String detail) {
    io.jpaproto.it.model.EveryType entity = EveryTypes.baseline();
    IllegalArgumentException error = assertThrowsExactly(IllegalArgumentException.class,
        () -> MAPPER.update(entity, valid(), FieldMask.newBuilder().addPaths(path).build()), "path " + path);
    assertTrue(error.getMessage().contains("\"" + path + "\""), "should quote the path: " + error.getMessage());
    assertTrue(error.getMessage().contains(detail), "should say '" + detail + "': " + error.getMessage());
    EveryTypeAttributes.assertSame(EveryTypeAttributes.ROUND_TRIPPED, EveryTypes.baseline(), entity,
        "a refused update changes nothing");
  }
}
