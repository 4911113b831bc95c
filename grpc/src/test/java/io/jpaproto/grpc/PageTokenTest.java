package io.jpaproto.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageTokenTest {
  private static final Map<String, String> SORTABLE = Map.of("id", "id", "title", "title");

  @Test
  void anEmptyTokenIsTheFirstPage() {
    assertEquals(0, PageToken.decode("", 42));
  }

  @Test
  void offsetsRoundTrip() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      long offset = i < 100 ? i + 1 : 1 + random.nextLong(Long.MAX_VALUE - 1);
      long fingerprint = random.nextLong();
      String token = PageToken.encode(offset, fingerprint);
      assertEquals(offset, PageToken.decode(token, fingerprint), token);
    }
  }

  @Test
  void aTokenOfAnotherQueryIsRefused() {
    long ordered = PageToken.fingerprint("Book", OrderBy.parse("title", SORTABLE, "id"), new byte[0]);
    long reversed = PageToken.fingerprint("Book", OrderBy.parse("title desc", SORTABLE, "id"), new byte[0]);
    long filtered = PageToken.fingerprint("Book", OrderBy.parse("title", SORTABLE, "id"), new byte[] {10, 1, 65});
    assertNotEquals(ordered, reversed);
    assertNotEquals(ordered, filtered);
    String token = PageToken.encode(20, ordered);
    assertEquals(20, PageToken.decode(token, ordered));
    assertThrows(IllegalArgumentException.class, () -> PageToken.decode(token, reversed));
    assertThrows(IllegalArgumentException.class, () -> PageToken.decode(token, filtered));
  }

  @Test
  void aTokenOfAnotherEntityWithTheSameQueryIsRefused() {
    long books = PageToken.fingerprint("Book", OrderBy.parse("", SORTABLE, "id"), new byte[0]);
    long authors = PageToken.fingerprint("Author", OrderBy.parse("", SORTABLE, "id"), new byte[0]);
    assertNotEquals(books, authors);
    assertThrows(IllegalArgumentException.class, () -> PageToken.decode(PageToken.encode(5, books), authors));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "not a token", "AAAA", "====", "%%%"})
  void garbageIsRefusedWithAnExplanation(String token) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PageToken.decode(token, 1));
    assertEquals("page_token is not a token this service issued for this order_by and filter; list again without "
        + "a page_token", e.getMessage());
  }

  @Test
  void aTruncatedOrExtendedTokenIsRefused() {
    String token = PageToken.encode(300, 5);
    byte[] bytes = Base64.getUrlDecoder().decode(token);
    String truncated = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(java.util.Arrays.copyOf(bytes, bytes.length - 1));
    String extended = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(java.util.Arrays.copyOf(bytes, bytes.length + 1));
    assertThrows(IllegalArgumentException.class, () -> PageToken.decode(truncated, 5));
    assertThrows(IllegalArgumentException.class, () -> PageToken.decode(extended, 5));
  }

  @Test
  void aZeroOffsetTokenIsNeverIssuedAndRefused() {
    assertThrows(IllegalArgumentException.class, () -> PageToken.decode(PageToken.encode(0, 9), 9));
  }

  @Test
  void tokensAreUrlSafe() {
    String token = PageToken.encode(Long.MAX_VALUE, -1);
    assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
  }
}
