package golden.converters;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Every Sku of the model, as its code. */
@Converter(autoApply = true)
public class SkuConverter implements AttributeConverter<Sku, String> {
  @Override
  public String convertToDatabaseColumn(Sku attribute) {
    return attribute.code();
  }

  @Override
  public Sku convertToEntityAttribute(String dbData) {
    return new Sku(dbData);
  }
}
