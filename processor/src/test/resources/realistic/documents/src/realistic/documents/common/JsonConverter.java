package realistic.documents.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a JSON document (maps, lists and scalars) as its text; the one converter of every document column. */
@Converter
public class JsonConverter implements AttributeConverter<Object, String> {
  @Override
  public String convertToDatabaseColumn(Object attribute) {
    return attribute == null ? null : Json.write(attribute);
  }

  @Override
  public Object convertToEntityAttribute(String dbData) {
    return dbData == null ? null : Json.read(dbData);
  }
}
