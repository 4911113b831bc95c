package io.jpaproto.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OrderByTest {
  private static final Map<String, String> SORTABLE =
      Map.of("id", "id", "title", "title", "published_on", "publishedOn", "author_id", "author.id");

  @Test
  void anEmptyOrderSortsByIdAlone() {
    assertEquals(List.of(new OrderBy.Key("id", true)), OrderBy.parse("", SORTABLE, "id").keys());
    assertEquals(List.of(new OrderBy.Key("id", true)), OrderBy.parse("  ", SORTABLE, "id").keys());
  }

  @Test
  void keysKeepTheirOrderAndDirectionAndTheIdBreaksTies() {
    assertEquals(
        List.of(new OrderBy.Key("publishedOn", false), new OrderBy.Key("title", true),
            new OrderBy.Key("author.id", true), new OrderBy.Key("id", true)),
        OrderBy.parse("published_on desc,title ASC ,  author_id", SORTABLE, "id").keys());
  }

  @Test
  void anExplicitIdIsNotRepeated() {
    assertEquals(List.of(new OrderBy.Key("id", false), new OrderBy.Key("title", true)),
        OrderBy.parse("id desc, title", SORTABLE, "id").keys());
  }

  @Test
  void anUnknownFieldNamesTheFieldsThatCanBeUsed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OrderBy.parse("titel", SORTABLE, "id"));
    assertEquals("order_by \"titel\": cannot sort by \"titel\"; fields: author_id, id, published_on, title",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"title up", "title desc extra", "title,", ",title", "title, title desc", "title;id"})
  void malformedTextIsRefused(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OrderBy.parse(text, SORTABLE, "id"));
    assertTrue(e.getMessage().startsWith("order_by \"" + text + "\""), e.getMessage());
  }

  @Test
  void theCanonicalTextIgnoresSpellingAndSpaces() {
    assertEquals(OrderBy.parse("title desc", SORTABLE, "id").canonical(),
        OrderBy.parse("  title   DESC ", SORTABLE, "id").canonical());
    assertEquals(OrderBy.parse("title", SORTABLE, "id").canonical(),
        OrderBy.parse("title asc, id", SORTABLE, "id").canonical());
  }
}
