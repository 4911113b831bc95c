package golden.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/** Something to sell. */
@Entity
public class Product {
  @Id @GeneratedValue Long id;

  String sku;

  /** Where it is restocked: a join column without @ManyToOne, which providers map as a to-one. */
  @JoinColumn(name = "home_warehouse_id")
  Warehouse homeWarehouse;
}
