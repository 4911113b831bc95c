package golden.crm;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** What only some deals have, sharing the deal's primary key. */
@Entity
public class DealDetails {
  @Id Long id;

  /** The deal; its id is this entity's id. */
  @MapsId
  @OneToOne
  Deal deal;

  String notes;
}
