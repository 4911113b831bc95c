package io.jpaproto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import io.jpaproto.it.model.EveryType;
import io.jpaproto.it.model.EveryTypeProtoMapper;
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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * entity -> toProto -> bytes -> parseFrom -> fromProto keeps every attribute (the version aside, which fromProto never
 * writes), for random entities and for the edges of every type's range.
 */
class EntityRoundTripTest {

  private static final EveryTypeProtoMapper MAPPER = EveryTypeProtoMapper.INSTANCE;

  private static final String SMILEY = "\uD83D\uDE00"; // U+1F600, a surrogate pair in UTF-16

  @Test
  void randomEntitiesSurviveTheRoundTrip() throws Exception {
    RandomValues random = new RandomValues(new SplittableRandom(TestSeed.SEED));
    for (int i = 0; i < TestSeed.CASES; i++) {
      EveryType original = EveryTypes.random(random);
      assertRoundTrip(original, TestSeed.where(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgeCases")
  void edgeCasesSurviveTheRoundTrip(String name, Consumer<EveryType> change) throws Exception {
    EveryType original = EveryTypes.baseline();
    change.accept(original);
    assertRoundTrip(original, "edge case " + name);
  }

  /**
   * Values the entity may hold but its column cannot: toProto writes them, fromProto refuses them naming the field and
   * the limit, before any arithmetic on a huge exponent.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("beyondTheColumn")
  void valuesBeyondTheColumnAreWrittenButRefusedOnTheWayIn(String name, Consumer<EveryType> change,
      String expected) throws Exception {
    EveryType original = EveryTypes.baseline();
    change.accept(original);
    io.jpaproto.it.model.proto.EveryType parsed =
        io.jpaproto.it.model.proto.EveryType.parseFrom(MAPPER.toProto(original).toByteArray());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> MAPPER.fromProto(parsed), name);
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(expected), e.getMessage());
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  static Stream<Arguments> beyondTheColumn() {
    return Stream.of(
        beyond("precision-30 BigInteger of 31 digits", e -> e.setWidePrecisionBigInteger(BigInteger.TEN.pow(30)),
            "field wide_precision_big_integer: \"1000000000000000000000000000000\" has 31 digits, more than the 30"),
        beyond("precision-30 BigInteger huge positive",
            e -> e.setWidePrecisionBigInteger(BigInteger.ONE.shiftLeft(1000).add(BigInteger.valueOf(12345))),
            "field wide_precision_big_integer: "),
        beyond("precision-30 BigInteger huge negative",
            e -> e.setWidePrecisionBigInteger(BigInteger.TEN.pow(200).add(BigInteger.ONE).negate()),
            "has 201 digits, more than the 30 of its column numeric(30)"),
        beyond("BigDecimal with 501 decimals", e -> e.setBigDecimal(new BigDecimal(BigInteger.ONE, 501)),
            "field big_decimal: \"1E-501\" has 501 digits after the point, more than the 500"),
        beyond("BigDecimal with 501 integer digits", e -> e.setBigDecimal(new BigDecimal(BigInteger.ONE, -500)),
            "field big_decimal: \"1E+500\" has 501 digits before the point, more than the 500"),
        beyond("BigDecimal large positive scale",
            e -> e.setBigDecimal(new BigDecimal(BigInteger.valueOf(-12345), 1_000_000)),
            "field big_decimal: \"-1.2345E-999996\" has a scale beyond -1000..1000"),
        beyond("BigDecimal scale Integer.MAX_VALUE",
            e -> e.setBigDecimal(new BigDecimal(BigInteger.valueOf(12345), Integer.MAX_VALUE)),
            "field big_decimal: \"1.2345E-2147483643\" has a scale beyond"),
        beyond("BigDecimal large negative scale",
            e -> e.setBigDecimal(new BigDecimal(BigInteger.valueOf(98765), -1_000_000)),
            "field big_decimal: \"9.8765E+1000004\" has a scale beyond"),
        beyond("BigDecimal scale Integer.MIN_VALUE + 1",
            e -> e.setBigDecimal(new BigDecimal(BigInteger.valueOf(-12345), Integer.MIN_VALUE + 1)),
            "field big_decimal: \"-12345E+2147483647\" has a scale beyond"),
        beyond("BigDecimal zero with scale Integer.MIN_VALUE + 1",
            e -> e.setBigDecimal(new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE + 1)),
            "field big_decimal: \"0E+2147483647\" has a scale beyond"),
        beyond("text of 256 characters", e -> e.setText("x".repeat(256)),
            "field text: 256 characters, more than the column's length of 255"),
        beyond("required text of 256 non-BMP characters", e -> e.setRequiredText(SMILEY.repeat(256)),
            "field required_text: 256 characters, more than the column's length of 255"));
  }

  private static Arguments beyond(String name, Consumer<EveryType> change, String expected) {
    return Arguments.of(name, change, expected);
  }

  @Test
  void textOfTheColumnLengthInCodePointsRoundTrips() throws Exception {
    EveryType original = EveryTypes.baseline();
    original.setText(SMILEY.repeat(255));
    original.setLongText("y".repeat(100_000));
    assertRoundTrip(original, "255 non-BMP characters in a varchar(255), 100,000 in a @Lob");
  }

  @Test
  void everyNullableAttributeNullBecomesAbsentFieldsAndComesBackNull() throws Exception {
    EveryType original = EveryTypes.allNull();
    io.jpaproto.it.model.proto.EveryType message = MAPPER.toProto(original);

    List<String> present = new ArrayList<>();
    for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
      if (field.hasPresence() && message.hasField(field)) {
        present.add(field.getName());
      }
    }
    assertEquals(List.of(), present, "fields with presence set although their attribute is null");
    assertRoundTrip(original, "all nullable attributes null");
  }

  @ParameterizedTest
  @EnumSource(Level.class)
  void everyEnumConstantSurvivesInEveryEnumAttribute(Level level) throws Exception {
    EveryType original = EveryTypes.baseline();
    original.setLevelByName(level);
    original.setLevelByOrdinal(level);
    original.setRequiredLevel(level);

    io.jpaproto.it.model.proto.EveryType message = MAPPER.toProto(original);
    assertEquals("LEVEL_" + level.name(), message.getLevelByName().name(), "proto constant of " + level);
    assertRoundTrip(original, "every enum attribute " + level);
  }

  /**
   * The round trip itself, through the wire format. Also checks presence: a null attribute is an absent field, and a
   * non-null one a present field even when its value is the proto default (0, "", epoch).
   */
  static void assertRoundTrip(EveryType original, String where) throws InvalidProtocolBufferException {
    io.jpaproto.it.model.proto.EveryType message = MAPPER.toProto(original);
    byte[] wire = message.toByteArray();
    io.jpaproto.it.model.proto.EveryType parsed = io.jpaproto.it.model.proto.EveryType.parseFrom(wire);

    for (Attribute<?> attribute : EveryTypeAttributes.ROUND_TRIPPED) {
      FieldDescriptor field = parsed.getDescriptorForType().findFieldByName(attribute.protoField);
      if (field == null) {
        fail(where + ": no proto field " + attribute.protoField);
      }
      if (field.hasPresence() && parsed.hasField(field) != (attribute.get(original) != null)) {
        fail(where + ": " + attribute.protoField + " present=" + parsed.hasField(field) + " but the attribute is "
            + attribute.show(original));
      }
    }

    EveryType back = MAPPER.fromProto(parsed);
    EveryTypeAttributes.assertRoundTrip(original, back, where);
  }

  // ---------------------------------------------------------------- the edge cases

  static Stream<Arguments> edgeCases() {
    Instant beforeEpoch = Instant.parse("1969-12-31T23:59:59.999999999Z");
    Instant longBeforeEpoch = Instant.parse("1901-02-03T04:05:06.000000001Z");
    return Stream.of(
        // integers
        edge("long extremes", e -> {
          e.setId(Long.MIN_VALUE);
          e.setPrimitiveLong(Long.MIN_VALUE);
          e.setWrapperLong(Long.MAX_VALUE);
        }),
        edge("long extremes, the other way", e -> {
          e.setId(Long.MAX_VALUE);
          e.setPrimitiveLong(Long.MAX_VALUE);
          e.setWrapperLong(Long.MIN_VALUE);
        }),
        edge("int extremes", e -> {
          e.setPrimitiveInt(Integer.MIN_VALUE);
          e.setWrapperInt(Integer.MAX_VALUE);
          e.setIntInBigintColumn(Integer.MIN_VALUE);
          e.setWrapperIntInBigintColumn(Integer.MAX_VALUE);
        }),
        edge("int extremes, the other way", e -> {
          e.setPrimitiveInt(Integer.MAX_VALUE);
          e.setWrapperInt(Integer.MIN_VALUE);
          e.setIntInBigintColumn(Integer.MAX_VALUE);
          e.setWrapperIntInBigintColumn(Integer.MIN_VALUE);
        }),
        edge("short and byte minima", e -> {
          e.setPrimitiveShort(Short.MIN_VALUE);
          e.setWrapperShort(Short.MIN_VALUE);
          e.setShortInBigintColumn(Short.MIN_VALUE);
          e.setPrimitiveByte(Byte.MIN_VALUE);
          e.setWrapperByte(Byte.MIN_VALUE);
          e.setByteInInt8Column(Byte.MIN_VALUE);
        }),
        edge("short and byte maxima", e -> {
          e.setPrimitiveShort(Short.MAX_VALUE);
          e.setWrapperShort(Short.MAX_VALUE);
          e.setShortInBigintColumn(Short.MAX_VALUE);
          e.setPrimitiveByte(Byte.MAX_VALUE);
          e.setWrapperByte(Byte.MAX_VALUE);
          e.setByteInInt8Column(Byte.MAX_VALUE);
        }),
        edge("zeros are present, not absent", e -> {
          e.setId(0L);
          e.setWrapperLong(0L);
          e.setWrapperInt(0);
          e.setWrapperByte((byte) 0);
          e.setWrapperBoolean(false);
          e.setBigInteger(BigInteger.ZERO);
          e.setWidePrecisionBigInteger(BigInteger.ZERO);
          e.setYear(Year.of(0));
        }),
        edge("BigInteger at the int64 minimum", e -> e.setBigInteger(BigInteger.valueOf(Long.MIN_VALUE))),
        edge("BigInteger at the int64 maximum", e -> e.setBigInteger(BigInteger.valueOf(Long.MAX_VALUE))),
        edge("precision-30 BigInteger, 30 nines", e -> e.setWidePrecisionBigInteger(BigInteger.TEN.pow(30).subtract(BigInteger.ONE))),
        edge("precision-30 BigInteger just past int64", e -> e.setWidePrecisionBigInteger(BigInteger.ONE.shiftLeft(63))),
        edge("precision-30 BigInteger just below int64", e -> e.setWidePrecisionBigInteger(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE))),
        // decimals: the scale must survive
        edge("BigDecimal 0E-10", e -> e.setBigDecimal(new BigDecimal("0E-10"))),
        edge("BigDecimal 0E+10", e -> e.setBigDecimal(new BigDecimal("0E+10"))),
        edge("BigDecimal 0.000 (zero with scale 3)", e -> e.setBigDecimal(new BigDecimal("0.000"))),
        edge("BigDecimal -1E+3 (negative scale)", e -> e.setBigDecimal(new BigDecimal("-1E+3"))),
        edge("BigDecimal of 500 digits", e -> e.setBigDecimal(new BigDecimal(BigInteger.TEN.pow(500).subtract(BigInteger.ONE), 250))),
        // floating point
        edge("NaN", e -> {
          e.setPrimitiveFloat(Float.NaN);
          e.setWrapperFloat(Float.NaN);
          e.setPrimitiveDouble(Double.NaN);
          e.setWrapperDouble(Double.NaN);
        }),
        edge("infinities", e -> {
          e.setPrimitiveFloat(Float.POSITIVE_INFINITY);
          e.setWrapperFloat(Float.NEGATIVE_INFINITY);
          e.setPrimitiveDouble(Double.NEGATIVE_INFINITY);
          e.setWrapperDouble(Double.POSITIVE_INFINITY);
        }),
        edge("negative zero", e -> {
          e.setPrimitiveFloat(-0.0f);
          e.setWrapperFloat(-0.0f);
          e.setPrimitiveDouble(-0.0);
          e.setWrapperDouble(-0.0);
        }),
        edge("subnormals and maxima", e -> {
          e.setPrimitiveFloat(Float.MIN_VALUE);
          e.setWrapperFloat(-Float.MAX_VALUE);
          e.setPrimitiveDouble(-Double.MIN_VALUE);
          e.setWrapperDouble(Double.MAX_VALUE);
        }),
        // text
        edge("empty strings and arrays", e -> {
          e.setText("");
          e.setLongText("");
          e.setRequiredText("");
          e.setCharArray(new char[0]);
          e.setCharacterArray(new Character[0]);
          e.setBytes(new byte[0]);
          e.setBoxedBytes(new Byte[0]);
        }),
        edge("non-BMP text: emoji as surrogate pairs", e -> {
          e.setText(SMILEY);
          e.setLongText("a" + SMILEY + "b\uD842\uDFB7c\uDBFF\uDFFF"); // U+1F600, U+20BB7, U+10FFFF
          e.setRequiredText(SMILEY + SMILEY);
          e.setCharArray((SMILEY + "x" + SMILEY).toCharArray());
          e.setCharacterArray(RandomValues.boxed(SMILEY.toCharArray()));
        }),
        edge("NUL and the last BMP characters", e -> {
          e.setPrimitiveChar('\u0000');
          e.setWrapperChar('\uFFFF');
          e.setText("\u0000\uFFFE\uFFFF");
          e.setCharArray(new char[] {'\u0000', '\uD7FF', '\uE000'});
        }),
        edge("bytes of every value", e -> {
          byte[] all = new byte[256];
          for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
          }
          e.setBytes(all);
          e.setBoxedBytes(RandomValues.boxed(all));
        }),
        edge("nil UUID", e -> e.setUuid(new UUID(0, 0))),
        edge("max UUID", e -> e.setUuid(new UUID(-1L, -1L))),
        // instants
        edge("instants before 1970 with nanos", e -> setEveryInstant(e, beforeEpoch)),
        edge("instants long before 1970 with nanos", e -> setEveryInstant(e, longBeforeEpoch)),
        edge("the epoch is present, not absent", e -> setEveryInstant(e, Instant.EPOCH)),
        edge("first Timestamp instant 0001-01-01T00:00:00Z", e -> setEveryInstant(e, RandomValues.MIN_INSTANT)),
        edge("last Timestamp instant 9999-12-31T23:59:59.999999999Z", e -> setEveryInstant(e, RandomValues.MAX_INSTANT)),
        edge("offset date-times at the extreme offsets", e -> {
          e.setOffsetDateTime(OffsetDateTime.ofInstant(RandomValues.MIN_INSTANT, ZoneOffset.MIN));
          e.setZonedDateTime(ZonedDateTime.ofInstant(RandomValues.MAX_INSTANT, ZoneOffset.MAX));
        }),
        edge("zoned date-time in a DST overlap, later offset", e -> e.setZonedDateTime(
            ZonedDateTime.of(2024, 11, 3, 1, 30, 0, 5, ZoneId.of("America/New_York")).withLaterOffsetAtOverlap())),
        edge("java.util.Date holding a java.sql.Timestamp with nanos", e ->
            e.setLegacyDate(RandomValues.sqlTimestamp(Instant.parse("1960-01-01T00:00:00.123456789Z")))),
        // dates and times
        edge("Feb 29", e -> {
          e.setLocalDate(LocalDate.of(2024, 2, 29));
          e.setSqlDate(java.sql.Date.valueOf(LocalDate.of(1600, 2, 29)));
          e.setLocalDateTime(LocalDateTime.of(2000, 2, 29, 12, 0));
        }),
        edge("Feb 29 of year 4", e -> e.setLocalDate(LocalDate.of(4, 2, 29))),
        edge("year 1", e -> {
          e.setLocalDate(LocalDate.of(1, 1, 1));
          e.setSqlDate(java.sql.Date.valueOf(LocalDate.of(1, 1, 1)));
          e.setLocalDateTime(LocalDateTime.of(1, 1, 1, 0, 0));
        }),
        edge("year 9999", e -> {
          e.setLocalDate(LocalDate.of(9999, 12, 31));
          e.setSqlDate(java.sql.Date.valueOf(LocalDate.of(9999, 12, 31)));
          e.setLocalDateTime(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999));
        }),
        // in America/Sao_Paulo, the surefire time zone, this midnight did not exist (DST started at 00:00)
        edge("java.sql.Date on a day without a midnight", e -> e.setSqlDate(java.sql.Date.valueOf(LocalDate.of(2018, 11, 4)))),
        edge("LocalTime.MAX and the last millisecond", e -> {
          e.setLocalTime(LocalTime.MAX);
          e.setSqlTime(RandomValues.sqlTime(LocalTime.of(23, 59, 59, 999_000_000)));
          e.setOffsetTime(OffsetTime.of(LocalTime.MAX, ZoneOffset.MAX));
        }),
        edge("midnight", e -> {
          e.setLocalTime(LocalTime.MIDNIGHT);
          e.setSqlTime(java.sql.Time.valueOf(LocalTime.MIDNIGHT));
          e.setOffsetTime(OffsetTime.of(LocalTime.MIDNIGHT, ZoneOffset.MIN));
        }),
        edge("offset time with a seconds offset and nanos", e ->
            e.setOffsetTime(OffsetTime.of(10, 15, 30, 5, ZoneOffset.ofHoursMinutesSeconds(5, 30, 45)))),
        edge("offset time at UTC (written Z)", e -> e.setOffsetTime(OffsetTime.of(10, 15, 0, 500_000_000, ZoneOffset.UTC))),
        edge("durations: negative with nanos", e -> e.setDuration(Duration.ofSeconds(-1, 1))),
        edge("durations: minus one nanosecond", e -> e.setDuration(Duration.ofNanos(-1))),
        edge("durations: the most negative", e -> e.setDuration(Duration.ofSeconds(-RandomValues.MAX_DURATION_SECONDS, -999_999_999))),
        edge("durations: the most positive", e -> e.setDuration(Duration.ofSeconds(RandomValues.MAX_DURATION_SECONDS, 999_999_999))),
        edge("durations: zero is present, not absent", e -> e.setDuration(Duration.ZERO)),
        edge("Year.MIN_VALUE", e -> e.setYear(Year.of(Year.MIN_VALUE))),
        edge("Year.MAX_VALUE", e -> e.setYear(Year.of(Year.MAX_VALUE))));
  }

  private static Arguments edge(String name, Consumer<EveryType> change) {
    return arguments(name, change);
  }

  /** The same instant in every instant-like attribute; the millisecond ones get it truncated to milliseconds. */
  private static void setEveryInstant(EveryType e, Instant instant) {
    e.setInstant(instant);
    e.setOffsetDateTime(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(14)));
    e.setZonedDateTime(ZonedDateTime.ofInstant(instant, ZoneId.of("Pacific/Honolulu")));
    e.setSqlTimestamp(RandomValues.sqlTimestamp(instant));
    e.setLegacyDate(new java.util.Date(instant.toEpochMilli()));
    e.setCalendar(EveryTypes.utcCalendar(instant.toEpochMilli()));
  }
}
