package io.jpaproto.it.cascade.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.LinkedHashSet;
import java.util.Set;

/** A household: its residents and its chores are loaded with it, and every change to it cascades to them. */
@Entity
public class Household {
  @Id @GeneratedValue private Long id;

  /** The household's name. */
  @Column(nullable = false, length = 60)
  private String name;

  /** Who lives here; the owning side is {@link Resident#getHousehold()}. */
  @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  private Set<Resident> residents = new LinkedHashSet<>();

  /** The chores to do, owned from this side through the household_id column of chores. */
  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "household_id")
  private Set<Chore> chores = new LinkedHashSet<>();

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Set<Resident> getResidents() {
    return residents;
  }

  public Set<Chore> getChores() {
    return chores;
  }

  public void setChores(Set<Chore> chores) {
    this.chores = chores;
  }
}
