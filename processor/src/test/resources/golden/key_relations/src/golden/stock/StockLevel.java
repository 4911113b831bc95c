package golden.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** How many units of a SKU a warehouse holds. */
@Entity
@IdClass(StockLevelId.class)
public class StockLevel {
  /** The warehouse: part of the key. */
  @Id
  @ManyToOne
  @JoinColumn(name = "warehouse_id")
  Warehouse warehouse;

  @Id String sku;

  int onHand;
}
