package io.jpaproto.bench.services.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A project tickets belong to. */
@Entity
public class Project {
  /** The project's number. */
  @Id @GeneratedValue private Long id;
  /** The project's name. */
  @Column(nullable = false, length = 80) private String name;

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
