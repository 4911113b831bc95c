package io.jpaproto.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A company that makes products. */
@Entity
public class Manufacturer {
  /** The manufacturer's id. */
  @Id
  private Long id;

  /** The company name. */
  @Column(nullable = false)
  private String name;

  public Manufacturer() {
  }

  public Manufacturer(Long id) {
    this.id = id;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
