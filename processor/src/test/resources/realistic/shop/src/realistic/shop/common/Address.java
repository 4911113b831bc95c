package realistic.shop.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address. */
@Embeddable
public class Address {

  /** Street and house number. */
  @Column(name = "street", nullable = false, length = 120)
  private String street;

  /** Apartment, suite, floor; optional. */
  @Column(name = "street2", length = 120)
  private String addressLine2;

  @Column(name = "postal_code", nullable = false, length = 16)
  private String postalCode;

  @Column(name = "city", nullable = false, length = 80)
  private String city;

  /** State, province or county, where the country uses one. */
  @Column(name = "region", length = 80)
  private String region;

  /** The ISO 3166-1 alpha-2 code of the country, such as {@code DE}. */
  @Column(name = "country_code", nullable = false, length = 2)
  private String countryCode;

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
  }
}
