package io.jpaproto.it;

import static org.junit.jupiter.api.Assertions.fail;

import io.jpaproto.it.model.EveryType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every attribute of {@link EveryType} but the version (which a message never writes), and the comparison of two
 * entities attribute by attribute. {@code EveryTypeAttributesTest} checks that this list misses no field.
 */
final class EveryTypeAttributes {

  /** The id: written by fromProto (it is not generated) but never by merge or update. */
  static final Attribute<Long> ID = Attribute.of("id", "id", EveryType::getId, EveryType::setId);

  /** Every attribute a message can update: all but the id and the version, in declaration order. */
  static final List<Attribute<?>> UPDATABLE = List.of(
      Attribute.of("primitiveBoolean", "primitive_boolean", EveryType::isPrimitiveBoolean, EveryType::setPrimitiveBoolean).notNull(),
      Attribute.of("wrapperBoolean", "wrapper_boolean", EveryType::getWrapperBoolean, EveryType::setWrapperBoolean),
      Attribute.of("primitiveByte", "primitive_byte", EveryType::getPrimitiveByte, EveryType::setPrimitiveByte).notNull(),
      Attribute.of("wrapperByte", "wrapper_byte", EveryType::getWrapperByte, EveryType::setWrapperByte),
      Attribute.of("primitiveShort", "primitive_short", EveryType::getPrimitiveShort, EveryType::setPrimitiveShort).notNull(),
      Attribute.of("wrapperShort", "wrapper_short", EveryType::getWrapperShort, EveryType::setWrapperShort),
      Attribute.of("primitiveInt", "primitive_int", EveryType::getPrimitiveInt, EveryType::setPrimitiveInt).notNull(),
      Attribute.of("wrapperInt", "wrapper_int", EveryType::getWrapperInt, EveryType::setWrapperInt),
      Attribute.of("primitiveLong", "primitive_long", EveryType::getPrimitiveLong, EveryType::setPrimitiveLong).notNull(),
      Attribute.of("wrapperLong", "wrapper_long", EveryType::getWrapperLong, EveryType::setWrapperLong),
      Attribute.of("primitiveFloat", "primitive_float", EveryType::getPrimitiveFloat, EveryType::setPrimitiveFloat,
          Attribute::sameFloat, Attribute::showFloat).notNull(),
      Attribute.of("wrapperFloat", "wrapper_float", EveryType::getWrapperFloat, EveryType::setWrapperFloat,
          Attribute::sameFloat, Attribute::showFloat),
      Attribute.of("primitiveDouble", "primitive_double", EveryType::getPrimitiveDouble, EveryType::setPrimitiveDouble,
          Attribute::sameDouble, Attribute::showDouble).notNull(),
      Attribute.of("wrapperDouble", "wrapper_double", EveryType::getWrapperDouble, EveryType::setWrapperDouble,
          Attribute::sameDouble, Attribute::showDouble),
      Attribute.of("primitiveChar", "primitive_char", EveryType::getPrimitiveChar, EveryType::setPrimitiveChar,
          Character::equals, c -> "U+" + Integer.toHexString(c)).notNull(),
      Attribute.of("wrapperChar", "wrapper_char", EveryType::getWrapperChar, EveryType::setWrapperChar,
          Character::equals, c -> "U+" + Integer.toHexString(c)),
      Attribute.of("intInBigintColumn", "int_in_bigint_column", EveryType::getIntInBigintColumn, EveryType::setIntInBigintColumn).notNull(),
      Attribute.of("wrapperIntInBigintColumn", "wrapper_int_in_bigint_column", EveryType::getWrapperIntInBigintColumn,
          EveryType::setWrapperIntInBigintColumn),
      Attribute.of("shortInBigintColumn", "short_in_bigint_column", EveryType::getShortInBigintColumn, EveryType::setShortInBigintColumn).notNull(),
      Attribute.of("byteInInt8Column", "byte_in_int8_column", EveryType::getByteInInt8Column, EveryType::setByteInInt8Column).notNull(),
      Attribute.of("bigInteger", "big_integer", EveryType::getBigInteger, EveryType::setBigInteger),
      Attribute.of("widePrecisionBigInteger", "wide_precision_big_integer", EveryType::getWidePrecisionBigInteger,
          EveryType::setWidePrecisionBigInteger),
      // equals, not compareTo: 1.0 and 1.00 are different values here, the scale must survive
      Attribute.of("bigDecimal", "big_decimal", EveryType::getBigDecimal, EveryType::setBigDecimal),
      Attribute.of("text", "text", EveryType::getText, EveryType::setText),
      Attribute.of("longText", "long_text", EveryType::getLongText, EveryType::setLongText),
      Attribute.of("charArray", "char_array", EveryType::getCharArray, EveryType::setCharArray,
          Arrays::equals, Attribute::showChars),
      Attribute.of("characterArray", "character_array", EveryType::getCharacterArray, EveryType::setCharacterArray,
          Arrays::equals, Attribute::showArray),
      Attribute.of("bytes", "bytes", EveryType::getBytes, EveryType::setBytes, Arrays::equals, Arrays::toString),
      Attribute.of("boxedBytes", "boxed_bytes", EveryType::getBoxedBytes, EveryType::setBoxedBytes,
          Arrays::equals, Attribute::showArray),
      Attribute.of("uuid", "uuid", EveryType::getUuid, EveryType::setUuid),
      Attribute.of("instant", "instant", EveryType::getInstant, EveryType::setInstant),
      // the conversion keeps the instant and normalises the offset or zone to UTC; assertRoundTrip checks the UTC
      Attribute.of("offsetDateTime", "offset_date_time", EveryType::getOffsetDateTime, EveryType::setOffsetDateTime,
          OffsetDateTime::isEqual, String::valueOf),
      Attribute.of("zonedDateTime", "zoned_date_time", EveryType::getZonedDateTime, EveryType::setZonedDateTime,
          ZonedDateTime::isEqual, String::valueOf),
      Attribute.of("legacyDate", "legacy_date", EveryType::getLegacyDate, EveryType::setLegacyDate,
          Attribute::sameDate, Attribute::showDate),
      Attribute.of("calendar", "calendar", EveryType::getCalendar, EveryType::setCalendar,
          Attribute::sameCalendar, Attribute::showCalendar),
      Attribute.of("sqlTimestamp", "sql_timestamp", EveryType::getSqlTimestamp, EveryType::setSqlTimestamp,
          (a, b) -> a.getTime() == b.getTime() && a.getNanos() == b.getNanos(), Attribute::showDate),
      Attribute.of("localDate", "local_date", EveryType::getLocalDate, EveryType::setLocalDate),
      Attribute.of("sqlDate", "sql_date", EveryType::getSqlDate, EveryType::setSqlDate,
          (a, b) -> a.getTime() == b.getTime(), d -> d + " (" + d.getTime() + " ms)"),
      Attribute.of("localTime", "local_time", EveryType::getLocalTime, EveryType::setLocalTime),
      Attribute.of("sqlTime", "sql_time", EveryType::getSqlTime, EveryType::setSqlTime,
          (a, b) -> a.getTime() == b.getTime(), t -> t + " (" + t.getTime() + " ms)"),
      Attribute.of("localDateTime", "local_date_time", EveryType::getLocalDateTime, EveryType::setLocalDateTime),
      // OffsetTime.equals compares the local time and the offset: both must survive
      Attribute.of("offsetTime", "offset_time", EveryType::getOffsetTime, EveryType::setOffsetTime),
      Attribute.of("duration", "duration", EveryType::getDuration, EveryType::setDuration),
      Attribute.of("year", "year", EveryType::getYear, EveryType::setYear),
      Attribute.of("levelByName", "level_by_name", EveryType::getLevelByName, EveryType::setLevelByName),
      Attribute.of("levelByOrdinal", "level_by_ordinal", EveryType::getLevelByOrdinal, EveryType::setLevelByOrdinal),
      Attribute.of("requiredText", "required_text", EveryType::getRequiredText, EveryType::setRequiredText).notNull(),
      Attribute.of("requiredLevel", "required_level", EveryType::getRequiredLevel, EveryType::setRequiredLevel).notNull());

