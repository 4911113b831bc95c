package realistic.petclinic.owner;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import realistic.petclinic.model.NamedEntity;

/** A pet, seen by the vets of the clinic. */
@Entity
@Table(name = "pets")
public class Pet extends NamedEntity {

  /** The day the pet was born, if known. */
  @Column(name = "birth_date")
  private LocalDate birthDate;

  /** The kind of animal. */
  @ManyToOne
  @JoinColumn(name = "type_id")
  private PetType type;

  /** Who brings the pet in. */
  @ManyToOne
  @JoinColumn(name = "owner_id")
  private Owner owner;

  /** Every visit of this pet, newest first; owned from this side through the pet_id column of visits. */
  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "pet_id")
  @OrderBy("date DESC")
  private Set<Visit> visits = new LinkedHashSet<>();

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public LocalDate getBirthDate() {
    return this.birthDate;
  }

  public PetType getType() {
    return this.type;
  }

  public void setType(PetType type) {
    this.type = type;
  }

  public Owner getOwner() {
    return owner;
  }

  public void setOwner(Owner owner) {
    this.owner = owner;
  }

  public Collection<Visit> getVisits() {
    return this.visits;
  }

  /** Replaces the visits; the API writes them through this (jpaproto warns where it cannot write). */
  public void setVisits(Set<Visit> visits) {
    this.visits = visits;
  }

  public void addVisit(Visit visit) {
    getVisits().add(visit);
  }
}
