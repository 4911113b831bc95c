package realistic.documents.common;

import java.util.Objects;
import java.util.UUID;

/** The id of an account of the identity service: a value type, so an account id is never mixed up with a UUID. */
public record AccountId(UUID value) {
  public AccountId {
    Objects.requireNonNull(value, "value");
  }

  public static AccountId random() {
    return new AccountId(UUID.randomUUID());
  }
}
