package golden.stock;

import java.io.Serializable;
import java.util.Objects;

/** The key of a stock level: the warehouse's id (a derived identity) and the SKU. */
public class StockLevelId implements Serializable {
  private Long warehouse;
  private String sku;

  public Long getWarehouse() {
    return warehouse;
  }

  public void setWarehouse(Long warehouse) {
    this.warehouse = warehouse;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StockLevelId that && Objects.equals(warehouse, that.warehouse)
        && Objects.equals(sku, that.sku);
  }

  @Override
  public int hashCode() {
    return Objects.hash(warehouse, sku);
  }
}
