package io.jpaproto.it.cascade.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A chore of a household, which knows nothing of the household that lists it. */
@Entity
public class Chore {
  @Id @GeneratedValue private Long id;

  /** What is to be done. */
  @Column(nullable = false, length = 60)
  private String title;

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
