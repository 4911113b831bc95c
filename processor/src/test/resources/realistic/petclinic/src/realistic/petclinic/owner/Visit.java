package realistic.petclinic.owner;

import io.jpaproto.ProtoField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import realistic.petclinic.model.BaseEntity;
import realistic.petclinic.vet.Vet;

/**
 * A visit of a pet to the clinic.
 */
@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {

  /** The day of the visit. */
  @ProtoField(name = "visit_date")
  @Column(name = "visit_date", nullable = false)
  private LocalDate date;

  /** What was done, in the vet's words. */
  @Column(length = 255, nullable = false)
  @NotBlank
  private String description;

  /** The vet who saw the pet, if recorded. */
  @ManyToOne
  @JoinColumn(name = "vet_id")
  private Vet vet;

  /** Creates a new instance of Visit for the current date. */
  public Visit() {
    this.date = LocalDate.now();
  }

  public LocalDate getDate() {
    return this.date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getDescription() {
    return this.description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Vet getVet() {
    return vet;
  }

  public void setVet(Vet vet) {
    this.vet = vet;
  }
}
