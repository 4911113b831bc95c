package realistic.helpdesk.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * An entity that records when it was created and last changed, with optimistic locking.
 *
 * @param <ID> the id type
 */
@MappedSuperclass
public abstract class AuditableEntity<ID extends Serializable> extends AbstractEntity<ID> {

  /** When the row was inserted. */
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** When the row was last updated; unset until the first update. */
  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  private Long version;

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  public Long getVersion() {
    return version;
  }
}
