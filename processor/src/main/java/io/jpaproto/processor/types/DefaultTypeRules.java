package io.jpaproto.processor.types;

import static io.jpaproto.processor.types.Conversion.identity;
import static io.jpaproto.processor.types.Conversion.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in rows of the type-mapping table, in match order (conditional rows before the unconditional row of the
 * same type). The README's default table is this list; keep them in step.
 *
 * <p>Every row is lossless: integers never narrow (anything that can exceed 32 bits is {@code int64}), decimals travel
 * as exact text, time keeps its nanoseconds.
 */
public final class DefaultTypeRules {
  private static final String ORIGIN = "default";
  /** Column definitions that declare a 64-bit integer column. */
  public static final String BIGINT_COLUMN = "\\b(BIGINT|INT8|BIGSERIAL|SERIAL8)\\b";

  private DefaultTypeRules() {
  }

  /** The default rows, first match wins. */
  public static List<TypeRule> rules() {
    List<TypeRule> rules = new ArrayList<>();
    ProtoType int32 = ProtoType.scalar("int32");
    ProtoType int64 = ProtoType.scalar("int64");
    ProtoType string = ProtoType.scalar("string");
    ProtoType bytes = ProtoType.scalar("bytes");

    // Integers in 64-bit columns stay 64-bit on the wire: the column, not the Java field, bounds the values.
    for (String[] type : new String[][] {
        {"int", "Int"}, {"java.lang.Integer", "Int"}, {"short", "Short"}, {"java.lang.Short", "Short"},
        {"byte", "Byte"}, {"java.lang.Byte", "Byte"}}) {
      rules.add(rule(type[0], int64, runtime("Int64Conversions", type[1])).whenColumnDefinition(BIGINT_COLUMN));
    }
    rules.add(rule("boolean", ProtoType.scalar("bool"), identity()));
    rules.add(rule("java.lang.Boolean", ProtoType.scalar("bool"), identity()));
    rules.add(rule("byte", int32, runtime("Int32Conversions", "Byte")));
    rules.add(rule("java.lang.Byte", int32, runtime("Int32Conversions", "Byte")));
    rules.add(rule("short", int32, runtime("Int32Conversions", "Short")));
    rules.add(rule("java.lang.Short", int32, runtime("Int32Conversions", "Short")));
    rules.add(rule("int", int32, identity()));
    rules.add(rule("java.lang.Integer", int32, identity()));
    rules.add(rule("long", int64, identity()));
    rules.add(rule("java.lang.Long", int64, identity()));
    // More than 19 declared digits cannot fit in int64: keep them as exact decimal text.
    rules.add(rule("java.math.BigInteger", string, runtime("StringConversions", "BigInteger")).whenPrecisionAtLeast(20));
    rules.add(rule("java.math.BigInteger", int64, runtime("Int64Conversions", "BigInteger")));
    rules.add(rule("float", ProtoType.scalar("float"), identity()));
    rules.add(rule("java.lang.Float", ProtoType.scalar("float"), identity()));
    rules.add(rule("double", ProtoType.scalar("double"), identity()));
    rules.add(rule("java.lang.Double", ProtoType.scalar("double"), identity()));
    rules.add(rule("java.math.BigDecimal", string, runtime("StringConversions", "BigDecimal")));
    rules.add(rule("char", string, runtime("StringConversions", "Char")));
    rules.add(rule("java.lang.Character", string, runtime("StringConversions", "Char")));
    rules.add(rule("java.lang.String", string, identity()));
    rules.add(rule("char[]", string, runtime("StringConversions", "CharArray")));
    rules.add(rule("java.lang.Character[]", string, runtime("StringConversions", "CharacterArray")));
    rules.add(rule("byte[]", bytes, runtime("BytesConversions", "ByteArray")));
    rules.add(rule("java.lang.Byte[]", bytes, runtime("BytesConversions", "ByteObjectArray")));
    rules.add(rule("java.util.UUID", string, runtime("StringConversions", "Uuid")));
    rules.add(rule("java.time.Instant", ProtoType.TIMESTAMP, runtime("TimestampConversions", "Instant")));
    rules.add(rule("java.time.OffsetDateTime", ProtoType.TIMESTAMP, runtime("TimestampConversions", "OffsetDateTime")));
    rules.add(rule("java.time.ZonedDateTime", ProtoType.TIMESTAMP, runtime("TimestampConversions", "ZonedDateTime")));
    rules.add(rule("java.util.Date", ProtoType.TIMESTAMP, runtime("TimestampConversions", "Date")));
    rules.add(rule("java.util.Calendar", ProtoType.TIMESTAMP, runtime("TimestampConversions", "Calendar")));
    rules.add(rule("java.sql.Timestamp", ProtoType.TIMESTAMP, runtime("TimestampConversions", "SqlTimestamp")));
    rules.add(rule("java.time.LocalDate", ProtoType.DATE, runtime("DateConversions", "LocalDate")));
    rules.add(rule("java.sql.Date", ProtoType.DATE, runtime("DateConversions", "SqlDate")));
    rules.add(rule("java.time.LocalTime", ProtoType.TIME_OF_DAY, runtime("TimeOfDayConversions", "LocalTime")));
    rules.add(rule("java.sql.Time", ProtoType.TIME_OF_DAY, runtime("TimeOfDayConversions", "SqlTime")));
    rules.add(rule("java.time.LocalDateTime", ProtoType.DATE_TIME, runtime("DateTimeConversions", "LocalDateTime")));
    rules.add(rule("java.time.OffsetTime", string, runtime("StringConversions", "OffsetTime")));
    rules.add(rule("java.time.Duration", ProtoType.DURATION, runtime("DurationConversions", "Duration")));
    rules.add(rule("java.time.Year", int32, runtime("Int32Conversions", "Year")));
    // The other basic types Hibernate maps natively: standard codes and texts, partial dates, large objects.
    rules.add(rule("java.util.Locale", string, runtime("TextConversions", "Locale")));
    rules.add(rule("java.util.Currency", string, runtime("TextConversions", "Currency")));
    rules.add(rule("java.util.TimeZone", string, runtime("TextConversions", "TimeZone")));
    rules.add(rule("java.time.ZoneId", string, runtime("TextConversions", "ZoneId")));
    rules.add(rule("java.time.ZoneOffset", string, runtime("TextConversions", "ZoneOffset")));
    rules.add(rule("java.net.URL", string, runtime("TextConversions", "Url")));
    rules.add(rule("java.net.URI", string, runtime("TextConversions", "Uri")));
    rules.add(rule("java.time.YearMonth", ProtoType.DATE, runtime("PartialDateConversions", "YearMonth")));
    rules.add(rule("java.time.MonthDay", ProtoType.DATE, runtime("PartialDateConversions", "MonthDay")));
    rules.add(rule("java.time.Period", string, runtime("TextConversions", "Period")));
    rules.add(rule("java.sql.Blob", bytes, runtime("LobConversions", "Blob")));
    rules.add(rule("java.sql.Clob", string, runtime("LobConversions", "Clob")));
    rules.add(rule("java.sql.NClob", string, runtime("LobConversions", "NClob")));
    rules.add(new TypeRule(TypeRule.ANY_ENUM, null, 0, null, identity(), ORIGIN));
    return List.copyOf(rules);
  }

  /**
   * Built-in conversions for pairs that are not defaults, so an override such as
   * {@code @ProtoField(type = "string")} on a {@code BigInteger} needs no converter.
   */
  public static List<TypeRule> alternatives() {
    ProtoType int64 = ProtoType.scalar("int64");
    return List.of(
        rule("java.math.BigInteger", ProtoType.scalar("string"), runtime("StringConversions", "BigInteger")),
        rule("java.math.BigDecimal", ProtoType.DECIMAL, runtime("DecimalConversions", "BigDecimal")),
        rule("int", int64, runtime("Int64Conversions", "Int")),
        rule("java.lang.Integer", int64, runtime("Int64Conversions", "Int")),
        rule("short", int64, runtime("Int64Conversions", "Short")),
        rule("java.lang.Short", int64, runtime("Int64Conversions", "Short")),
        rule("byte", int64, runtime("Int64Conversions", "Byte")),
        rule("java.lang.Byte", int64, runtime("Int64Conversions", "Byte")));
  }

  private static TypeRule rule(String javaType, ProtoType protoType, Conversion conversion) {
    return TypeRule.of(javaType, protoType, conversion, ORIGIN);
  }
}
