package realistic.petclinic.vet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import realistic.petclinic.model.Person;

/**
 * A veterinarian of the clinic.
 */
@Entity
@Table(name = "vets")
public class Vet extends Person {

  /** What the vet is qualified in; none for a general practitioner. */
  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
      inverseJoinColumns = @JoinColumn(name = "specialty_id"))
  private Set<Specialty> specialties;

  @Column(name = "hired_on")
  private LocalDate hiredOn;

  protected Set<Specialty> getSpecialtiesInternal() {
    if (this.specialties == null) {
      this.specialties = new HashSet<>();
    }
    return this.specialties;
  }

  /** The specialties sorted by name, as the views show them. */
  public List<Specialty> getSpecialties() {
    return getSpecialtiesInternal().stream()
        .sorted(Comparator.comparing(NamedEntityNames::of))
        .toList();
  }

  public int getNrOfSpecialties() {
    return getSpecialtiesInternal().size();
  }

  /** Replaces the specialties; the API writes them through this (jpaproto warns where it cannot write). */
  public void setSpecialties(Set<Specialty> specialties) {
    this.specialties = specialties;
  }

  public void addSpecialty(Specialty specialty) {
    getSpecialtiesInternal().add(specialty);
  }

  public LocalDate getHiredOn() {
    return hiredOn;
  }

  public void setHiredOn(LocalDate hiredOn) {
    this.hiredOn = hiredOn;
  }

  /** Sort key helper. */
  private static final class NamedEntityNames {
    static String of(Specialty specialty) {
      return specialty.getName() == null ? "" : specialty.getName();
    }
  }
}
