package io.jpaproto.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextsTest {
  private static final String LONG = "x".repeat(40_000);

  @Test
  void shortTextIsQuotedAsItIs() {
    assertEquals("\"name\"", Texts.quote("name"));
    assertEquals("\"" + "y".repeat(200) + "\"", Texts.quote("y".repeat(200)));
  }

  @Test
  void longTextIsCutToTwoHundredCharactersWithAnEllipsis() {
    assertEquals("\"" + "x".repeat(200) + "\u2026\"", Texts.quote(LONG));
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "a".repeat(199) + "\uD83D\uDE00" + "b";
    assertEquals("a".repeat(199) + "\u2026", Texts.cut(text, 200));
  }

  @Test
  void limitShortensEveryQuotedRunAndTheWhole() {
    String mask = "update mask path \"" + LONG + "\" names no field of Item; valid paths: name, owner";
    assertEquals("update mask path \"" + "x".repeat(200) + "\u2026\" names no field of Item; valid paths: name, owner",
        Texts.limit(mask));
    String unclosed = "value \"" + LONG;
    assertEquals("value \"" + "x".repeat(200) + "\u2026", Texts.limit(unclosed));
    String unquoted = "field f: " + LONG;
    assertEquals(Texts.MAX_DESCRIPTION + 1, Texts.limit(unquoted).length());
    assertEquals("short \"text\"", Texts.limit("short \"text\""));
  }

  @Test
  void statusesLimitEveryDescription() {
    Status invalid = Statuses.of(new IllegalArgumentException("field f: \"" + LONG + "\" is bad"));
    assertEquals(Status.Code.INVALID_ARGUMENT, invalid.getCode());
    assertTrue(invalid.getDescription().length() < 250, invalid.getDescription());
    Status thrown = Statuses.of(Status.PERMISSION_DENIED.withDescription(LONG).asRuntimeException());
    assertEquals(Status.Code.PERMISSION_DENIED, thrown.getCode());
    assertTrue(thrown.getDescription().length() <= Texts.MAX_DESCRIPTION + 1, thrown.getDescription());
  }

  @Test
  void orderByEchoesNoMoreThanTwoHundredCharacters() {
    Map<String, String> sortable = Map.of("id", "id", "name", "name");
    for (String text : new String[] {LONG, "name " + LONG, "name," + "name,".repeat(8_000), LONG + " desc",
        "name " + "asc ".repeat(10_000)}) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> OrderBy.parse(text, sortable, "id"));
      assertTrue(e.getMessage().length() < 500, e.getMessage().length() + ": " + e.getMessage());
      assertTrue(e.getMessage().startsWith("order_by \""), e.getMessage());
    }
  }
}
