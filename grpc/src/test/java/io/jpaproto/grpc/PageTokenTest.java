package io.jpaproto.grpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageTokenTest {
  private static final Map<String, String> SORTABLE = Map.of("id", "id", "title", "title");
  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8);
  private static final PageToken TOKENS = new PageToken(KEY);
  private static final byte[] SCOPE = PageToken.scope("Book", OrderBy.parse("title", SORTABLE, "id"), new byte[0]);

  enum Genre { POETRY, PROSE }

  @Test
  void anEmptyTokenIsTheFirstPage() {
    assertSame(PageToken.Start.FIRST, TOKENS.decode("", SCOPE));
    assertTrue(PageToken.Start.FIRST.isFirst());
  }

  @Test
  void theOrderValuesOfEverySortableTypeRoundTripExactly() {
    List<Object> values = List.of("titel \u00e9\uD83D\uDE00", Long.MIN_VALUE, Integer.MAX_VALUE, (short) -3, (byte) 7,
        -0.0d, Float.NaN, true, 'q', new BigDecimal("-12.5500"), new BigInteger("123456789012345678901234567890"),
        UUID.fromString("f0000000-0000-4000-8000-00000000000f"), Genre.PROSE, Instant.parse("1969-12-31T23:59:59.999999999Z"),
        LocalDate.of(-44, 3, 15), LocalDateTime.of(2026, 1, 2, 3, 4, 5, 6), LocalTime.of(23, 59, 59, 999_999_999),
        OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 6, ZoneOffset.ofHours(-3)),
        ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 0, ZoneId.of("Europe/Berlin")),
        OffsetTime.of(1, 2, 3, 4, ZoneOffset.ofHoursMinutes(5, 30)), Duration.ofSeconds(-5, 7),
        java.sql.Timestamp.valueOf("2026-01-02 03:04:05.123456789"), java.sql.Date.valueOf("2026-01-02"),
        java.sql.Time.valueOf("03:04:05"), new java.util.Date(-1), java.time.Year.of(-5));
    List<Object> withNull = new ArrayList<>(values);
    withNull.add(null);
    List<Class<?>> types = new ArrayList<>();
    values.forEach(value -> types.add(value.getClass()));
    types.add(String.class);

    PageToken.Start start = TOKENS.decode(TOKENS.after(withNull, SCOPE), SCOPE);
    assertTrue(start.isKeyset());
    List<Object> decoded = start.values(types);
    assertEquals(withNull.size(), decoded.size());
    for (int i = 0; i < values.size(); i++) {
      assertEquals(values.get(i), decoded.get(i), "value " + i);
      assertEquals(values.get(i).getClass(), decoded.get(i).getClass(), "value " + i);
    }
    assertEquals(((BigDecimal) values.get(9)).scale(), ((BigDecimal) decoded.get(9)).scale());
    assertNull(decoded.get(values.size()));
    assertEquals(Double.doubleToRawLongBits(-0.0d), Double.doubleToRawLongBits((Double) decoded.get(5)));
    assertArrayEquals(start.values(), PageToken.startAfter(withNull).values());
    // A primitive attribute's type reads its wrapper.
    assertEquals(List.of(5L), TOKENS.decode(TOKENS.after(List.of(5L), SCOPE), SCOPE).values(List.of(long.class)));
  }

  @Test
  void aValueATokenCannotCarryGivesNoKeysetToken() {
    assertNull(TOKENS.after(List.of(new StringBuilder("x"), 1L), SCOPE));
    assertNull(PageToken.startAfter(List.of(new Object())));
    PageToken.Start start = TOKENS.decode(TOKENS.offset(40, SCOPE), SCOPE);
    assertEquals(40, start.offset());
    assertTrue(!start.isKeyset() && !start.isFirst());
  }

  @Test
  void valuesOfOtherTypesAreRefused() {
    PageToken.Start start = TOKENS.decode(TOKENS.after(List.of("a", 1L), SCOPE), SCOPE);
    assertThrows(IllegalArgumentException.class, () -> start.values(List.of(Long.class, Long.class)));
    assertThrows(IllegalArgumentException.class, () -> start.values(List.of(String.class)));
    assertThrows(IllegalArgumentException.class, () -> start.values(List.of(String.class, Long.class, Long.class)));
  }

  @Test
  void aTokenOfAnotherQueryEntityOrKeyIsRefused() {
    byte[] reversed = PageToken.scope("Book", OrderBy.parse("title desc", SORTABLE, "id"), new byte[0]);
    byte[] filtered = PageToken.scope("Book", OrderBy.parse("title", SORTABLE, "id"), new byte[] {10, 1, 65});
    byte[] authors = PageToken.scope("Author", OrderBy.parse("title", SORTABLE, "id"), new byte[0]);
    String token = TOKENS.after(List.of("m", 20L), SCOPE);
    for (byte[] other : List.of(reversed, filtered, authors)) {
      assertThrows(IllegalArgumentException.class, () -> TOKENS.decode(token, other));
    }
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;
    assertThrows(IllegalArgumentException.class, () -> new PageToken(otherKey).decode(token, SCOPE));
    String offset = TOKENS.offset(20, SCOPE);
    assertThrows(IllegalArgumentException.class, () -> TOKENS.decode(offset, reversed));
  }

  @Test
  void everyEditedByteIsRefused() {
    for (String token : List.of(TOKENS.after(List.of("m", 20L), SCOPE), TOKENS.offset(300, SCOPE))) {
      byte[] bytes = Base64.getUrlDecoder().decode(token);
      for (int i = 0; i < bytes.length; i++) {
        for (int bit = 0; bit < 8; bit++) {
          byte[] edited = bytes.clone();
          edited[i] ^= (byte) (1 << bit);
          String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(edited);
          assertThrows(IllegalArgumentException.class, () -> TOKENS.decode(forged, SCOPE), "byte " + i);
        }
      }
      String truncated = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(bytes, bytes.length - 1));
      String extended = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(bytes, bytes.length + 1));
      assertThrows(IllegalArgumentException.class, () -> TOKENS.decode(truncated, SCOPE));
      assertThrows(IllegalArgumentException.class, () -> TOKENS.decode(extended, SCOPE));
      assertThrows(IllegalArgumentException.class, () -> TOKENS.decode(token + "=", SCOPE));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "not a token", "AAAA", "====", "%%%", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
  void garbageIsRefusedWithAnExplanation(String token) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TOKENS.decode(token, SCOPE));
    assertEquals("page_token is not a token this service issued for this order_by and filter; list again without "
        + "a page_token", e.getMessage());
  }

  @Test
  void aHugeTokenIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> TOKENS.decode("A".repeat(40_000), SCOPE));
  }

  @Test
  void tokensAreUrlSafeAndKeysShort() {
    String token = TOKENS.after(List.of("\u00ff".repeat(50), Long.MAX_VALUE), SCOPE);
    assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
    assertThrows(IllegalArgumentException.class, () -> new PageToken(new byte[31]));
  }
}
