package realistic.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * How many units of one SKU one warehouse holds.
 */
@Entity
@Table(name = "stock_level")
@IdClass(StockLevelId.class)
public class StockLevel {

  /** The warehouse, by id. */
  @Id
  @Column(name = "warehouse_id")
  private Long warehouseId;

  /** The product, by SKU. */
  @Id
  @Column(name = "sku", length = 64)
  private String sku;

  /** Units physically on the shelf. */
  @Column(name = "on_hand", nullable = false)
  private int onHand;

  /** Units promised to open orders. */
  @Column(name = "reserved_quantity", nullable = false)
  private int reservedQuantity;

  /** Every unit ever received, for the stock audit. */
  @Column(name = "received_total", nullable = false)
  private long receivedTotal;

  @Column(name = "last_counted_at")
  private Instant lastCountedAt;

  @Version
  private long version;

  public Long getWarehouseId() {
    return warehouseId;
  }

  public void setWarehouseId(Long warehouseId) {
    this.warehouseId = warehouseId;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public int getOnHand() {
    return onHand;
  }

  public void setOnHand(int onHand) {
    this.onHand = onHand;
  }

  public int getReservedQuantity() {
    return reservedQuantity;
  }

  public void setReservedQuantity(int reservedQuantity) {
    this.reservedQuantity = reservedQuantity;
  }

  public long getReceivedTotal() {
    return receivedTotal;
  }

  public void setReceivedTotal(long receivedTotal) {
    this.receivedTotal = receivedTotal;
  }

  public Instant getLastCountedAt() {
    return lastCountedAt;
  }

  public void setLastCountedAt(Instant lastCountedAt) {
    this.lastCountedAt = lastCountedAt;
  }

  public long getVersion() {
    return version;
  }

  /** Units that can still be sold. */
  public int getAvailable() {
    return onHand - reservedQuantity;
  }
}
