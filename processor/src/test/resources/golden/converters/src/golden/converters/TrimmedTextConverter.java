package golden.converters;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Any text, stored trimmed. */
@Converter
public class TrimmedTextConverter implements AttributeConverter<CharSequence, String> {
  @Override
  public String convertToDatabaseColumn(CharSequence attribute) {
    return attribute.toString().strip();
  }

  @Override
  public CharSequence convertToEntityAttribute(String dbData) {
    return dbData;
  }
}
