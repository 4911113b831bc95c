package golden.crm;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** One line of a deal. */
@Entity
public class DealLine {
  @EmbeddedId DealLineId id;

  /** The deal, whose id is the key's deal id. */
  @MapsId("dealId")
  @ManyToOne
  Deal deal;

  int quantity;
}
