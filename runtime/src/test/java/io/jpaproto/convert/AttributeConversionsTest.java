package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.persistence.AttributeConverter;
import org.junit.jupiter.api.Test;

class AttributeConversionsTest {
  /** Upper-case text in the column; refuses lower case on the way back, maps "NULL" to null. */
  static final class Shouting implements AttributeConverter<String, String> {
    @Override
    public String convertToDatabaseColumn(String attribute) {
      return attribute.equals("none") ? null : attribute.toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String convertToEntityAttribute(String column) {
      if (!column.equals(column.toUpperCase(java.util.Locale.ROOT))) {
        throw new IllegalStateException("not upper case: " + column);
      }
      return column.equals("NULL") ? null : column.toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Shouting converter = new Shouting();

  @Test
  void convertsBothWays() {
    assertEquals("HELLO", AttributeConversions.toColumn(converter, "hello", "greeting"));
    assertEquals("hello", AttributeConversions.toAttribute(converter, "HELLO", "greeting"));
  }

  @Test
  void aFailingConverterNamesTheFieldAndKeepsTheCause() {
    IllegalArgumentException thrown = assertThrowsWith(IllegalArgumentException.class,
        () -> AttributeConversions.toAttribute(converter, "hello", "greeting"), "field greeting",
        Shouting.class.getName(), "not upper case");
    assertSame(IllegalStateException.class, thrown.getCause().getClass());
  }

  @Test
  void aConverterThatAnswersNullForAValueIsRefused() {
    assertThrowsWith(IllegalArgumentException.class, () -> AttributeConversions.toColumn(converter, "none", "g"),
        "field g", "converted a non-null attribute value to null");
    assertThrowsWith(IllegalArgumentException.class,
        () -> AttributeConversions.toAttribute(converter, "NULL", "g"), "field g", "converted a present value to null");
  }
}
