package io.jpaproto.grpc;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
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
import java.util.TimeZone;
import java.util.UUID;

/**
 * The values a row has in the attributes of an {@code order_by}, as a keyset page token carries them: each value with
 * a tag naming its Java type, written exactly (no value is rounded or reformatted), so that the next page starts
 * exactly after the row. Values are read back as the same Java type the provider returned, which is the type the
 * query compares them with.
 */
final class OrderValues {
  private static final int NULL = 0;
  private static final int STRING = 1;
  private static final int LONG = 2;
  private static final int INTEGER = 3;
  private static final int SHORT = 4;
  private static final int BYTE = 5;
  private static final int DOUBLE = 6;
  private static final int FLOAT = 7;
  private static final int BOOLEAN = 8;
  private static final int CHARACTER = 9;
  private static final int BIG_DECIMAL = 10;
  private static final int BIG_INTEGER = 11;
  private static final int UUID_VALUE = 12;
  private static final int ENUM = 13;
  private static final int INSTANT = 14;
  private static final int LOCAL_DATE = 15;
  private static final int LOCAL_DATE_TIME = 16;
  private static final int LOCAL_TIME = 17;
  private static final int OFFSET_DATE_TIME = 18;
  private static final int ZONED_DATE_TIME = 19;
  private static final int OFFSET_TIME = 20;
  private static final int DURATION = 21;
  private static final int SQL_TIMESTAMP = 22;
  private static final int SQL_DATE = 23;
  private static final int SQL_TIME = 24;
  private static final int UTIL_DATE = 25;
  private static final int YEAR = 26;
  private static final int CALENDAR = 27;

  private OrderValues() {
  }

  /** Whether {@link #write} can write {@code value} (the id and every value of an order). */
  static boolean writable(Object value) {
    return value == null || tag(value) >= 0;
  }

  /** Writes {@code value}, which {@link #writable} accepts. */
  static void write(Object value, CodedOutputStream out) throws IOException {
    if (value == null) {
      out.writeUInt32NoTag(NULL);
      return;
    }
    int tag = tag(value);
    out.writeUInt32NoTag(tag);
    switch (tag) {
      case STRING -> out.writeStringNoTag((String) value);
      case LONG, INTEGER, SHORT, BYTE -> out.writeSInt64NoTag(((Number) value).longValue());
      case DOUBLE -> out.writeFixed64NoTag(Double.doubleToRawLongBits((Double) value));
      case FLOAT -> out.writeFixed32NoTag(Float.floatToRawIntBits((Float) value));
      case BOOLEAN -> out.writeBoolNoTag((Boolean) value);
      case CHARACTER -> out.writeUInt32NoTag((Character) value);
      case BIG_DECIMAL -> out.writeStringNoTag(((BigDecimal) value).toString());
      case BIG_INTEGER -> out.writeStringNoTag(value.toString());
      case UUID_VALUE -> {
        out.writeFixed64NoTag(((UUID) value).getMostSignificantBits());
        out.writeFixed64NoTag(((UUID) value).getLeastSignificantBits());
      }
      case ENUM -> out.writeStringNoTag(((Enum<?>) value).name());
      case INSTANT -> seconds((Instant) value, out);
      case LOCAL_DATE -> out.writeSInt64NoTag(((LocalDate) value).toEpochDay());
      case LOCAL_DATE_TIME -> seconds(((LocalDateTime) value).toInstant(ZoneOffset.UTC), out);
      case LOCAL_TIME -> out.writeUInt64NoTag(((LocalTime) value).toNanoOfDay());
      case OFFSET_DATE_TIME -> {
        seconds(((OffsetDateTime) value).toInstant(), out);
        out.writeSInt32NoTag(((OffsetDateTime) value).getOffset().getTotalSeconds());
      }
      case ZONED_DATE_TIME -> {
        seconds(((ZonedDateTime) value).toInstant(), out);
        out.writeStringNoTag(((ZonedDateTime) value).getZone().getId());
      }
      case OFFSET_TIME -> {
        out.writeUInt64NoTag(((OffsetTime) value).toLocalTime().toNanoOfDay());
        out.writeSInt32NoTag(((OffsetTime) value).getOffset().getTotalSeconds());
      }
      case DURATION -> {
        out.writeSInt64NoTag(((Duration) value).getSeconds());
        out.writeUInt32NoTag(((Duration) value).getNano());
      }
      case SQL_TIMESTAMP -> {
        java.sql.Timestamp timestamp = (java.sql.Timestamp) value;
        out.writeSInt64NoTag(Math.floorDiv(timestamp.getTime(), 1000));
        out.writeUInt32NoTag(timestamp.getNanos());
      }
      case SQL_DATE, SQL_TIME, UTIL_DATE -> out.writeSInt64NoTag(((java.util.Date) value).getTime());
      case YEAR -> out.writeSInt32NoTag(((Year) value).getValue());
      case CALENDAR -> {
        out.writeSInt64NoTag(((Calendar) value).getTimeInMillis());
        out.writeStringNoTag(((Calendar) value).getTimeZone().getID());
      }
      default -> throw new IllegalStateException("no tag " + tag);
    }
  }

