package golden.converters;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Booleans as "Y" and "N", as legacy schemas keep them. */
@Converter(autoApply = true)
public class YesNoConverter implements AttributeConverter<Boolean, String> {
  @Override
  public String convertToDatabaseColumn(Boolean attribute) {
    return attribute ? "Y" : "N";
  }

  @Override
  public Boolean convertToEntityAttribute(String dbData) {
    return "Y".equals(dbData);
  }
}
