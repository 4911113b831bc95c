package realistic.petclinic.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Simple base class for objects with a {@code name} property, such as {@link realistic.petclinic.vet.Specialty} or
 * {@link realistic.petclinic.owner.PetType}.
 */
@MappedSuperclass
public class NamedEntity extends BaseEntity {

  /** The display name. */
  @Column(name = "name", length = 80)
  private String name;

  public String getName() {
    return this.name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return this.getName();
  }
}
