package io.jpaproto.examples.spring.model;

import io.jpaproto.ProtoService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Year;

/** A publishing house. */
@Entity
@ProtoService(http = true)
public class Publisher {
  /** The publisher's id. */
  @Id @GeneratedValue
  private Long id;

  /** The imprint's name. */
  @Column(nullable = false, length = 120)
  private String name;

  /** Where the publisher is registered. */
  private Address address;

  /** The year the house was founded. */
  private Year founded;

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Address getAddress() {
    return address;
  }

  public void setAddress(Address address) {
    this.address = address;
  }

  public Year getFounded() {
    return founded;
  }

  public void setFounded(Year founded) {
    this.founded = founded;
  }
}
