package realistic.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A device with a plug or a battery.
 */
@Entity
@Table(name = "electronics")
@PrimaryKeyJoinColumn(name = "product_id")
public class Electronics extends Product {

  @Column(name = "brand", nullable = false, length = 80)
  private String brand;

  /** The manufacturer's model number. */
  @Column(name = "model_number", length = 64)
  private String modelNumber;

  /** The warranty in months; unset where the law's minimum applies. */
  @Column(name = "warranty_months")
  private Integer warrantyMonths;

  /** The shipping weight in kilograms. */
  @Column(name = "weight_kg", precision = 7, scale = 3)
  private BigDecimal weightKg;

  /** How long a full battery lasts in typical use; unset for mains-powered devices. */
  @Column(name = "battery_life")
  private Duration batteryLife;

  public String getBrand() {
    return brand;
  }

  public void setBrand(String brand) {
    this.brand = brand;
  }

  public String getModelNumber() {
    return modelNumber;
  }

  public void setModelNumber(String modelNumber) {
    this.modelNumber = modelNumber;
  }

  public Integer getWarrantyMonths() {
    return warrantyMonths;
  }

  public void setWarrantyMonths(Integer warrantyMonths) {
    this.warrantyMonths = warrantyMonths;
  }

  public BigDecimal getWeightKg() {
    return weightKg;
  }

  public void setWeightKg(BigDecimal weightKg) {
    this.weightKg = weightKg;
  }

  public Duration getBatteryLife() {
    return batteryLife;
  }

  public void setBatteryLife(Duration batteryLife) {
    this.batteryLife = batteryLife;
  }

  @Override
  public String getKind() {
    return "electronics";
  }
}
