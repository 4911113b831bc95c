package realistic.helpdesk.common;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.Objects;

/**
 * The root of every entity: a generated id of the type the entity chooses.
 *
 * @param <ID> the id type
 */
@MappedSuperclass
public abstract class AbstractEntity<ID extends Serializable> implements Serializable {

  /** The primary key, generated on insert. */
  @Id
  @GeneratedValue
  private ID id;

  public ID getId() {
    return id;
  }

  public void setId(ID id) {
    this.id = id;
  }

  /** Whether the entity was never saved. */
  public boolean isNew() {
    return id == null;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other != null && getClass() == other.getClass() && id != null
        && Objects.equals(id, ((AbstractEntity<?>) other).id);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }
}
