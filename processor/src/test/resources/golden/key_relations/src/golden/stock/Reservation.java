package golden.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Units held back for an order. */
@Entity
public class Reservation {
  @Id @GeneratedValue Long id;

  /** The stock the units come from: a relation to an @IdClass entity travels as its key. */
  @ManyToOne StockLevel stockLevel;

  /** Where else the units could come from. */
  @ManyToMany
  @JoinTable(name = "reservation_fallback")
  List<StockLevel> fallbacks;

  /** The products reserved, by SKU: the map key is the target's sku attribute. */
  @OneToMany
  @JoinTable(name = "reservation_product")
  @MapKey(name = "sku")
  Map<String, Product> productsBySku = new LinkedHashMap<>();

  /** Products by line number. */
  @ManyToMany
  @JoinTable(name = "reservation_line")
  @MapKeyColumn(name = "line_number")
  Map<Integer, Product> lines = new LinkedHashMap<>();

  /** Which product each warehouse ships: keyed by an entity, which travels as its id. */
  @ManyToMany
  @JoinTable(name = "reservation_shipper")
  @MapKeyJoinColumn(name = "warehouse_id")
  Map<Warehouse, Product> shippedFrom = new LinkedHashMap<>();
}
