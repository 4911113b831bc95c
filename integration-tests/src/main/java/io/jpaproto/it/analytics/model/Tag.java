package io.jpaproto.it.analytics.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A tag pages carry (Django's {@code analytics_tag}). */
@Entity
@Table(name = "analytics_tag")
public class Tag {
  /** Django's auto field. */
  @Id @GeneratedValue private Long id;

  /** The tag's name. */
  @Column(nullable = false, unique = true, length = 50)
  private String name;

  /** The pages tagged with it: the inverse side, which the message leaves out. */
  @ManyToMany(mappedBy = "tags")
  private Set<Page> pages = new HashSet<>();

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Set<Page> getPages() {
    return pages;
  }

  public void setPages(Set<Page> pages) {
    this.pages = pages;
  }
}
