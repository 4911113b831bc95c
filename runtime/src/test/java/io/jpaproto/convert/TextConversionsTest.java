package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.URL;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextConversionsTest {

  @Test
  void everyAvailableLocaleWithATagRoundTrips() {
    int tagged = 0;
    for (Locale locale : Locale.getAvailableLocales()) {
      if (!Locale.forLanguageTag(locale.toLanguageTag()).equals(locale)) {
        assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.fromLocale(locale, "locale"),
            "field locale", "has no BCP 47 language tag");
        continue;
      }
      tagged++;
      String tag = TextConversions.fromLocale(locale, "locale");
      assertEquals(locale.toLanguageTag(), tag);
      assertEquals(locale, TextConversions.toLocale(tag, "locale"), tag);
    }
    assertEquals(true, tagged > 100, "only " + tagged + " locales have tags");
  }

  enum Priority { LOW, NORMAL, HIGH }

  @Test
  void enumMapKeysAreTheConstantsNamesAndOnlyThoseAreRead() {
    for (Priority priority : Priority.values()) {
      assertEquals(priority,
          TextConversions.toEnumName(Priority.class, TextConversions.fromEnumName(priority, "k"), "k"));
    }
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toEnumName(Priority.class, "low", "k"),
        "field k: \"low\" is not a constant of Priority (LOW, NORMAL, HIGH)");
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toEnumName(Priority.class, "1", "k"),
        "field k");
    assertThrowsWith(NullPointerException.class, () -> TextConversions.toEnumName(Priority.class, null, "k"),
        "field k");
  }

  @Test
  void localesAreTheirLanguageTags() {
    assertEquals("en-US", TextConversions.fromLocale(Locale.US, "l"));
    assertEquals("sr-Latn-RS", TextConversions.fromLocale(Locale.forLanguageTag("sr-Latn-RS"), "l"));
    assertEquals("und", TextConversions.fromLocale(Locale.ROOT, "l"));
    assertEquals(Locale.ROOT, TextConversions.toLocale("und", "l"));
    assertEquals(Locale.CANADA_FRENCH, TextConversions.toLocale("fr-CA", "l"));
  }

  @Test
  void aLocaleWithoutAFaithfulTagIsRefusedRatherThanChanged() {
    // A three-letter country code, a one-letter language and Norway's legacy nynorsk variant have tags that read
    // back to another locale (en, _US, nn_NO).
    for (Locale legacy : new Locale[] {new Locale("en", "USA"), new Locale("x", "US"), new Locale("no", "NO", "NY")}) {
      assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.fromLocale(legacy, "locale"),
          "field locale", legacy.toString(), "has no BCP 47 language tag that reads back to it");
    }
    // Legacy variants Java can express (x-lvariant) travel.
    Locale japanese = new Locale("ja", "JP", "JP");
    assertEquals(japanese, TextConversions.toLocale(TextConversions.fromLocale(japanese, "l"), "l"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "en_US", "en-", "-US", "toolonglanguage", "en-US-", "x"})
  void malformedLanguageTagsAreRefusedNamingTheField(String tag) {
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toLocale(tag, "locale"),
        "field locale", "is not a BCP 47 language tag");
  }

  @Test
  void everyCurrencyRoundTripsByItsCode() {
    for (Currency currency : Currency.getAvailableCurrencies()) {
      String code = TextConversions.fromCurrency(currency, "currency");
      assertEquals(currency.getCurrencyCode(), code);
      assertEquals(currency, TextConversions.toCurrency(code, "currency"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "eur", "EURO", "XYZ", "€"})
  void unknownCurrencyCodesAreRefused(String code) {
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toCurrency(code, "currency"),
        "field currency", "is not an ISO 4217 currency code");
  }

  @Test
  void everyTimeZoneRoundTripsByItsId() {
    for (String id : TimeZone.getAvailableIDs()) {
      TimeZone zone = TimeZone.getTimeZone(id);
      assertEquals(zone, TextConversions.toTimeZone(TextConversions.fromTimeZone(zone, "tz"), "tz"), id);
    }
    TimeZone custom = TimeZone.getTimeZone("GMT+5:30");
    assertEquals("GMT+05:30", TextConversions.fromTimeZone(custom, "tz"));
    assertEquals(custom, TextConversions.toTimeZone("GMT+05:30", "tz"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Europe/Nowhere", "GMT+5:30", "GMT+25:00", "utc", "+05:30"})
  void unknownTimeZoneIdsAreRefusedNotReadAsGmt(String id) {
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toTimeZone(id, "tz"),
        "field tz", "is not a time-zone id");
  }

  @Test
  void everyZoneIdAndRandomOffsetsRoundTrip() {
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZoneId zone = ZoneId.of(id);
      assertEquals(zone, TextConversions.toZoneId(TextConversions.fromZoneId(zone, "zone"), "zone"));
    }
    SplittableRandom random = TestSupport.random();
    for (int i = 0; i < TestSupport.CASES; i++) {
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1));
      String id = TextConversions.fromZoneOffset(offset, "offset");
      assertEquals(offset, TextConversions.toZoneOffset(id, "offset"), at(i, offset));
      assertEquals(offset, TextConversions.toZoneId(TextConversions.fromZoneId(offset, "zone"), "zone"),
          at(i, offset));
    }
    assertEquals("Z", TextConversions.fromZoneOffset(ZoneOffset.UTC, "offset"));
  }

  @Test
  void malformedZonesAndOffsetsAreRefused() {
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toZoneId("Mars/Olympus", "zone"),
        "field zone", "is not a zone id");
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toZoneOffset("+19:00", "offset"),
        "field offset", "is not a zone offset");
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toZoneOffset("Europe/Berlin", "offset"),
        "field offset");
  }

  @Test
  void urlsAndUrisRoundTripAsText() throws Exception {
    for (String text : new String[] {"https://example.com/", "http://user@h.example:8080/a%20b?q=1#frag",
        "ftp://h.example/%E2%82%AC", "file:/tmp/x", "jar:file:/a.jar!/b"}) {
      URL url = new URL(text);
      assertEquals(text, TextConversions.fromUrl(url, "url"));
      assertEquals(url.toExternalForm(), TextConversions.toUrl(text, "url").toExternalForm());
      URI uri = new URI(text);
      assertEquals(text, TextConversions.fromUri(uri, "uri"));
      assertEquals(uri, TextConversions.toUri(text, "uri"));
    }
    assertEquals(URI.create("urn:isbn:0451450523"), TextConversions.toUri("urn:isbn:0451450523", "uri"));
  }

  @Test
  void malformedUrlsAndUrisAreRefused() {
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toUrl("nope://x", "url"),
        "field url", "is not a URL");
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toUrl("", "url"), "field url");
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toUri("a b", "uri"),
        "field uri", "is not a URI");
  }

  @Test
  void periodsKeepYearsMonthsAndDaysApart() {
    SplittableRandom random = TestSupport.random();
    for (int i = 0; i < TestSupport.CASES; i++) {
      Period period = Period.of(random.nextInt(), random.nextInt(), random.nextInt());
      String text = TextConversions.fromPeriod(period, "period");
      Period back = TextConversions.toPeriod(text, "period");
      assertEquals(period, back, at(i, period));
      assertEquals(period.getMonths(), back.getMonths(), at(i, period));
    }
    assertEquals("P14M", TextConversions.fromPeriod(Period.ofMonths(14), "period"));
    assertEquals("P0D", TextConversions.fromPeriod(Period.ZERO, "period"));
    assertEquals(Period.ofDays(14), TextConversions.toPeriod("P2W", "period"));
    assertThrowsWith(IllegalArgumentException.class, () -> TextConversions.toPeriod("1 year", "period"),
        "field period", "is not an ISO-8601 period");
  }

  @Test
  void nullsAreRefusedNamingTheField() {
    assertThrowsWith(NullPointerException.class, () -> TextConversions.fromLocale(null, "f"), "field f");
    assertThrowsWith(NullPointerException.class, () -> TextConversions.toCurrency(null, "f"), "field f");
    assertThrows(NullPointerException.class, () -> TextConversions.toPeriod(null, "f"));
  }
}
