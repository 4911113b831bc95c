package golden.crm;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A note on a deal, keyed the JPA 1 way: the key holds the deal's id, the relation reads the same column. */
@Entity
public class DealNote {
  @EmbeddedId DealNoteId id;

  /** The deal, read-only: its column belongs to the key. */
  @ManyToOne
  @JoinColumn(name = "deal_id", insertable = false, updatable = false)
  Deal deal;

  String text;
}
