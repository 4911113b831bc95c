package realistic.petclinic.owner;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import realistic.petclinic.model.Person;

/**
 * A pet owner: a client of the clinic who brings one or more pets.
 */
@Entity
@Table(name = "owners")
public class Owner extends Person {

  /** The street address. */
  @Column(name = "address", nullable = false)
  @NotBlank
  private String address;

  /** The city the owner lives in. */
  @Column(name = "city", nullable = false, length = 80)
  @NotBlank
  private String city;

  /** A phone number, digits only. */
  @Column(name = "telephone", nullable = false, length = 10)
  @NotBlank
  @Pattern(regexp = "\\d{10}", message = "{telephone.invalid}")
  private String telephone;

  /** The pets of this owner; the owning side is {@link Pet#getOwner()}. */
  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("name")
  private final List<Pet> pets = new ArrayList<>();

  /** Optimistic-lock version. */
  @Version
  private Integer version;

  public String getAddress() {
    return this.address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCity() {
    return this.city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getTelephone() {
    return this.telephone;
  }

  public void setTelephone(String telephone) {
    this.telephone = telephone;
  }

  public List<Pet> getPets() {
    return this.pets;
  }

  public Integer getVersion() {
    return version;
  }

  public void addPet(Pet pet) {
    if (pet.isNew()) {
      getPets().add(pet);
    }
    pet.setOwner(this);
  }

  /**
   * Return the pet with the given name, or null if none found for this owner.
   *
   * @param name to test
   * @return the pet with the given name, or null if no such pet exists for this owner
   */
  public Pet getPet(String name) {
    return getPet(name, false);
  }

  /** Return the pet with the given id, or null if none found for this owner. */
  public Pet getPet(Integer id) {
    for (Pet pet : getPets()) {
      if (!pet.isNew() && pet.getId().equals(id)) {
        return pet;
      }
    }
    return null;
  }

  public Pet getPet(String name, boolean ignoreNew) {
    for (Pet pet : getPets()) {
      String compName = pet.getName();
      if (compName != null && compName.equalsIgnoreCase(name) && (!ignoreNew || !pet.isNew())) {
        return pet;
      }
    }
    return null;
  }

  /** Adds the given {@link Visit} to the {@link Pet} with the given identifier. */
  public void addVisit(Integer petId, Visit visit) {
    Pet pet = getPet(petId);
    if (pet == null) {
      throw new IllegalArgumentException("Invalid Pet identifier!");
    }
    pet.addVisit(visit);
  }
}
