package realistic.shop.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import realistic.shop.common.AuditedEntity;
import realistic.shop.common.Money;

/**
 * Something the shop sells. Each kind of product has its own table joined to this one by the product id.
 */
@Entity
@Table(name = "product")
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Product extends AuditedEntity<Long> {

  /** The stock-keeping unit, unique across the catalog. */
  @Column(name = "sku", nullable = false, unique = true, length = 64)
  private String sku;

  /** The name shown in the shop. */
  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Lob
  @Column(name = "description")
  private String description;

  /** The price before discounts, tax included. */
  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "amount", column = @Column(name = "list_price_amount", nullable = false,
          precision = 19, scale = 4)),
      @AttributeOverride(name = "currency", column = @Column(name = "list_price_currency", nullable = false,
          length = 3))})
  private Money listPrice;

  /** Whether the product can be ordered. */
  @Column(name = "active", nullable = false)
  private boolean active = true;

  /** How many units were ever sold; updated by the nightly job. */
  @Column(name = "units_sold")
  private BigInteger unitsSold;

  /** The categories the product is listed in. */
  @ManyToMany
  @JoinTable(name = "product_category", joinColumns = @JoinColumn(name = "product_id"),
      inverseJoinColumns = @JoinColumn(name = "category_id"))
  private Set<Category> categories = new HashSet<>();

  /** Technical specifications, such as {@code "Weight" -> "1.2 kg"}. */
  @ElementCollection
  @CollectionTable(name = "product_specification", joinColumns = @JoinColumn(name = "product_id"))
  @MapKeyColumn(name = "spec_name", length = 80)
  @Column(name = "spec_value", length = 500)
  private Map<String, String> specifications = new LinkedHashMap<>();

  @ElementCollection
  @CollectionTable(name = "product_tag", joinColumns = @JoinColumn(name = "product_id"))
  @Column(name = "tag", length = 40)
  private Set<String> tags = new HashSet<>();

  @Version
  private Integer version;

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Money getListPrice() {
    return listPrice;
  }

  public void setListPrice(Money listPrice) {
    this.listPrice = listPrice;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public BigInteger getUnitsSold() {
    return unitsSold;
  }

  public void setUnitsSold(BigInteger unitsSold) {
    this.unitsSold = unitsSold;
  }

  public Set<Category> getCategories() {
    return categories;
  }

  public void setCategories(Set<Category> categories) {
    this.categories = categories;
  }

  public Map<String, String> getSpecifications() {
    return specifications;
  }

  public void setSpecifications(Map<String, String> specifications) {
    this.specifications = specifications;
  }

  public Set<String> getTags() {
    return tags;
  }

  public void setTags(Set<String> tags) {
    this.tags = tags;
  }

  public Integer getVersion() {
    return version;
  }

  /** The kind of product, for the storefront's filters. */
  public abstract String getKind();
}
