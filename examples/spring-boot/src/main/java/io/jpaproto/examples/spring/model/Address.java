package io.jpaproto.examples.spring.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address. */
@Embeddable
public class Address {
  /** Street and number. */
  @Column(nullable = false)
  private String street;

  /** The city. */
  @Column(nullable = false)
  private String city;

  /** The ISO 3166 country code, such as "GB". */
  @Column(nullable = false, length = 2)
  private String country;

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
