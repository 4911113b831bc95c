package io.jpaproto.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A shelf of the catalogue a product can be listed under. */
@Entity
public class Category {
  /** The category's id. */
  @Id
  private Long id;

  /** The category name. */
  @Column(nullable = false)
  private String name;

  public Category() {
  }

  public Category(Long id) {
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
