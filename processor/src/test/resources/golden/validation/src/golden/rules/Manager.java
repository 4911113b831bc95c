package golden.rules;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An account manager, identified by a natural key. */
@Entity
public class Manager {
  /** The manager's employee number. */
  @Id @jakarta.persistence.Column(length = 8) String employeeNumber;
}
