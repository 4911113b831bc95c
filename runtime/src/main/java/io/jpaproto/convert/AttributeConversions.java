package io.jpaproto.convert;

import jakarta.persistence.AttributeConverter;

/**
 * Calls an entity's JPA {@link AttributeConverter} for a generated mapper, which then converts the database-side value
 * to proto as the type table says. A converter that fails, or that turns a value into {@code null} (which a present
 * proto field cannot carry back), fails naming the proto field.
 */
public final class AttributeConversions {
  private AttributeConversions() {
  }

  /**
   * The database-side value of a non-null attribute value, as JPA would store it.
   *
   * @param converter the converter the entity declares
   * @param value the attribute value, not null
   * @param field the proto field name, for the exception message
   * @param <X> the attribute type
   * @param <Y> the database-side type
   * @return the converted value, never null
   * @throws IllegalArgumentException naming the field if the converter throws or returns null
   */
  public static <X, Y> Y toColumn(AttributeConverter<X, Y> converter, X value, String field) {
    Y column;
    try {
      column = converter.convertToDatabaseColumn(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "field " + field + ": " + converter.getClass().getName() + " cannot convert the attribute value: " + e, e);
    }
    if (column == null) {
      throw new IllegalArgumentException("field " + field + ": " + converter.getClass().getName()
          + " converted a non-null attribute value to null, which the field cannot carry");
    }
    return column;
  }

  /**
   * The attribute value of a database-side value read from a present proto field, as JPA would load it.
   *
   * @param converter the converter the entity declares
   * @param column the database-side value, not null
   * @param field the proto field name, for the exception message
   * @param <X> the attribute type
   * @param <Y> the database-side type
   * @return the attribute value, never null
   * @throws IllegalArgumentException naming the field if the converter throws (malformed input) or returns null
   */
  public static <X, Y> X toAttribute(AttributeConverter<X, Y> converter, Y column, String field) {
    X value;
    try {
      value = converter.convertToEntityAttribute(column);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "field " + field + ": " + converter.getClass().getName() + " cannot convert the value: " + e, e);
    }
    if (value == null) {
      throw new IllegalArgumentException("field " + field + ": " + converter.getClass().getName()
          + " converted a present value to null");
    }
    return value;
  }
}
