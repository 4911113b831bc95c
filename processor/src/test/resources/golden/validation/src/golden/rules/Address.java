package golden.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** A postal address. */
@Embeddable
public class Address {
  /** The street and number. */
  @Column(nullable = false, length = 200) String street;

  /** The postal code. */
  @Size(min = 3, max = 10) String postalCode;
}
