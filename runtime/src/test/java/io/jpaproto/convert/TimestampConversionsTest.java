package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.CASES;
import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static io.jpaproto.convert.TestSupport.between;
import static io.jpaproto.convert.TestSupport.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampConversionsTest {

  private static final String FIELD = "created_at";
  private static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");
  private static final long MIN_MILLIS = MIN.toEpochMilli();
  private static final long MAX_MILLIS = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

  private static Timestamp wire(Timestamp ts) throws InvalidProtocolBufferException {
    return Timestamp.parseFrom(ts.toByteArray());
  }

  private static Timestamp ts(long seconds, int nanos) {
    return Timestamp.newBuilder().setSeconds(seconds).setNanos(nanos).build();
  }

  private static Instant randomInstant(SplittableRandom r) {
    long seconds = between(r, MIN.getEpochSecond(), MAX.getEpochSecond());
    int nanos;
    switch (r.nextInt(3)) {
      case 0:
        nanos = 0;
        break;
      case 1:
        nanos = r.nextInt(1000) * 1_000_000;
        break;
      default:
        nanos = r.nextInt(1_000_000_000);
    }
    return Instant.ofEpochSecond(seconds, nanos);
  }

  private static void assertValid(Timestamp ts, String message) {
    assertTrue(ts.getNanos() >= 0 && ts.getNanos() <= 999_999_999, message + " nanos " + ts.getNanos());
    assertTrue(
        ts.getSeconds() >= TimestampConversions.MIN_SECONDS && ts.getSeconds() <= TimestampConversions.MAX_SECONDS,
        message + " seconds " + ts.getSeconds());
  }

  @Test
  void boundsMatchTheDocumentedRange() {
    assertEquals(MIN.getEpochSecond(), TimestampConversions.MIN_SECONDS);
    assertEquals(MAX.getEpochSecond(), TimestampConversions.MAX_SECONDS);
  }

  @Test
  void instantRoundTripsRandomly() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      Instant v = randomInstant(r);
      Timestamp ts = wire(TimestampConversions.fromInstant(v, FIELD));
      assertValid(ts, at(i, v));
      assertEquals(v.getEpochSecond(), ts.getSeconds(), at(i, v));
      assertEquals(v.getNano(), ts.getNanos(), at(i, v));
      assertEquals(v, TimestampConversions.toInstant(ts, FIELD), at(i, v));
    }
  }

  @Test
  void instantEdgeValuesRoundTrip() throws Exception {
    for (Instant v :
        List.of(
            Instant.EPOCH,
            MIN,
            MAX,
            Instant.parse("1969-12-31T23:59:59.999999999Z"),
            Instant.parse("1969-12-31T23:59:59.000000001Z"),
            Instant.parse("1900-01-01T00:00:00.5Z"),
            Instant.parse("1582-10-15T00:00:00Z"),
            Instant.parse("1970-01-01T00:00:00.000000001Z"),
            Instant.parse("2000-02-29T12:00:00Z"))) {
      Timestamp ts = wire(TimestampConversions.fromInstant(v, FIELD));
      assertValid(ts, String.valueOf(v));
      assertEquals(v, TimestampConversions.toInstant(ts, FIELD));
    }
  }

  @Test
  void instantsBefore1970HaveNegativeSecondsAndPositiveNanos() {
    Timestamp ts = TimestampConversions.fromInstant(Instant.parse("1969-12-31T23:59:59.25Z"), FIELD);
    assertEquals(-1, ts.getSeconds());
    assertEquals(250_000_000, ts.getNanos());
  }

  @Test
  void epochIsTheDefaultTimestamp() {
    Timestamp ts = TimestampConversions.fromInstant(Instant.EPOCH, FIELD);
    assertEquals(Timestamp.getDefaultInstance(), ts);
    assertEquals(Instant.EPOCH, TimestampConversions.toInstant(Timestamp.getDefaultInstance(), FIELD));
  }

  @Test
  void instantsBeyondTheRangeThrow() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.fromInstant(MIN.minusNanos(1), FIELD),
        "field created_at",
        "0000-12-31T23:59:59.999999999Z");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.fromInstant(MAX.plusNanos(1), FIELD),
        "field created_at",
        "+10000-01-01T00:00:00Z");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.fromInstant(Instant.MIN, FIELD),
        "field created_at",
        Instant.MIN.toString());
  }

  @Test
  void invalidTimestampsThrow() {
    long min = TimestampConversions.MIN_SECONDS;
    long max = TimestampConversions.MAX_SECONDS;
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.toInstant(ts(min - 1, 999_999_999), FIELD),
        "field created_at",
        "seconds=" + (min - 1));
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.toInstant(ts(max + 1, 0), FIELD),
        "field created_at",
        "seconds=" + (max + 1));
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.toInstant(ts(0, -1), FIELD),
        "field created_at",
        "nanos=-1");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.toInstant(ts(0, 1_000_000_000), FIELD),
        "field created_at",
        "nanos=1000000000");
    // Every Timestamp-consuming method validates, not only toInstant.
    Timestamp bad = ts(0, -1);
    assertThrowsWith(IllegalArgumentException.class, () -> TimestampConversions.toOffsetDateTime(bad, FIELD), FIELD);
    assertThrowsWith(IllegalArgumentException.class, () -> TimestampConversions.toZonedDateTime(bad, FIELD), FIELD);
    assertThrowsWith(IllegalArgumentException.class, () -> TimestampConversions.toDate(bad, FIELD), FIELD);
    assertThrowsWith(IllegalArgumentException.class, () -> TimestampConversions.toCalendar(bad, FIELD), FIELD);
    assertThrowsWith(IllegalArgumentException.class, () -> TimestampConversions.toSqlTimestamp(bad, FIELD), FIELD);
  }

  @Test
  void extremeTimestampsAreAccepted() {
    assertEquals(MIN, TimestampConversions.toInstant(ts(TimestampConversions.MIN_SECONDS, 0), FIELD));
    assertEquals(MAX, TimestampConversions.toInstant(ts(TimestampConversions.MAX_SECONDS, 999_999_999), FIELD));
  }

  @Test
  void offsetDateTimeKeepsTheInstantAtUtc() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(r.nextInt(-18 * 3600, 18 * 3600 + 1));
      OffsetDateTime v = randomInstant(r).atOffset(offset);
      Timestamp ts = wire(TimestampConversions.fromOffsetDateTime(v, FIELD));
      assertValid(ts, at(i, v));
      OffsetDateTime back = TimestampConversions.toOffsetDateTime(ts, FIELD);
      assertEquals(v.toInstant(), back.toInstant(), at(i, v));
      assertEquals(ZoneOffset.UTC, back.getOffset(), at(i, v));
      assertEquals(v.withOffsetSameInstant(ZoneOffset.UTC), back, at(i, v));
    }
  }

  @Test
  void offsetDateTimeWhoseInstantIsOutOfRangeThrows() {
    // Local year 1 at +01:00 is still year 0 in UTC.
    OffsetDateTime v = OffsetDateTime.parse("0001-01-01T00:30:00+01:00");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.fromOffsetDateTime(v, FIELD),
        "field created_at",
        v.toString());
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.fromOffsetDateTime(OffsetDateTime.MAX, FIELD),
        "field created_at");
  }

  @Test
  void zonedDateTimeKeepsTheInstantInUtc() throws Exception {
    List<ZoneId> zones = new ArrayList<>();
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      zones.add(ZoneId.of(id));
    }
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      ZonedDateTime v = randomInstant(r).atZone(zones.get(r.nextInt(zones.size())));
      Timestamp ts = wire(TimestampConversions.fromZonedDateTime(v, FIELD));
      ZonedDateTime back = TimestampConversions.toZonedDateTime(ts, FIELD);
      assertEquals(v.toInstant(), back.toInstant(), at(i, v));
      assertEquals(ZoneOffset.UTC, back.getZone(), at(i, v));
    }
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.fromZonedDateTime(MAX.plusSeconds(1).atZone(ZoneOffset.UTC), FIELD),
        "field created_at",
        "+10000-01-01T00:00:00.999999999Z");
  }

  @Test
  void dateRoundTripsRandomly() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      Date v = new Date(between(r, MIN_MILLIS, MAX_MILLIS));
      Timestamp ts = wire(TimestampConversions.fromDate(v, FIELD));
      assertValid(ts, at(i, v.getTime()));
      assertEquals(v.toInstant(), TimestampConversions.toInstant(ts, FIELD), at(i, v.getTime()));
      Date back = TimestampConversions.toDate(ts, FIELD);
      assertEquals(Date.class, back.getClass());
      assertEquals(v, back, at(i, v.getTime()));
    }
  }

  @Test
  void dateEdgeValuesRoundTrip() throws Exception {
    for (long millis : new long[] {0, -1, 1, -999, -1000, -1001, MIN_MILLIS, MAX_MILLIS}) {
      Date v = new Date(millis);
      assertEquals(v, TimestampConversions.toDate(wire(TimestampConversions.fromDate(v, FIELD)), FIELD));
    }
    Timestamp ts = TimestampConversions.fromDate(new Date(-1), FIELD);
    assertEquals(-1, ts.getSeconds());
    assertEquals(999_000_000, ts.getNanos());
  }

  @Test
  void dateOutOfRangeThrows() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.fromDate(new Date(MIN_MILLIS - 1), FIELD),
        "field created_at",
        "0000-12-31T23:59:59.999Z");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.fromDate(new Date(Long.MAX_VALUE), FIELD),
        "field created_at",
        Instant.ofEpochMilli(Long.MAX_VALUE).toString());
  }

  @Test
  void subMillisecondTimestampToDateKeepsTheNanosInAnSqlTimestamp() throws Exception {
    for (Timestamp ts : new Timestamp[] {ts(5, 1_000_001), ts(-5, 999_999_999)}) {
      Date back = TimestampConversions.toDate(ts, FIELD);
      assertEquals(java.sql.Timestamp.class, back.getClass());
      assertEquals(ts.getNanos(), ((java.sql.Timestamp) back).getNanos());
      assertEquals(ts, wire(TimestampConversions.fromDate(back, FIELD)));
    }
  }

  @Test
  void sqlTimestampPassedAsDateKeepsItsNanos() {
    java.sql.Timestamp v = java.sql.Timestamp.from(Instant.parse("1950-06-01T12:00:00.123456789Z"));
    Date asDate = v;
    Timestamp ts = TimestampConversions.fromDate(asDate, FIELD);
    assertEquals(123_456_789, ts.getNanos());
    assertEquals(v.toInstant(), TimestampConversions.toInstant(ts, FIELD));
  }

  @Test
  void calendarRoundTripsRandomly() throws Exception {
    String[] zones = TimeZone.getAvailableIDs();
    java.util.Arrays.sort(zones);
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      long millis = between(r, MIN_MILLIS, MAX_MILLIS);
      Calendar v = new GregorianCalendar(TimeZone.getTimeZone(zones[r.nextInt(zones.length)]));
      v.setTimeInMillis(millis);
      Timestamp ts = wire(TimestampConversions.fromCalendar(v, FIELD));
      assertEquals(Instant.ofEpochMilli(millis), TimestampConversions.toInstant(ts, FIELD), at(i, millis));
      Calendar back = TimestampConversions.toCalendar(ts, FIELD);
      assertInstanceOf(GregorianCalendar.class, back);
      assertEquals(millis, back.getTimeInMillis(), at(i, millis));
      assertEquals("UTC", back.getTimeZone().getID(), at(i, millis));
      assertEquals(0, back.getTimeZone().getRawOffset(), at(i, millis));
    }
  }

  @Test
  void calendarFieldsAreUtc() {
    Calendar c = TimestampConversions.toCalendar(ts(Instant.parse("2024-02-29T23:30:00Z").getEpochSecond(), 0), FIELD);
    assertEquals(2024, c.get(Calendar.YEAR));
    assertEquals(Calendar.FEBRUARY, c.get(Calendar.MONTH));
    assertEquals(29, c.get(Calendar.DAY_OF_MONTH));
    assertEquals(23, c.get(Calendar.HOUR_OF_DAY));
  }

  @Test
  void calendarsDoNotShareAMutableZone() {
    Calendar first = TimestampConversions.toCalendar(Timestamp.getDefaultInstance(), FIELD);
    first.getTimeZone().setRawOffset(3_600_000);
    Calendar second = TimestampConversions.toCalendar(Timestamp.getDefaultInstance(), FIELD);
    assertEquals(0, second.getTimeZone().getRawOffset());
    assertEquals(0, second.get(Calendar.HOUR_OF_DAY));
  }

  @Test
  void calendarErrorsNameTheField() {
    Calendar beyond = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    beyond.setTimeInMillis(MAX_MILLIS + 1);
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.fromCalendar(beyond, FIELD),
        "field created_at",
        "+10000-01-01T00:00:00Z");
    assertThrowsWith(
        ArithmeticException.class,
        () -> TimestampConversions.toCalendar(ts(0, 1), FIELD),
        "field created_at",
        "nanos=1");
  }

  @Test
  void sqlTimestampRoundTripsRandomly() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      Instant instant = randomInstant(r);
      java.sql.Timestamp v = java.sql.Timestamp.from(instant);
      Timestamp ts = wire(TimestampConversions.fromSqlTimestamp(v, FIELD));
      assertValid(ts, at(i, instant));
      assertEquals(instant, TimestampConversions.toInstant(ts, FIELD), at(i, instant));
      java.sql.Timestamp back = TimestampConversions.toSqlTimestamp(ts, FIELD);
      assertEquals(v, back, at(i, instant));
      assertEquals(v.getNanos(), back.getNanos(), at(i, instant));
      assertEquals(instant, back.toInstant(), at(i, instant));
    }
  }

  @Test
  void sqlTimestampEdgeValuesRoundTrip() throws Exception {
    for (Instant instant :
        List.of(Instant.EPOCH, MIN, MAX, Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.ofEpochSecond(-1))) {
      java.sql.Timestamp v = java.sql.Timestamp.from(instant);
      java.sql.Timestamp back =
          TimestampConversions.toSqlTimestamp(wire(TimestampConversions.fromSqlTimestamp(v, FIELD)), FIELD);
      assertEquals(instant, back.toInstant());
    }
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimestampConversions.fromSqlTimestamp(java.sql.Timestamp.from(MAX.plusNanos(1)), FIELD),
        "field created_at",
        "+10000-01-01T00:00:00Z");
  }

  @Test
  void defaultInstanceIsReturnedForEpochWithoutAllocating() {
    assertSame(Timestamp.getDefaultInstance(), TimestampConversions.fromInstant(Instant.EPOCH, FIELD));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 999_999, 1_000_001, 999_999_999})
  void everySubMillisecondNanoIsRejectedByCalendarAndKeptByDate(int nanos) {
    assertThrowsWith(ArithmeticException.class, () -> TimestampConversions.toCalendar(ts(0, nanos), FIELD), FIELD);
    // The nanosecond types keep them; a Date becomes a java.sql.Timestamp to do so.
    assertEquals(nanos, ((java.sql.Timestamp) TimestampConversions.toDate(ts(0, nanos), FIELD)).getNanos());
    assertEquals(nanos, TimestampConversions.toSqlTimestamp(ts(0, nanos), FIELD).getNanos());
  }
}
