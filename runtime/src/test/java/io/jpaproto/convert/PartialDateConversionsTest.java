package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.type.Date;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PartialDateConversionsTest {

  @Test
  void yearMonthsAreDatesWithDayZero() {
    SplittableRandom random = TestSupport.random();
    for (int i = 0; i < TestSupport.CASES; i++) {
      YearMonth value = YearMonth.of(random.nextInt(1, 10_000), random.nextInt(1, 13));
      Date date = PartialDateConversions.fromYearMonth(value, "f");
      assertEquals(0, date.getDay(), at(i, value));
      assertEquals(value, PartialDateConversions.toYearMonth(date, "f"), at(i, value));
    }
    assertEquals(Date.newBuilder().setYear(2024).setMonth(2).build(),
        PartialDateConversions.fromYearMonth(YearMonth.of(2024, 2), "f"));
  }

  @Test
  void monthDaysAreDatesWithYearZero() {
    for (int day = 1; day <= 366; day++) {
      MonthDay value = MonthDay.from(LocalDate.ofYearDay(2000, day));
      Date date = PartialDateConversions.fromMonthDay(value, "f");
      assertEquals(0, date.getYear());
      assertEquals(value, PartialDateConversions.toMonthDay(date, "f"));
    }
  }

  @Test
  void yearsOutsideTheProtoRangeAreRefused() {
    assertThrowsWith(IllegalArgumentException.class,
        () -> PartialDateConversions.fromYearMonth(YearMonth.of(0, 1), "f"), "field f", "outside 1..9999");
    assertThrowsWith(IllegalArgumentException.class,
        () -> PartialDateConversions.fromYearMonth(YearMonth.of(10_000, 1), "f"), "field f");
  }

  @Test
  void datesOfTheWrongShapeAreRefusedNamingTheField() {
    Date full = Date.newBuilder().setYear(2024).setMonth(2).setDay(3).build();
    assertThrowsWith(IllegalArgumentException.class, () -> PartialDateConversions.toYearMonth(full, "f"),
        "field f", "is not a year and month");
    assertThrowsWith(IllegalArgumentException.class, () -> PartialDateConversions.toMonthDay(full, "f"),
        "field f", "is not a month and day");
    assertThrowsWith(IllegalArgumentException.class,
        () -> PartialDateConversions.toYearMonth(Date.newBuilder().setYear(2024).setMonth(13).build(), "f"),
        "field f");
    assertThrowsWith(IllegalArgumentException.class,
        () -> PartialDateConversions.toMonthDay(Date.newBuilder().setMonth(2).setDay(30).build(), "f"), "field f");
    assertThrowsWith(IllegalArgumentException.class,
        () -> PartialDateConversions.toMonthDay(Date.getDefaultInstance(), "f"), "field f");
    assertThrowsWith(NullPointerException.class, () -> PartialDateConversions.toMonthDay(null, "f"), "field f");
  }
}
