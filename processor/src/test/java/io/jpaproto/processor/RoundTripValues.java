package io.jpaproto.processor;

import com.google.protobuf.Descriptors.FieldDescriptor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Random basic values for {@link RealisticRoundTripTest}, one method per Java type, each within the range its proto
 * type can carry and with the edge values (empty, zero, limits, non-BMP text) drawn more often than chance would.
 */
final class RoundTripValues {
  /** {@code google.protobuf.Timestamp}: 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59.999999999Z. */
  private static final Instant MIN_INSTANT = Instant.ofEpochSecond(-62_135_596_800L);
  private static final Instant MAX_INSTANT = Instant.ofEpochSecond(253_402_300_799L, 999_999_999);
  /** {@code google.protobuf.Duration}: +/-315,576,000,000.999999999 s. */
  private static final long MAX_DURATION_SECONDS = 315_576_000_000L;
  /** {@code google.type.Date}: full dates of years 1..9999. */
  private static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
  private static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
  private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Kathmandu"), ZoneOffset.ofHours(-18), ZoneOffset.ofHours(18));

  private final SplittableRandom random;

  RoundTripValues(SplittableRandom random) {
    this.random = random;
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A number in {@code from..to}, both included. */
  int between(int from, int to) {
    return random.nextInt(from, to + 1);
  }

  /** The JDK types {@link #basic} makes values of (enums aside). */
  private static final java.util.Set<Class<?>> BASIC_TYPES = java.util.Set.of(String.class, Boolean.class,
      Integer.class, Long.class, Short.class, Byte.class, BigDecimal.class, BigInteger.class, Instant.class,
      LocalDate.class, LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class, Duration.class, Year.class,
      UUID.class, java.util.Locale.class, java.util.Currency.class, java.util.TimeZone.class, ZoneId.class,
      ZoneOffset.class, java.net.URL.class, java.net.URI.class, java.time.YearMonth.class, java.time.MonthDay.class,
      java.time.Period.class, java.time.OffsetTime.class, byte[].class, char[].class, Character[].class,
      java.sql.Blob.class, java.sql.Clob.class, java.sql.NClob.class, Float.class, Double.class, Character.class,
      Byte[].class, LocalTime.class, java.sql.Timestamp.class, java.sql.Date.class, java.sql.Time.class,
      java.util.Date.class, java.util.Calendar.class);
  private static final List<java.util.Locale> LOCALES = java.util.Arrays.stream(java.util.Locale.getAvailableLocales())
      .filter(locale -> java.util.Locale.forLanguageTag(locale.toLanguageTag()).equals(locale))
      .sorted(java.util.Comparator.comparing(java.util.Locale::toLanguageTag)).toList();
  private static final List<java.util.Currency> CURRENCIES = java.util.Currency.getAvailableCurrencies().stream()
      .sorted(java.util.Comparator.comparing(java.util.Currency::getCurrencyCode)).toList();
  private static final List<String> TIME_ZONE_IDS =
      java.util.Arrays.stream(java.util.TimeZone.getAvailableIDs()).sorted().toList();
  private static final List<String> ZONE_IDS = ZoneId.getAvailableZoneIds().stream().sorted().toList();

  /** Whether {@link #basic} makes values of the type. */
  boolean knows(Class<?> type) {
    Class<?> boxed = RoundTripModel.wrap(type);
    return boxed.isEnum() || BASIC_TYPES.contains(boxed);
  }

  /**
   * A value of a type only a JPA attribute converter maps: {@code Object} (a JSON document of maps, lists, strings,
   * longs and booleans), a record (its components at random), a {@code List} or {@code Set} of such values.
   */
  Object structured(java.lang.reflect.Type type) {
    Class<?> raw = RoundTripModel.raw(type);
    if (raw == Object.class) {
      return jsonObject(2);
    }
    if (knows(raw)) {
      return basic(raw, null);
    }
    if (raw.isRecord()) {
      java.lang.reflect.RecordComponent[] components = raw.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] arguments = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        arguments[i] = structured(components[i].getGenericType());
      }
      try {
        return raw.getDeclaredConstructor(types).newInstance(arguments);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot create " + raw.getName(), e);
      }
    }
    if ((raw == List.class || raw == java.util.Set.class)
        && type instanceof java.lang.reflect.ParameterizedType parameterized) {
      java.util.Collection<Object> values = raw == List.class ? new java.util.ArrayList<>()
          : new java.util.LinkedHashSet<>();
      for (int i = between(0, 3); i > 0; i--) {
        values.add(structured(parameterized.getActualTypeArguments()[0]));
      }
      return values;
    }
    throw new AssertionError("no random values for " + type + ": add a case to " + getClass().getSimpleName());
  }

  /** A JSON object of 0..3 members: strings, longs, booleans, nested objects and arrays up to {@code depth}. */
  private java.util.Map<String, Object> jsonObject(int depth) {
    java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
    for (int i = between(0, 3); i > 0; i--) {
      object.put(string(), jsonValue(depth));
    }
    return object;
  }

  private Object jsonValue(int depth) {
    return switch (random.nextInt(depth > 0 ? 6 : 4)) {
      case 0 -> string();
      case 1 -> longValue();
      case 2 -> random.nextBoolean();
      case 3 -> null;
      case 4 -> jsonObject(depth - 1);
      default -> {
        List<Object> array = new java.util.ArrayList<>();
        for (int i = between(0, 3); i > 0; i--) {
          array.add(jsonValue(depth - 1));
        }
        yield array;
      }
    };
  }

  /** A value of a basic (non-relation, non-embedded) attribute type; {@code field} tells the proto type. */
  Object basic(Class<?> type, FieldDescriptor field) {
    Class<?> boxed = RoundTripModel.wrap(type);
    Object extra = moreBasic(boxed);
    if (extra != null) {
      return extra;
    }
    if (boxed.isEnum()) {
      return enumConstant(boxed);
    }
    if (boxed == String.class) {
      return string();
    }
    if (boxed == Boolean.class) {
      return random.nextBoolean();
    }
    if (boxed == Integer.class) {
      return intValue();
    }
    if (boxed == Long.class) {
      return longValue();
    }
    if (boxed == Short.class) {
      return (short) intValue();
    }
    if (boxed == Byte.class) {
      return (byte) intValue();
    }
    if (boxed == BigDecimal.class) {
      return bigDecimal();
    }
    if (boxed == BigInteger.class) {
      return field.getJavaType() == FieldDescriptor.JavaType.LONG ? bigIntegerInLongRange() : bigInteger();
    }
    if (boxed == Instant.class) {
      return instant();
    }
    if (boxed == LocalDate.class) {
      return localDate();
    }
    if (boxed == LocalDateTime.class) {
      return localDateTime();
    }
    if (boxed == OffsetDateTime.class) {
      return offsetDateTime();
    }
    if (boxed == ZonedDateTime.class) {
      return zonedDateTime();
    }
    if (boxed == Duration.class) {
      return duration();
    }
    if (boxed == Year.class) {
      return year();
    }
    if (boxed == UUID.class) {
      return uuid();
    }
    Object more = nativeBasic(boxed);
    if (more != null) {
      return more;
    }
    throw new AssertionError("no random values for " + type.getName() + " (proto field " + field.getFullName()
        + "): add a method to " + RoundTripValues.class.getSimpleName());
  }

  /** Values of the rarer rows of the default table (floating point, characters, arrays, legacy dates), or null. */
  private Object moreBasic(Class<?> type) {
    if (type == Float.class) {
      // No -0.0: databases store it as 0.0 (H2 does), so a reload would differ for a reason outside the mapper.
      return chance(0.1) ? List.of(Float.NaN, Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY)
          .get(random.nextInt(4)) : Float.intBitsToFloat(random.nextInt()) + 0.0f;
    }
    if (type == Double.class) {
      return chance(0.1) ? List.of(Double.NaN, Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY)
          .get(random.nextInt(4)) : random.nextDouble(-1e12, 1e12) + 0.0;
    }
    if (type == Character.class) {
      char c;
      do {
        c = (char) random.nextInt(0x10000);
      } while (Character.isSurrogate(c));
      return c;
    }
    if (type == char[].class) {
      return string().toCharArray();
    }
    if (type == Character[].class) {
      return string().chars().mapToObj(c -> (char) c).toArray(Character[]::new);
    }
    if (type == byte[].class) {
      return bytes();
    }
    if (type == Byte[].class) {
      byte[] bytes = bytes();
      Byte[] boxed = new Byte[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        boxed[i] = bytes[i];
      }
      return boxed;
    }
    if (type == java.sql.Timestamp.class) {
      return java.sql.Timestamp.from(instant());
    }
    if (type == java.sql.Date.class) {
      return java.sql.Date.valueOf(localDate());
    }
    if (type == java.sql.Time.class) {
      return java.sql.Time.valueOf(LocalTime.ofSecondOfDay(random.nextInt(86_400)));
    }
    if (type == java.util.Date.class) {
      return new java.util.Date(instant().toEpochMilli());
    }
    if (type == java.util.Calendar.class) {
      java.util.Calendar calendar = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
      calendar.setTimeInMillis(instant().toEpochMilli());
      return calendar;
    }
    if (type == LocalTime.class) {
      return LocalTime.ofNanoOfDay(random.nextLong(LocalTime.MAX.toNanoOfDay() + 1));
    }
    if (type == java.time.OffsetTime.class) {
      return java.time.OffsetTime.of(LocalTime.ofNanoOfDay(random.nextLong(LocalTime.MAX.toNanoOfDay() + 1)),
          java.time.ZoneOffset.ofTotalSeconds(between(-18 * 60, 18 * 60) * 60));
    }
    return null;
  }

  /** Values of the types Hibernate maps natively beyond the first table: standard codes, partial dates, LOBs. */
  private Object nativeBasic(Class<?> type) {
    try {
      if (type == java.util.Locale.class) {
        return LOCALES.get(random.nextInt(LOCALES.size()));
      }
      if (type == java.util.Currency.class) {
        return CURRENCIES.get(random.nextInt(CURRENCIES.size()));
      }
      if (type == java.util.TimeZone.class) {
        return java.util.TimeZone.getTimeZone(TIME_ZONE_IDS.get(random.nextInt(TIME_ZONE_IDS.size())));
      }
      if (type == ZoneId.class) {
        return chance(0.2) ? zoneOffset() : ZoneId.of(ZONE_IDS.get(random.nextInt(ZONE_IDS.size())));
      }
      if (type == ZoneOffset.class) {
        return zoneOffset();
      }
      if (type == java.net.URI.class) {
        return uri();
      }
      if (type == java.net.URL.class) {
        return uri().toURL();
      }
      if (type == java.time.YearMonth.class) {
        return java.time.YearMonth.of(between(1, 9999), between(1, 12));
      }
      if (type == java.time.MonthDay.class) {
        return java.time.MonthDay.from(LocalDate.ofYearDay(2000, between(1, 366)));
      }
      if (type == java.time.Period.class) {
        return chance(0.1) ? java.time.Period.ZERO
            : java.time.Period.of(between(-100, 100), between(-30, 30), chance(0.1) ? random.nextInt() : between(-400, 400));
      }
      if (type == java.time.OffsetTime.class) {
        return java.time.OffsetTime.of(LocalTime.ofNanoOfDay(random.nextLong(LocalTime.MAX.toNanoOfDay() + 1)),
            zoneOffset());
      }
      if (type == byte[].class || type == java.sql.Blob.class) {
        byte[] bytes = new byte[between(0, 40)];
        random.nextBytes(bytes);
        return type == byte[].class ? bytes : new javax.sql.rowset.serial.SerialBlob(bytes);
      }
      if (type == char[].class) {
        return string().toCharArray();
      }
      if (type == Character[].class) {
        return string().chars().mapToObj(c -> (char) c).toArray(Character[]::new);
      }
      if (type == java.sql.Clob.class) {
        return new javax.sql.rowset.serial.SerialClob(string().toCharArray());
      }
      if (type == java.sql.NClob.class) {
        return new TestNClob(string().toCharArray());
      }
    } catch (java.sql.SQLException | java.net.MalformedURLException e) {
      throw new AssertionError(e);
    }
    return null;
  }

  private byte[] bytes() {
    byte[] bytes = new byte[chance(0.2) ? 0 : between(1, 40)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** An in-memory NClob, as a mapper's {@code fromProto} makes one. */
  private static final class TestNClob extends javax.sql.rowset.serial.SerialClob implements java.sql.NClob {
    private static final long serialVersionUID = 1L;

    TestNClob(char[] text) throws java.sql.SQLException {
      super(text);
    }
  }

  private ZoneOffset zoneOffset() {
    return chance(0.2) ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(between(-18 * 3600, 18 * 3600));
  }

  /** A URI with a host, a path of text from the whole of Unicode (escaped), a query and sometimes a port. */
  private java.net.URI uri() {
    try {
      String scheme = List.of("http", "https", "ftp").get(random.nextInt(3));
      String host = "h" + between(0, 9999) + ".example." + List.of("com", "org", "de").get(random.nextInt(3));
      int port = chance(0.3) ? between(1, 65535) : -1;
      String path = "/" + java.net.URLEncoder.encode(string(), java.nio.charset.StandardCharsets.UTF_8);
      String query = chance(0.5) ? null : "q=" + between(0, 1000);
      return new java.net.URI(scheme, null, host, port, path, query, null);
    } catch (java.net.URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  Object enumConstant(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  /** Empty one time in eight; else 1..12 code points of ASCII, Latin, Greek, CJK, controls and non-BMP. */
  String string() {
    return string(12);
  }

  /** As {@link #string()}, at most {@code length} code points: what a column of that length holds. */
  String string(int length) {
    if (length == 0 || chance(0.125)) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (int i = between(1, Math.min(12, length)); i > 0; i--) {
      text.appendCodePoint(codePoint());
    }
    return text.toString();
  }

  /** A code point of a valid string: never a lone surrogate, which no UTF-8 proto string can carry. */
  private int codePoint() {
    return switch (random.nextInt(8)) {
      case 0, 1, 2 -> between(0x20, 0x7E);                             // printable ASCII
      case 3 -> between(0xA0, 0x24F);                                    // Latin-1 and Latin Extended
      case 4 -> between(0x370, 0x4FF);                                   // Greek and Cyrillic
      case 5 -> between(0x4E00, 0x9FFF);                                 // CJK
      case 6 -> chance(0.5) ? between(0x1F300, 0x1FAFF) : between(0x10000, 0x10FFFF);   // outside the BMP
      default -> List.of(0x0, 0x9, 0xA, 0x7F, 0x301, 0xFEFF, 0xFFFD, 0xFFFF, 0x10FFFF).get(random.nextInt(9));
    };
  }

  int intValue() {
    if (chance(0.15)) {
      return List.of(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, (int) Short.MIN_VALUE, (int) Short.MAX_VALUE)
          .get(random.nextInt(7));
    }
    return chance(0.5) ? between(-1000, 1000) : random.nextInt();
  }

  long longValue() {
    if (chance(0.15)) {
      return List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, (long) Integer.MIN_VALUE, 1L << 53)
          .get(random.nextInt(7));
    }
    return chance(0.5) ? between(-1000, 1000) : random.nextLong();
  }

  /**
   * Unscaled values from 0 to 200 bits, scales from -12 to 30 ({@code 1E+3}, {@code 0.0000}, {@code -12.5}) and now
   * and then one at the ends of the int range, whose text needs care ({@code 12E+2147483647}).
   */
  BigDecimal bigDecimal() {
    BigInteger unscaled = switch (random.nextInt(4)) {
      case 0 -> BigInteger.valueOf(between(-100, 100));
      case 1 -> BigInteger.valueOf(random.nextLong());
      case 2 -> bigInteger();
      default -> BigInteger.ZERO;
    };
    int scale = chance(0.05)
        ? List.of(Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, Integer.MIN_VALUE + 2,
            -1_000_000_001).get(random.nextInt(5))
        : between(-12, 30);
    return new BigDecimal(unscaled, scale);
  }

  /**
   * A decimal a {@code numeric(precision, scale)} column holds exactly: up to {@code precision - scale} digits before
   * the point and {@code scale} after it, now and then with trailing zeros beyond the scale (which change no value)
   * or written with a negative scale ({@code 1.2E+3}), and zeros of any scale.
   */
  BigDecimal bigDecimal(int precision, int scale) {
    if (chance(0.05)) {
      return BigDecimal.ZERO.setScale(between(-5, scale + 5));
    }
    int decimals = between(0, Math.max(0, scale));
    int integerDigits = between(0, Math.max(0, precision - scale));
    if (integerDigits + decimals == 0) {
      integerDigits = Math.max(0, precision - scale) > 0 ? 1 : 0;
      decimals = integerDigits == 0 ? 1 : 0;
    }
    BigDecimal value = new BigDecimal(digits(integerDigits + decimals), decimals);
    if (chance(0.5)) {
      value = value.negate();
    }
    if (chance(0.1)) {
      value = value.setScale(value.scale() + between(1, 3));
    } else if (chance(0.1)) {
      value = value.stripTrailingZeros();
    }
    return value;
  }

  /** An integer of 1 to {@code precision} digits (at most 60), either sign: what a {@code numeric(precision)} holds. */
  BigInteger bigInteger(int precision) {
    BigInteger value = digits(between(1, Math.min(60, precision)));
    return chance(0.5) ? value.negate() : value;
  }

  /** A positive integer of exactly {@code count} digits. */
  private BigInteger digits(int count) {
    StringBuilder text = new StringBuilder().append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < count; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    return new BigInteger(text.toString());
  }

  /** An integer of up to 200 bits, either sign, for a decimal-text field. */
  BigInteger bigInteger() {
    byte[] bytes = new byte[between(1, 25)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return new BigInteger(bytes);
  }

  /** An integer an {@code int64} field can carry. */
  BigInteger bigIntegerInLongRange() {
    return BigInteger.valueOf(longValue());
  }

  Instant instant() {
    if (chance(0.1)) {
      return List.of(MIN_INSTANT, MAX_INSTANT, Instant.EPOCH, Instant.EPOCH.minusNanos(1)).get(random.nextInt(4));
    }
    long seconds = random.nextLong(MIN_INSTANT.getEpochSecond(), MAX_INSTANT.getEpochSecond() + 1);
    return Instant.ofEpochSecond(seconds, nanos());
  }

  /** Whole seconds, whole milliseconds or any nanoseconds, a third of the time each. */
  private int nanos() {
    return switch (random.nextInt(3)) {
      case 0 -> 0;
      case 1 -> between(0, 999) * 1_000_000;
      default -> between(0, 999_999_999);
    };
  }

  LocalDate localDate() {
    if (chance(0.1)) {
      return List.of(MIN_DATE, MAX_DATE, LocalDate.of(2000, 2, 29), LocalDate.EPOCH).get(random.nextInt(4));
    }
    return LocalDate.ofEpochDay(random.nextLong(MIN_DATE.toEpochDay(), MAX_DATE.toEpochDay() + 1));
  }

  LocalDateTime localDateTime() {
    return LocalDateTime.of(localDate(), LocalTime.ofNanoOfDay(random.nextLong(LocalTime.MAX.toNanoOfDay() + 1)));
  }

  /** Any instant a Timestamp can carry, at an offset; compared by instant, as the offset does not travel. */
  OffsetDateTime offsetDateTime() {
    return OffsetDateTime.ofInstant(instant(), ZoneOffset.ofTotalSeconds(between(-18 * 3600, 18 * 3600)));
  }

  /** Any instant a Timestamp can carry, in a zone; compared by instant, as the zone does not travel. */
  ZonedDateTime zonedDateTime() {
    return ZonedDateTime.ofInstant(instant(), ZONES.get(random.nextInt(ZONES.size())));
  }

  Duration duration() {
    if (chance(0.15)) {
      return List.of(Duration.ZERO, Duration.ofNanos(-1), Duration.ofMillis(-500),
          Duration.ofSeconds(MAX_DURATION_SECONDS, 999_999_999),
          Duration.ofSeconds(-MAX_DURATION_SECONDS - 1, 1)).get(random.nextInt(5));
    }
    long seconds = chance(0.5) ? between(-100_000, 100_000)
        : random.nextLong(-MAX_DURATION_SECONDS, MAX_DURATION_SECONDS + 1);
    return Duration.ofSeconds(seconds, nanos());
  }

  Year year() {
    return Year.of(between(1, 9999));
  }

  UUID uuid() {
    if (chance(0.1)) {
      return chance(0.5) ? new UUID(0, 0) : new UUID(-1L, -1L);
    }
    return new UUID(random.nextLong(), random.nextLong());
  }
}
