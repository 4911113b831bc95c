package golden.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A place that holds stock. */
@Entity
public class Warehouse {
  @Id @GeneratedValue Long id;

  String name;
}
