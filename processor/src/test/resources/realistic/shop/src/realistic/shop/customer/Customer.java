package realistic.shop.customer;

import io.jpaproto.ProtoIgnore;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import realistic.shop.common.Address;
import realistic.shop.common.AuditedEntity;

/**
 * A registered customer of the shop.
 */
@Entity
@Table(name = "customer")
public class Customer extends AuditedEntity<Long> {

  /** The login and contact address, unique. */
  @Column(name = "email", nullable = false, unique = true, length = 254)
  private String email;

  /** The name shown on invoices. */
  @Column(name = "full_name", nullable = false, length = 120)
  private String fullName;

  @Column(name = "phone", length = 32)
  private String phone;

  /** The hash of the customer's password. Never published. */
  @ProtoIgnore
  @Column(name = "password_hash", nullable = false, length = 100)
  private String passwordHash;

  /** The key of a business customer's ordering API. Never published. */
  @ProtoIgnore
  @Column(name = "api_key", length = 64)
  private String apiKey;

  /** Where invoices go. */
  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "street", column = @Column(name = "billing_street", nullable = false)),
      @AttributeOverride(name = "addressLine2", column = @Column(name = "billing_street2")),
      @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", nullable = false)),
      @AttributeOverride(name = "city", column = @Column(name = "billing_city", nullable = false)),
      @AttributeOverride(name = "region", column = @Column(name = "billing_region")),
      @AttributeOverride(name = "countryCode", column = @Column(name = "billing_country_code", nullable = false))})
  private Address billingAddress;

  /** Where parcels go by default; unset to ship to the billing address. */
  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "street", column = @Column(name = "shipping_street")),
      @AttributeOverride(name = "addressLine2", column = @Column(name = "shipping_street2")),
      @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code")),
      @AttributeOverride(name = "city", column = @Column(name = "shipping_city")),
      @AttributeOverride(name = "region", column = @Column(name = "shipping_region")),
      @AttributeOverride(name = "countryCode", column = @Column(name = "shipping_country_code"))})
  private Address shippingAddress;

  /** Other addresses the customer saved for later orders, in the order they were added. */
  @ElementCollection
  @CollectionTable(name = "customer_saved_address", joinColumns = @JoinColumn(name = "customer_id"))
  @OrderColumn(name = "position")
  private List<Address> savedAddresses = new ArrayList<>();

  /** The channels the customer agreed to receive marketing through. */
  @ElementCollection
  @CollectionTable(name = "customer_marketing_consent", joinColumns = @JoinColumn(name = "customer_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 16)
  private Set<MarketingChannel> marketingConsents = EnumSet.noneOf(MarketingChannel.class);

  /** Loyalty points collected and not yet spent. */
  @Column(name = "loyalty_points", nullable = false)
  private long loyaltyPoints;

  /** Everything the customer ever spent, in the smallest unit of the shop's currency. */
  @Column(name = "lifetime_spend_minor", precision = 24)
  private BigInteger lifetimeSpendMinor;

  @Version
  private Long version;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public String getApiKey() {
    return apiKey;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  public Address getBillingAddress() {
    return billingAddress;
  }

  public void setBillingAddress(Address billingAddress) {
    this.billingAddress = billingAddress;
  }

  public Address getShippingAddress() {
    return shippingAddress;
  }

  public void setShippingAddress(Address shippingAddress) {
    this.shippingAddress = shippingAddress;
  }

  public List<Address> getSavedAddresses() {
    return savedAddresses;
  }

  public void setSavedAddresses(List<Address> savedAddresses) {
    this.savedAddresses = savedAddresses;
  }

  public Set<MarketingChannel> getMarketingConsents() {
    return marketingConsents;
  }

  public void setMarketingConsents(Set<MarketingChannel> marketingConsents) {
    this.marketingConsents = marketingConsents;
  }

  public long getLoyaltyPoints() {
    return loyaltyPoints;
  }

  public void setLoyaltyPoints(long loyaltyPoints) {
    this.loyaltyPoints = loyaltyPoints;
  }

  public BigInteger getLifetimeSpendMinor() {
    return lifetimeSpendMinor;
  }

  public void setLifetimeSpendMinor(BigInteger lifetimeSpendMinor) {
    this.lifetimeSpendMinor = lifetimeSpendMinor;
  }

  public Long getVersion() {
    return version;
  }
}
