package golden.wiki;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;

/** A wiki page: its slug is required and its owner too, by the overrides of this table. */
@Entity
@AttributeOverride(name = "slug", column = @Column(name = "page_slug", nullable = false, length = 80))
@AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "page_owner_id", nullable = false))
public class Page extends OwnedEntity<java.util.UUID> {
  /** A page title is required: this field hides the superclass's and is the more specific mapping. */
  @Column(nullable = false, length = 120)
  protected String title;

  String body;
}
