package io.jpaproto.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {
  @Test
  void variablesMatchOneSegmentAndArePercentDecoded() {
    PathTemplate template = PathTemplate.parse("/v1/shelves/{shelf}/books/{id}");
    assertEquals(Map.of("shelf", "sci fi/é", "id", "7"), template.match("/v1/shelves/sci%20fi%2F%C3%A9/books/7"));
    assertNull(template.match("/v1/shelves/a/books"));
    assertNull(template.match("/v1/shelves/a/books/7/x"));
    assertNull(template.match("/v1/shelves//books/7"), "an empty segment is no value");
    assertNull(template.match("/v2/shelves/a/books/7"));
  }

  @Test
  void variablesWithSegmentsDottedPathsAndVerbs() {
    assertEquals(Map.of("name", "shelves/s1"), PathTemplate.parse("/v1/{name=shelves/*}").match("/v1/shelves/s1"));
    assertNull(PathTemplate.parse("/v1/{name=shelves/*}").match("/v1/racks/s1"));
    assertEquals(Map.of("book.id", "3"), PathTemplate.parse("/v1/books/{book.id}").match("/v1/books/3"));
    assertEquals(Map.of("path", "a/b%2Fc"), PathTemplate.parse("/files/{path=**}").match("/files/a/b%2Fc"));
    PathTemplate verb = PathTemplate.parse("/v1/sessions:login");
    assertEquals(Map.of(), verb.match("/v1/sessions:login"));
    assertNull(verb.match("/v1/sessions"));
    assertEquals(Map.of("id", "4"), PathTemplate.parse("/v1/books/{id}:archive").match("/v1/books/4:archive"));
  }

  @Test
  void literalsAreMoreSpecificThanVariables() {
    assertTrue(PathTemplate.parse("/v1/books:stream").specificity() > PathTemplate.parse("/v1/{id}").specificity());
    assertTrue(PathTemplate.parse("/v1/books/x").specificity() > PathTemplate.parse("/v1/books/{id}").specificity());
  }

  @Test
  void malformedTemplatesAreRefusedSayingWhy() {
    assertEquals("path template v1/books does not start with /",
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("v1/books")).getMessage());
    assertEquals("path template /v1/{id has a '{' without '}'",
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/v1/{id")).getMessage());
    assertEquals("path template /v1/{=x} has a variable without a field path: {=x}",
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/v1/{=x}")).getMessage());
    assertEquals("path template /v1/**/x has '**' before its last segment",
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/v1/**/x")).getMessage());
    assertEquals("path template /v1//x has an empty or malformed segment",
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/v1//x")).getMessage());
  }
}
