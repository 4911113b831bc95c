package realistic.shop.catalog;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@link StockLevel}: a warehouse and a SKU. */
public class StockLevelId implements Serializable {

  private Long warehouseId;
  private String sku;

  public StockLevelId() {
  }

  public StockLevelId(Long warehouseId, String sku) {
    this.warehouseId = warehouseId;
    this.sku = sku;
  }

  public Long getWarehouseId() {
    return warehouseId;
  }

  public String getSku() {
    return sku;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StockLevelId other && Objects.equals(warehouseId, other.warehouseId)
        && Objects.equals(sku, other.sku);
  }

  @Override
  public int hashCode() {
    return Objects.hash(warehouseId, sku);
  }
}
