package realistic.documents.common;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** The id, version, audit accounts and free-form metadata every document-like entity has (Panache style fields). */
@MappedSuperclass
public abstract class Audited {
  @Id
  @GeneratedValue
  public Long id;

  @Version
  public long version;

  /** The account that created the row (auto-converted to its UUID). */
  @Column(name = "created_by", nullable = false)
  public AccountId createdBy;

  /** The account that changed it last. */
  @Column(name = "updated_by")
  public AccountId updatedBy;

  /** Free-form metadata clients attach, a JSON document. */
  @Lob
  @Convert(converter = JsonConverter.class)
  public Object metadata;

  /**
   * The id, through the getter: a relation to this entity may hold a provider's lazy proxy, whose fields are not the
   * entity's (only its methods reach the real state, or the id the proxy was created with).
   */
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
