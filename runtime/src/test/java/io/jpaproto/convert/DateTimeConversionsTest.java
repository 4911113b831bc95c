package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.CASES;
import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static io.jpaproto.convert.TestSupport.between;
import static io.jpaproto.convert.TestSupport.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.protobuf.Duration;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.type.DateTime;
import com.google.type.TimeZone;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DateTimeConversionsTest {

  private static final String FIELD = "starts_at";

  private static DateTime wire(DateTime d) throws InvalidProtocolBufferException {
    return DateTime.parseFrom(d.toByteArray());
  }

  private static DateTime.Builder dateTime(
      int year, int month, int day, int hours, int minutes, int seconds, int nanos) {
    return DateTime.newBuilder()
        .setYear(year)
        .setMonth(month)
        .setDay(day)
        .setHours(hours)
        .setMinutes(minutes)
        .setSeconds(seconds)
        .setNanos(nanos);
  }

  @Test
  void localDateTimeRoundTripsRandomly() throws Exception {
    long first = LocalDate.of(1, 1, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      LocalDate date = LocalDate.ofEpochDay(between(r, first, last));
      LocalTime time = LocalTime.ofNanoOfDay(between(r, 0, LocalTime.MAX.toNanoOfDay()));
      LocalDateTime v = LocalDateTime.of(date, time);
      DateTime d = wire(DateTimeConversions.fromLocalDateTime(v, FIELD));
      assertEquals(
          dateTime(
                  v.getYear(), v.getMonthValue(), v.getDayOfMonth(), v.getHour(), v.getMinute(), v.getSecond(),
                  v.getNano())
              .build(),
          d,
          at(i, v));
      assertFalse(d.hasUtcOffset() || d.hasTimeZone(), at(i, v));
      assertEquals(v, DateTimeConversions.toLocalDateTime(d, FIELD), at(i, v));
    }
  }

  @Test
  void localDateTimeEdgeValuesRoundTrip() throws Exception {
    for (LocalDateTime v :
        List.of(
            LocalDateTime.of(1, 1, 1, 0, 0),
            LocalDateTime.of(LocalDate.of(9999, 12, 31), LocalTime.MAX),
            LocalDateTime.of(LocalDate.of(2024, 2, 29), LocalTime.MAX),
            LocalDateTime.of(1969, 12, 31, 23, 59, 59, 1))) {
      assertEquals(
          v, DateTimeConversions.toLocalDateTime(wire(DateTimeConversions.fromLocalDateTime(v, FIELD)), FIELD));
    }
  }

  @Test
  void localDateTimeOutsideYears1To9999Throws() {
    for (LocalDateTime v :
        List.of(LocalDateTime.of(0, 12, 31, 23, 59), LocalDateTime.of(10_000, 1, 1, 0, 0), LocalDateTime.MIN)) {
      assertThrowsWith(
          IllegalArgumentException.class,
          () -> DateTimeConversions.fromLocalDateTime(v, FIELD),
          "field starts_at",
          v.toString());
    }
  }

  @Test
  void dateTimeWithAnOffsetThrows() {
    DateTime withOffset =
        dateTime(2024, 1, 1, 12, 0, 0, 0).setUtcOffset(Duration.newBuilder().setSeconds(-14_400)).build();
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateTimeConversions.toLocalDateTime(withOffset, FIELD),
        "field starts_at",
        "utc_offset of -14400s");
    // A zero offset is UTC, not local time.
    DateTime withZeroOffset = dateTime(2024, 1, 1, 12, 0, 0, 0).setUtcOffset(Duration.getDefaultInstance()).build();
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateTimeConversions.toLocalDateTime(withZeroOffset, FIELD),
        "field starts_at",
        "utc_offset of 0s");
  }

  @Test
  void dateTimeWithATimeZoneThrows() {
    DateTime withZone =
        dateTime(2024, 1, 1, 12, 0, 0, 0).setTimeZone(TimeZone.newBuilder().setId("Europe/Paris")).build();
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateTimeConversions.toLocalDateTime(withZone, FIELD),
        "field starts_at",
        "time_zone \"Europe/Paris\"");
  }

  @Test
  void invalidComponentsThrow() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateTimeConversions.toLocalDateTime(dateTime(0, 1, 1, 0, 0, 0, 0).build(), FIELD),
        "field starts_at",
        "year=0");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateTimeConversions.toLocalDateTime(DateTime.getDefaultInstance(), FIELD),
        "field starts_at",
        "year=0, month=0, day=0");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateTimeConversions.toLocalDateTime(dateTime(2023, 2, 29, 0, 0, 0, 0).build(), FIELD),
        "field starts_at",
        "year=2023, month=2, day=29");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateTimeConversions.toLocalDateTime(dateTime(10_000, 1, 1, 0, 0, 0, 0).build(), FIELD),
        "field starts_at",
        "year=10000");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateTimeConversions.toLocalDateTime(dateTime(2024, 1, 1, 24, 0, 0, 0).build(), FIELD),
        "field starts_at",
        "hours=24");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateTimeConversions.toLocalDateTime(dateTime(2016, 12, 31, 23, 59, 60, 0).build(), FIELD),
        "field starts_at",
        "seconds=60");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateTimeConversions.toLocalDateTime(dateTime(2024, 1, 1, 0, 0, 0, -1).build(), FIELD),
        "field starts_at",
        "nanos=-1");
  }
}
