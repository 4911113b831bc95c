package golden.wiki;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/** The id every entity has, of the type each chooses. */
@MappedSuperclass
public abstract class BaseEntity<ID extends Serializable> {
  @Id @GeneratedValue protected ID id;

  public ID getId() {
    return id;
  }

  public void setId(ID id) {
    this.id = id;
  }
}
