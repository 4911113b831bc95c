package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;
import static io.jpaproto.convert.Checks.quote;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.DateTimeException;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Conversions between values with a standard text form and proto {@code string}: locales (BCP 47 language tags),
 * currencies (ISO 4217 codes), time zones and zone ids (tz database ids), zone offsets ({@code +05:30}, {@code Z}),
 * URLs, URIs and periods (ISO-8601, {@code P1Y2M3D}).
 *
 * <p>Every {@code from} method writes the value's standard form, which the matching {@code to} method reads back to an
 * equal value. The {@code to} methods validate: text that is not such a form throws an
 * {@link IllegalArgumentException} naming the field, never a silent default (for example {@link TimeZone#getTimeZone}
 * turns an unknown id into GMT, which these methods refuse). A null value throws a {@link NullPointerException} naming
 * the field.
 */
public final class TextConversions {
  /** How many of an enum's constants an error names. */
  private static final int MAX_NAMED_CONSTANTS = 10;
  /** Custom time-zone ids in the normalized form {@link TimeZone#getID()} gives them. */
  private static final Pattern CUSTOM_TIME_ZONE = Pattern.compile("GMT[+-]\\d{2}:\\d{2}");
  private static final Set<String> TIME_ZONE_IDS = Set.of(TimeZone.getAvailableIDs());

  private TextConversions() {}

  /**
   * Returns the BCP 47 language tag of a locale, as {@link Locale#toLanguageTag()} writes it ({@code en-US},
   * {@code sr-Latn-RS}, {@code und} for the root locale).
   *
   * @param v the locale, not null
   * @param field the proto field name, for exception messages
   * @return the language tag
   * @throws IllegalArgumentException if the locale has no language tag that reads back to it (a legacy locale with a
   *     variant BCP 47 cannot express)
   */
  public static String fromLocale(Locale v, String field) {
    nonNull(v, field);
    String tag = v.toLanguageTag();
    if (!Locale.forLanguageTag(tag).equals(v)) {
      throw new IllegalArgumentException("field " + field + ": the locale " + quote(v.toString())
          + " has no BCP 47 language tag that reads back to it");
    }
    return tag;
  }

  /**
   * Reads a well-formed BCP 47 language tag.
   *
   * @param v the tag, not null
   * @param field the proto field name, for exception messages
   * @return the locale
   * @throws IllegalArgumentException if the text is not a well-formed language tag
   */
  public static Locale toLocale(String v, String field) {
    nonNull(v, field);
    try {
      new Locale.Builder().setLanguageTag(v);
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "field " + field + ": " + quote(v) + " is not a BCP 47 language tag, such as en-US", e);
    }
    return Locale.forLanguageTag(v);
  }

  /**
   * Returns the ISO 4217 code of a currency, such as {@code EUR}.
   *
   * @param v the currency, not null
   * @param field the proto field name, for exception messages
   * @return the currency code
   */
  public static String fromCurrency(Currency v, String field) {
    return nonNull(v, field).getCurrencyCode();
  }

  /**
   * Reads an ISO 4217 currency code the JVM knows.
   *
   * @param v the code, not null
   * @param field the proto field name, for exception messages
   * @return the currency
   * @throws IllegalArgumentException if the text is not a known ISO 4217 code
   */
  public static Currency toCurrency(String v, String field) {
    nonNull(v, field);
    try {
      return Currency.getInstance(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "field " + field + ": " + quote(v) + " is not an ISO 4217 currency code, such as EUR", e);
    }
  }

  /**
   * Returns the id of a time zone, such as {@code Europe/Berlin} or {@code GMT+05:30}.
   *
   * @param v the time zone, not null
   * @param field the proto field name, for exception messages
   * @return the id
   */
  public static String fromTimeZone(TimeZone v, String field) {
    return nonNull(v, field).getID();
  }

  /**
   * Reads a time-zone id: one of {@link TimeZone#getAvailableIDs()}, or a custom id in its normalized form
   * {@code GMT+hh:mm}.
   *
   * @param v the id, not null
   * @param field the proto field name, for exception messages
   * @return the time zone
   * @throws IllegalArgumentException if the id names no time zone (where {@link TimeZone#getTimeZone} would silently
   *     answer GMT)
   */
  public static TimeZone toTimeZone(String v, String field) {
    nonNull(v, field);
    if (TIME_ZONE_IDS.contains(v)) {
      return TimeZone.getTimeZone(v);
    }
    if (CUSTOM_TIME_ZONE.matcher(v).matches()) {
      TimeZone zone = TimeZone.getTimeZone(v);
      if (zone.getID().equals(v)) {
        return zone;
      }
    }
    throw new IllegalArgumentException(
        "field " + field + ": " + quote(v) + " is not a time-zone id, such as Europe/Berlin or GMT+05:30");
  }

  /**
   * Returns the id of a zone, such as {@code Europe/Berlin}, {@code +05:30} or {@code UTC+01:00}.
   *
   * @param v the zone, not null
   * @param field the proto field name, for exception messages
   * @return the id
   */
  public static String fromZoneId(ZoneId v, String field) {
    return nonNull(v, field).getId();
  }

  /**
   * Reads a zone id, as {@link ZoneId#of(String)} does.
   *
   * @param v the id, not null
   * @param field the proto field name, for exception messages
   * @return the zone
   * @throws IllegalArgumentException if the text is no zone id
   */
  public static ZoneId toZoneId(String v, String field) {
    nonNull(v, field);
    try {
      return ZoneId.of(v);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "field " + field + ": " + quote(v) + " is not a zone id, such as Europe/Berlin or +05:30", e);
    }
  }

  /**
   * Returns the id of an offset: {@code Z} for UTC, else {@code +hh:mm} or {@code +hh:mm:ss}.
   *
   * @param v the offset, not null
   * @param field the proto field name, for exception messages
   * @return the id
   */
  public static String fromZoneOffset(ZoneOffset v, String field) {
    return nonNull(v, field).getId();
  }

  /**
   * Reads an offset, as {@link ZoneOffset#of(String)} does ({@code Z}, {@code +05:30}, {@code -08}).
   *
   * @param v the id, not null
   * @param field the proto field name, for exception messages
   * @return the offset
   * @throws IllegalArgumentException if the text is no offset within +/-18:00
   */
  public static ZoneOffset toZoneOffset(String v, String field) {
    nonNull(v, field);
    try {
      return ZoneOffset.of(v);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "field " + field + ": " + quote(v) + " is not a zone offset, such as Z or +05:30", e);
    }
  }

  /**
   * Returns the text of a URL, as {@link URL#toExternalForm()} writes it.
   *
   * @param v the URL, not null
   * @param field the proto field name, for exception messages
   * @return the text
   */
  public static String fromUrl(URL v, String field) {
    return nonNull(v, field).toExternalForm();
  }

  /**
   * Reads a URL with a protocol the JVM knows.
   *
   * @param v the text, not null
   * @param field the proto field name, for exception messages
   * @return the URL
   * @throws IllegalArgumentException if the text is no URL
   */
  public static URL toUrl(String v, String field) {
    nonNull(v, field);
    try {
      return new URL(v);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(
          "field " + field + ": " + quote(v) + " is not a URL, such as https://example.com/", e);
    }
  }

  /**
   * Returns the text of a URI, as {@link URI#toString()} writes it.
   *
   * @param v the URI, not null
   * @param field the proto field name, for exception messages
   * @return the text
   */
  public static String fromUri(URI v, String field) {
    return nonNull(v, field).toString();
  }

  /**
   * Reads a URI (RFC 2396, as {@link URI#URI(String)} parses it).
   *
   * @param v the text, not null
   * @param field the proto field name, for exception messages
   * @return the URI
   * @throws IllegalArgumentException if the text is no URI
   */
  public static URI toUri(String v, String field) {
    nonNull(v, field);
    try {
      return new URI(v);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "field " + field + ": " + quote(v) + " is not a URI, such as urn:isbn:0451450523", e);
    }
  }

  /**
   * Returns the ISO-8601 text of a period, as {@link Period#toString()} writes it ({@code P1Y2M3D}, {@code P-1M},
   * {@code P0D}). Years, months and days travel separately: {@code P14M} stays fourteen months.
   *
   * @param v the period, not null
   * @param field the proto field name, for exception messages
   * @return the text
   */
  public static String fromPeriod(Period v, String field) {
    return nonNull(v, field).toString();
  }

  /**
   * Reads an ISO-8601 period, as {@link Period#parse} does; weeks ({@code P2W}) read as days.
   *
   * @param v the text, not null
   * @param field the proto field name, for exception messages
   * @return the period
   * @throws IllegalArgumentException if the text is no ISO-8601 period
   */
  public static Period toPeriod(String v, String field) {
    nonNull(v, field);
    try {
      return Period.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "field " + field + ": " + quote(v) + " is not an ISO-8601 period, such as P1Y2M3D", e);
    }
  }

  /** The enum constant's name, for a map keyed by an enum (proto map keys cannot be enums). */
  public static String fromEnumName(Enum<?> v, String field) {
    return nonNull(v, field).name();
  }

  /**
   * The constant of {@code type} named {@code v}; a name that is none of them throws an
   * {@link IllegalArgumentException} naming the field and (some of) the constants.
   */
  public static <E extends Enum<E>> E toEnumName(Class<E> type, String v, String field) {
    nonNull(v, field);
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      E[] constants = type.getEnumConstants();
      StringBuilder names = new StringBuilder();
      for (int i = 0; i < Math.min(constants.length, MAX_NAMED_CONSTANTS); i++) {
        names.append(i == 0 ? "" : ", ").append(constants[i].name());
      }
      if (constants.length > MAX_NAMED_CONSTANTS) {
        names.append(", ...");
      }
      throw new IllegalArgumentException(
          "field " + field + ": " + quote(v) + " is not a constant of " + type.getSimpleName() + " (" + names + ")");
    }
  }
}
