package golden.common;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** Ids, versions and audit times shared by all entities. */
@MappedSuperclass
public abstract class BaseEntity<ID extends Serializable> {
  /** The primary key. */
  @Id protected ID id;

  @Version protected Long version;

  /** When the row was created. */
  protected Instant createdAt;

  public ID getId() {
    return id;
  }

  public void setId(ID id) {
    this.id = id;
  }

  public Long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
