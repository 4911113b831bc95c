package io.jpaproto.it;

import io.jpaproto.it.model.EveryType;
import io.jpaproto.it.model.Level;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Supplier;

/** EveryType entities: a plain valid one, one with every nullable attribute null, and random ones. */
final class EveryTypes {

  private EveryTypes() {}

  /** A valid entity with an ordinary, non-null value in every attribute. */
  static EveryType baseline() {
    EveryType e = new EveryType();
    e.setId(42L);
    e.setVersion(3);
    e.setPrimitiveBoolean(true);
    e.setWrapperBoolean(false);
    e.setPrimitiveByte((byte) 7);
    e.setWrapperByte((byte) -8);
    e.setPrimitiveShort((short) 1234);
    e.setWrapperShort((short) -1234);
    e.setPrimitiveInt(123_456);
    e.setWrapperInt(-123_456);
    e.setPrimitiveLong(9_876_543_210L);
    e.setWrapperLong(-9_876_543_210L);
    e.setPrimitiveFloat(1.5f);
    e.setWrapperFloat(-2.25f);
    e.setPrimitiveDouble(Math.PI);
    e.setWrapperDouble(-Math.E);
    e.setPrimitiveChar('x');
    e.setWrapperChar('\u00e9');
    e.setIntInBigintColumn(77);
    e.setWrapperIntInBigintColumn(-77);
    e.setShortInBigintColumn((short) 300);
    e.setByteInInt8Column((byte) -3);
    e.setBigInteger(BigInteger.valueOf(1_000_000_000_000L));
    e.setWidePrecisionBigInteger(new BigInteger("123456789012345678901234567890"));
    e.setBigDecimal(new BigDecimal("12.30"));
    e.setText("hello");
    e.setLongText("a longer text");
    e.setCharArray("chars".toCharArray());
    e.setCharacterArray(RandomValues.boxed("boxed".toCharArray()));
    e.setBytes(new byte[] {1, 2, 3});
    e.setBoxedBytes(new Byte[] {-1, 0, 1});
    e.setUuid(UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
    e.setInstant(Instant.parse("2024-05-06T07:08:09.123456789Z"));
    e.setOffsetDateTime(OffsetDateTime.parse("2024-05-06T07:08:09.5+02:00"));
    e.setZonedDateTime(ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 1, ZoneId.of("Europe/Paris")));
    e.setLegacyDate(new java.util.Date(1_700_000_000_123L));
    e.setCalendar(utcCalendar(1_700_000_000_456L));
    e.setSqlTimestamp(RandomValues.sqlTimestamp(Instant.parse("2024-05-06T07:08:09.000000001Z")));
    e.setLocalDate(LocalDate.of(2024, 5, 6));
    e.setSqlDate(java.sql.Date.valueOf(LocalDate.of(2024, 5, 6)));
    e.setLocalTime(LocalTime.of(7, 8, 9, 123_456_789));
    e.setSqlTime(RandomValues.sqlTime(LocalTime.of(7, 8, 9, 123_000_000)));
    e.setLocalDateTime(LocalDateTime.of(2024, 5, 6, 7, 8, 9, 10));
    e.setOffsetTime(OffsetTime.of(7, 8, 9, 0, ZoneOffset.ofHours(-5)));
    e.setDuration(Duration.ofMinutes(90).plusNanos(1));
    e.setYear(Year.of(2024));
    e.setLevelByName(Level.MEDIUM);
    e.setLevelByOrdinal(Level.HIGH);
    e.setRequiredText("required");
    e.setRequiredLevel(Level.LOW);
    return e;
  }

  /** Every nullable attribute null (so every optional field absent); primitives zero; required ones set. */
  static EveryType allNull() {
    EveryType e = new EveryType();
    e.setRequiredText("");
    e.setRequiredLevel(Level.VERY_HIGH);
    return e;
  }

  /** A random valid entity: every nullable attribute null one time in seven. */
  static EveryType random(RandomValues r) {
    EveryType e = new EveryType();
    e.setId(orNull(r, r::aLong));
    e.setVersion(r.aLong());
    e.setPrimitiveBoolean(r.aBoolean());
    e.setWrapperBoolean(orNull(r, r::aBoolean));
    e.setPrimitiveByte(r.aByte());
    e.setWrapperByte(orNull(r, r::aByte));
    e.setPrimitiveShort(r.aShort());
    e.setWrapperShort(orNull(r, r::aShort));
    e.setPrimitiveInt(r.anInt());
    e.setWrapperInt(orNull(r, r::anInt));
    e.setPrimitiveLong(r.aLong());
    e.setWrapperLong(orNull(r, r::aLong));
    e.setPrimitiveFloat(r.aFloat());
    e.setWrapperFloat(orNull(r, r::aFloat));
    e.setPrimitiveDouble(r.aDouble());
    e.setWrapperDouble(orNull(r, r::aDouble));
    e.setPrimitiveChar(r.aChar());
    e.setWrapperChar(orNull(r, r::aChar));
    e.setIntInBigintColumn(r.anInt());
    e.setWrapperIntInBigintColumn(orNull(r, r::anInt));
    e.setShortInBigintColumn(r.aShort());
    e.setByteInInt8Column(r.aByte());
    e.setBigInteger(orNull(r, r::anInt64BigInteger));
    e.setWidePrecisionBigInteger(orNull(r, () -> r.aBigInteger(99)));
    e.setBigDecimal(orNull(r, r::aBigDecimal));
    e.setText(orNull(r, () -> r.aString(30)));
    e.setLongText(orNull(r, () -> r.aString(r.chance(0.05) ? 5000 : 200)));
    e.setCharArray(orNull(r, r::aCharArray));
    e.setCharacterArray(orNull(r, r::aCharacterArray));
    e.setBytes(orNull(r, r::someBytes));
    e.setBoxedBytes(orNull(r, r::someBoxedBytes));
    e.setUuid(orNull(r, r::aUuid));
    e.setInstant(orNull(r, r::anInstant));
    e.setOffsetDateTime(orNull(r, r::anOffsetDateTime));
    e.setZonedDateTime(orNull(r, r::aZonedDateTime));
    e.setLegacyDate(orNull(r, r::aLegacyDate));
    e.setCalendar(orNull(r, r::aCalendar));
    e.setSqlTimestamp(orNull(r, r::aSqlTimestamp));
    e.setLocalDate(orNull(r, r::aLocalDate));
    e.setSqlDate(orNull(r, r::aSqlDate));
    e.setLocalTime(orNull(r, r::aLocalTime));
    e.setSqlTime(orNull(r, r::aSqlTime));
    e.setLocalDateTime(orNull(r, r::aLocalDateTime));
    e.setOffsetTime(orNull(r, r::anOffsetTime));
    e.setDuration(orNull(r, r::aDuration));
    e.setYear(orNull(r, r::aYear));
    e.setLevelByName(orNull(r, r::aLevel));
    e.setLevelByOrdinal(orNull(r, r::aLevel));
    e.setRequiredText(r.aString(20));
    e.setRequiredLevel(r.aLevel());
    return e;
  }

  static Calendar utcCalendar(long millis) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(millis);
    return calendar;
  }

  private static <T> T orNull(RandomValues r, Supplier<T> value) {
    return r.chance(1.0 / 7) ? null : value.get();
  }
}
