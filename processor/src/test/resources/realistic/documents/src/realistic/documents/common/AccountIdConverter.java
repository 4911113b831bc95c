package realistic.documents.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/** Stores every {@link AccountId} of the model as its UUID, with no annotation on the attributes. */
@Converter(autoApply = true)
public class AccountIdConverter implements AttributeConverter<AccountId, UUID> {
  @Override
  public UUID convertToDatabaseColumn(AccountId attribute) {
    return attribute == null ? null : attribute.value();
  }

  @Override
  public AccountId convertToEntityAttribute(UUID dbData) {
    return dbData == null ? null : new AccountId(dbData);
  }
}
