package realistic.petclinic.owner;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import realistic.petclinic.model.NamedEntity;

@Entity
@Table(name = "types")
public class PetType extends NamedEntity {
}
