package golden.converters;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** JSON text of a document (only its shape matters here). */
@Converter
public class JsonConverter implements AttributeConverter<Object, String> {
  @Override
  public String convertToDatabaseColumn(Object attribute) {
    return String.valueOf(attribute);
  }

  @Override
  public Object convertToEntityAttribute(String dbData) {
    return dbData;
  }
}
