package io.jpaproto.it;

import com.google.protobuf.ByteString;
import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;
import com.google.type.Date;
import com.google.type.DateTime;
import com.google.type.TimeOfDay;
import io.jpaproto.it.model.proto.EveryType;
import io.jpaproto.it.model.proto.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Random valid EveryType messages, built field by field through the builder in the canonical form each conversion
 * writes (lower-case UUIDs, BigDecimal.toString() text, ISO-8601 offset times, nanos with the sign of the seconds),
 * without calling the runtime conversions.
 */
final class RandomMessages {

  private static final Level[] LEVELS = {Level.LEVEL_LOW, Level.LEVEL_MEDIUM, Level.LEVEL_HIGH, Level.LEVEL_VERY_HIGH};

  private RandomMessages() {}

  /** A random message every field of which fromProto accepts; optional fields are absent one time in seven. */
  static EveryType random(RandomValues r) {
    EveryType.Builder m = EveryType.newBuilder();
    maybe(r, () -> r.aLong(), m::setId);
    m.setVersion(r.aLong());
    m.setPrimitiveBoolean(r.aBoolean());
    maybe(r, r::aBoolean, m::setWrapperBoolean);
    m.setPrimitiveByte(r.aByte());
    maybe(r, () -> (int) r.aByte(), m::setWrapperByte);
    m.setPrimitiveShort(r.aShort());
    maybe(r, () -> (int) r.aShort(), m::setWrapperShort);
    m.setPrimitiveInt(r.anInt());
    maybe(r, r::anInt, m::setWrapperInt);
    m.setPrimitiveLong(r.aLong());
    maybe(r, r::aLong, m::setWrapperLong);
    m.setPrimitiveFloat(r.aFloat());
    maybe(r, r::aFloat, m::setWrapperFloat);
    m.setPrimitiveDouble(r.aDouble());
    maybe(r, r::aDouble, m::setWrapperDouble);
    m.setPrimitiveChar(String.valueOf(r.aChar()));
    maybe(r, () -> String.valueOf(r.aChar()), m::setWrapperChar);
    m.setIntInBigintColumn(r.anInt());
    maybe(r, () -> (long) r.anInt(), m::setWrapperIntInBigintColumn);
    m.setShortInBigintColumn(r.aShort());
    m.setByteInInt8Column(r.aByte());
    maybe(r, r::aLong, m::setBigInteger);
    maybe(r, () -> r.aBigInteger(99).toString(), m::setWidePrecisionBigInteger);
    maybe(r, r::aDecimalText, m::setBigDecimal);
    maybe(r, () -> r.aString(30), m::setText);
    maybe(r, () -> r.aString(200), m::setLongText);
    maybe(r, () -> r.aString(20), m::setCharArray);
    maybe(r, () -> r.aString(20), m::setCharacterArray);
    maybe(r, () -> ByteString.copyFrom(r.someBytes()), m::setBytes);
    maybe(r, () -> ByteString.copyFrom(r.someBytes()), m::setBoxedBytes);
    maybe(r, () -> r.aUuid().toString(), m::setUuid);
    maybe(r, () -> timestamp(r.anInstant()), m::setInstant);
    maybe(r, () -> timestamp(r.anInstant()), m::setOffsetDateTime);
    maybe(r, () -> timestamp(r.anInstant()), m::setZonedDateTime);
    maybe(r, () -> timestamp(r.anInstant()), m::setLegacyDate); // sub-millisecond: comes back as java.sql.Timestamp
    maybe(r, () -> millisTimestamp(r.aMillis()), m::setCalendar); // a Calendar holds milliseconds only
    maybe(r, () -> timestamp(r.anInstant()), m::setSqlTimestamp);
    maybe(r, () -> date(r.aLocalDate()), m::setLocalDate);
    maybe(r, () -> date(r.aGregorianLocalDate()), m::setSqlDate);
    maybe(r, () -> timeOfDay(r.aLocalTime()), m::setLocalTime);
    maybe(r, () -> timeOfDay(r.aMillisecondTime()), m::setSqlTime); // a java.sql.Time holds milliseconds only
    maybe(r, () -> dateTime(r), m::setLocalDateTime);
    maybe(r, () -> DateTimeFormatter.ISO_OFFSET_TIME.format(r.anOffsetTime()), m::setOffsetTime);
    maybe(r, () -> duration(r), m::setDuration);
    maybe(r, () -> r.aYear().getValue(), m::setYear);
    maybe(r, () -> r.oneOf(LEVELS), m::setLevelByName);
    maybe(r, () -> r.oneOf(LEVELS), m::setLevelByOrdinal);
    m.setRequiredText(r.aString(20));
    m.setRequiredLevel(r.oneOf(LEVELS));
    return m.build();
  }

  static Timestamp timestamp(Instant instant) {
    return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
  }

  static Timestamp millisTimestamp(long millis) {
    return timestamp(Instant.ofEpochMilli(millis));
  }

  static Date date(LocalDate date) {
    return Date.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth()).build();
  }

  static TimeOfDay timeOfDay(LocalTime time) {
    return TimeOfDay.newBuilder()
        .setHours(time.getHour())
        .setMinutes(time.getMinute())
        .setSeconds(time.getSecond())
        .setNanos(time.getNano())
        .build();
  }

  private static DateTime dateTime(RandomValues r) {
    LocalDate date = r.aLocalDate();
    LocalTime time = r.aLocalTime();
    return DateTime.newBuilder()
        .setYear(date.getYear())
        .setMonth(date.getMonthValue())
        .setDay(date.getDayOfMonth())
        .setHours(time.getHour())
        .setMinutes(time.getMinute())
        .setSeconds(time.getSecond())
        .setNanos(time.getNano())
        .build();
  }

  /** A proto Duration in its normal form: seconds within +/-MAX, nanos with the sign of the seconds. */
  private static Duration duration(RandomValues r) {
    long seconds = r.between(-RandomValues.MAX_DURATION_SECONDS, RandomValues.MAX_DURATION_SECONDS);
    int nanos = r.between(0, 999_999_999);
    if (seconds < 0 || (seconds == 0 && r.aBoolean())) {
      nanos = -nanos;
    }
    return Duration.newBuilder().setSeconds(seconds).setNanos(nanos).build();
  }

  private static <T> void maybe(RandomValues r, Supplier<T> value, Consumer<T> setter) {
    if (!r.chance(1.0 / 7)) {
      setter.accept(value.get());
    }
  }
}
