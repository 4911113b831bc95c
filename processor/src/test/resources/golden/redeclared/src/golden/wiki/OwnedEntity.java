package golden.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/** Something an author owns, with a display title. */
@MappedSuperclass
public abstract class OwnedEntity<ID extends Serializable> extends BaseEntity<ID> {
  /** The title shown in lists. */
  @Column(length = 200)
  protected String title;

  protected String slug;

  /** Who owns it. */
  @ManyToOne
  @JoinColumn(name = "owner_id")
  protected Author owner;
}