  /** The id and every updatable attribute: what a round trip through toProto and fromProto must keep. */
  static final List<Attribute<?>> ROUND_TRIPPED = concat(List.of(ID), UPDATABLE);

  private EveryTypeAttributes() {}

  static Attribute<?> byProtoField(String protoField) {
    return ROUND_TRIPPED.stream()
        .filter(a -> a.protoField.equals(protoField))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no attribute for " + protoField));
  }

  /** Fails listing every attribute whose value differs, unless all of {@code attributes} hold the same values. */
  static void assertSame(List<Attribute<?>> attributes, EveryType expected, EveryType actual, String where) {
    List<String> mismatches = new ArrayList<>();
    for (Attribute<?> attribute : attributes) {
      String mismatch = attribute.mismatch(expected, actual);
      if (mismatch != null) {
        mismatches.add(mismatch);
      }
    }
    if (!mismatches.isEmpty()) {
      fail(where + ": " + mismatches.size() + " attribute(s) differ:\n  " + String.join("\n  ", mismatches));
    }
  }

  /**
   * Asserts that {@code back}, the entity fromProto made of the message of {@code original}, holds every value of
   * it: the id and every updatable attribute, date-times normalised to UTC. The version is not compared: fromProto
   * never writes it.
   */
  static void assertRoundTrip(EveryType original, EveryType back, String where) {
    assertSame(ROUND_TRIPPED, original, back, where);
    if (back.getOffsetDateTime() != null && !ZoneOffset.UTC.equals(back.getOffsetDateTime().getOffset())) {
      fail(where + ": offsetDateTime should come back at UTC, was " + back.getOffsetDateTime());
    }
    if (back.getZonedDateTime() != null && !ZoneOffset.UTC.equals(back.getZonedDateTime().getZone())) {
      fail(where + ": zonedDateTime should come back in zone UTC (ZoneOffset.UTC), was " + back.getZonedDateTime());
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
