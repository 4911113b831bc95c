package golden.nativetypes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.net.URI;
import java.net.URL;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;

/** One attribute per basic type Hibernate maps natively beyond the first table, and the basic arrays. */
@Entity
public class Sensor {
  @Id Long id;

  Locale locale;
  Currency currency;
  TimeZone timeZone;
  ZoneId zone;
  ZoneOffset offset;
  URL homepage;
  URI endpoint;
  Year year;
  YearMonth yearMonth;
  MonthDay monthDay;
  Period period;
  OffsetTime offsetTime;
  char[] code;
  Character[] boxedCode;
  @Lob Blob image;
  @Lob Clob notes;
  @Lob NClob localizedNotes;

  String[] labels;
  int[] readings;
  Long[] counters;
  UUID[] peers;
  Mode[] modes;

  /** How a sensor reports. */
  public enum Mode { PUSH, POLL }
}
