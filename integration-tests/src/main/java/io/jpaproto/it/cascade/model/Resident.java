package io.jpaproto.it.cascade.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A resident of a household; loading one loads its household, and with it the household's residents. */
@Entity
public class Resident {
  @Id @GeneratedValue private Long id;

  /** The resident's name. */
  @Column(nullable = false, length = 60)
  private String name;

  /** Where the resident lives. */
  @ManyToOne
  @JoinColumn(name = "household_id")
  private Household household;

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Household getHousehold() {
    return household;
  }

  public void setHousehold(Household household) {
    this.household = household;
  }
}
