package golden.crm;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A step of the sales pipeline. */
@Entity
public class Stage {
  @Id @GeneratedValue Long id;

  String name;
}
