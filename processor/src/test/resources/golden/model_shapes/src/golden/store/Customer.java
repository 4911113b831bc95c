package golden.store;

import golden.common.Address;
import io.jpaproto.ProtoExposed;
import io.jpaproto.ProtoIgnore;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Someone who orders. */
@Entity
public class Customer {
  @Id @GeneratedValue
  private Long id;

  @Column(nullable = false)
  private String name;

  /** Where invoices go. */
  @Embedded
  private Address billing;

  /** Where parcels go; the same message as billing. */
  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "ship_street"))
  private Address shipping;

  /** Free-form labels. */
  @ElementCollection
  private Set<String> tags = new HashSet<>();

  /** Settings by name. */
  @ElementCollection
  @MapKeyColumn(name = "setting")
  private Map<String, String> settings = new HashMap<>();

  /** Orders point here; derived, so left out by default. */
  @OneToMany(mappedBy = "customer")
  private List<PurchaseOrder> orders;

  /** A public key for signing; confirmed safe to publish. */
  @ProtoExposed
  private String publicKeyToken;

  /** Never published. */
  @ProtoIgnore
  private String passwordHash;

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Address getBilling() {
    return billing;
  }

  public void setBilling(Address billing) {
    this.billing = billing;
  }

  public Address getShipping() {
    return shipping;
  }

  public void setShipping(Address shipping) {
    this.shipping = shipping;
  }

  public Set<String> getTags() {
    return tags;
  }

  public void setTags(Set<String> tags) {
    this.tags = tags;
  }

  public Map<String, String> getSettings() {
    return settings;
  }

  public void setSettings(Map<String, String> settings) {
    this.settings = settings;
  }

  public List<PurchaseOrder> getOrders() {
    return orders;
  }

  public String getPublicKeyToken() {
    return publicKeyToken;
  }

  public void setPublicKeyToken(String publicKeyToken) {
    this.publicKeyToken = publicKeyToken;
  }
}
