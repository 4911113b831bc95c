package realistic.petclinic.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

/** Simple base class representing a person: an owner or a vet. */
@MappedSuperclass
public class Person extends BaseEntity {

  /** The given name. */
  @Column(name = "first_name", nullable = false, length = 30)
  @NotBlank
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 30)
  @NotBlank
  private String lastName;

  public String getFirstName() {
    return this.firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return this.lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }
}