  /**
   * Reads a value {@link #write} wrote, as an instance of {@code type} (the Java type of the attribute it came from).
   *
   * @throws IOException when the bytes are cut short
   * @throws IllegalArgumentException when they hold no value of {@code type}
   */
  static Object read(CodedInputStream in, Class<?> type) throws IOException {
    int tag = in.readUInt32();
    Object value = switch (tag) {
      case NULL -> null;
      case STRING -> in.readString();
      case LONG -> in.readSInt64();
      case INTEGER -> Math.toIntExact(in.readSInt64());
      case SHORT -> (short) Math.toIntExact(in.readSInt64());
      case BYTE -> (byte) Math.toIntExact(in.readSInt64());
      case DOUBLE -> Double.longBitsToDouble(in.readFixed64());
      case FLOAT -> Float.intBitsToFloat(in.readFixed32());
      case BOOLEAN -> in.readBool();
      case CHARACTER -> (char) in.readUInt32();
      case BIG_DECIMAL -> new BigDecimal(in.readString());
      case BIG_INTEGER -> new BigInteger(in.readString());
      case UUID_VALUE -> new UUID(in.readFixed64(), in.readFixed64());
      case ENUM -> enumConstant(type, in.readString());
      case INSTANT -> instant(in);
      case LOCAL_DATE -> LocalDate.ofEpochDay(in.readSInt64());
      case LOCAL_DATE_TIME -> LocalDateTime.ofInstant(instant(in), ZoneOffset.UTC);
      case LOCAL_TIME -> LocalTime.ofNanoOfDay(in.readUInt64());
      case OFFSET_DATE_TIME -> OffsetDateTime.ofInstant(instant(in), ZoneOffset.ofTotalSeconds(in.readSInt32()));
      case ZONED_DATE_TIME -> ZonedDateTime.ofInstant(instant(in), ZoneId.of(in.readString()));
      case OFFSET_TIME -> OffsetTime.of(LocalTime.ofNanoOfDay(in.readUInt64()),
          ZoneOffset.ofTotalSeconds(in.readSInt32()));
      case DURATION -> Duration.ofSeconds(in.readSInt64(), in.readUInt32());
      case SQL_TIMESTAMP -> {
        java.sql.Timestamp timestamp = new java.sql.Timestamp(Math.multiplyExact(in.readSInt64(), 1000));
        timestamp.setNanos(in.readUInt32());
        yield timestamp;
      }
      case SQL_DATE -> new java.sql.Date(in.readSInt64());
      case SQL_TIME -> new java.sql.Time(in.readSInt64());
      case UTIL_DATE -> new java.util.Date(in.readSInt64());
      case YEAR -> Year.of(in.readSInt32());
      case CALENDAR -> {
        long millis = in.readSInt64();
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone(in.readString()));
        calendar.setTimeInMillis(millis);
        yield calendar;
      }
      default -> throw new IllegalArgumentException("no value type " + tag);
    };
    if (value != null && !box(type).isInstance(value)) {
      throw new IllegalArgumentException(value.getClass().getName() + " is not a " + type.getName());
    }
    return value;
  }

  /** The tag of {@code value}'s type; -1 when it has none. */
  private static int tag(Object value) {
    // Subclasses first: java.sql.Timestamp is a java.util.Date.
    if (value instanceof java.sql.Timestamp) {
      return SQL_TIMESTAMP;
    }
    if (value instanceof java.sql.Date) {
      return SQL_DATE;
    }
    if (value instanceof java.sql.Time) {
      return SQL_TIME;
    }
    if (value instanceof Enum<?>) {
      return ENUM;
    }
    if (value instanceof java.util.GregorianCalendar) {
      return CALENDAR;
    }
    return switch (value.getClass().getName()) {
      case "java.lang.String" -> STRING;
      case "java.lang.Long" -> LONG;
      case "java.lang.Integer" -> INTEGER;
      case "java.lang.Short" -> SHORT;
      case "java.lang.Byte" -> BYTE;
      case "java.lang.Double" -> DOUBLE;
      case "java.lang.Float" -> FLOAT;
      case "java.lang.Boolean" -> BOOLEAN;
      case "java.lang.Character" -> CHARACTER;
      case "java.math.BigDecimal" -> BIG_DECIMAL;
      case "java.math.BigInteger" -> BIG_INTEGER;
      case "java.util.UUID" -> UUID_VALUE;
      case "java.time.Instant" -> INSTANT;
      case "java.time.LocalDate" -> LOCAL_DATE;
      case "java.time.LocalDateTime" -> LOCAL_DATE_TIME;
      case "java.time.LocalTime" -> LOCAL_TIME;
      case "java.time.OffsetDateTime" -> OFFSET_DATE_TIME;
      case "java.time.ZonedDateTime" -> ZONED_DATE_TIME;
      case "java.time.OffsetTime" -> OFFSET_TIME;
      case "java.time.Duration" -> DURATION;
      case "java.util.Date" -> UTIL_DATE;
      case "java.time.Year" -> YEAR;
      default -> -1;
    };
  }

  private static void seconds(Instant instant, CodedOutputStream out) throws IOException {
    out.writeSInt64NoTag(instant.getEpochSecond());
    out.writeUInt32NoTag(instant.getNano());
  }

  private static Instant instant(CodedInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readSInt64(), in.readUInt32());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    if (!type.isEnum()) {
      throw new IllegalArgumentException(type.getName() + " is not an enum");
    }
    return Enum.valueOf((Class) type, name);
  }

  /** The wrapper class of a primitive type; other types as they are. */
  static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return switch (type.getName()) {
      case "long" -> Long.class;
      case "int" -> Integer.class;
      case "short" -> Short.class;
      case "byte" -> Byte.class;
      case "double" -> Double.class;
      case "float" -> Float.class;
      case "boolean" -> Boolean.class;
      case "char" -> Character.class;
      default -> type;
    };
  }
}
