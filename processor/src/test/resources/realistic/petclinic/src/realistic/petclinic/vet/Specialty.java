package realistic.petclinic.vet;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import realistic.petclinic.model.NamedEntity;

/** Models a vet's specialty (for example, dentistry). */
@Entity
@Table(name = "specialties")
public class Specialty extends NamedEntity {
}
