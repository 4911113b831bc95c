package realistic.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import realistic.shop.common.Address;

/** A place stock is kept and shipped from. */
@Entity
@Table(name = "warehouse")
public class Warehouse {

  @Id
  @GeneratedValue
  private Long id;

  /** A short code such as {@code BER-1}. */
  @Column(nullable = false, unique = true, length = 16)
  private String code;

  @Column(nullable = false)
  private String name;

  /** Where the warehouse is. */
  @Embedded
  private Address location;

  /** Whether orders may be shipped from here. */
  private boolean active;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Address getLocation() {
    return location;
  }

  public void setLocation(Address location) {
    this.location = location;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
