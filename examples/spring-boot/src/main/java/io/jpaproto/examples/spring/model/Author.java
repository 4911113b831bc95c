package io.jpaproto.examples.spring.model;

import io.jpaproto.ProtoService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A person who wrote at least one book in the catalogue. */
@Entity
@ProtoService(http = true)
public class Author {
  /** The author's id. */
  @Id @GeneratedValue
  private Long id;

  /** The name the author publishes under. */
  @Column(nullable = false, length = 120)
  private String name;

  /** The author's date of birth, where known. */
  private LocalDate bornOn;

  /** The author's books; the owning side is Book.author, so this side is not published. */
  @OneToMany(mappedBy = "author")
  private List<Book> books = new ArrayList<>();

  /** A short biography, in Markdown. */
  @Column(length = 4000)
  private String biography;

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getBornOn() {
    return bornOn;
  }

  public void setBornOn(LocalDate bornOn) {
    this.bornOn = bornOn;
  }

  public List<Book> getBooks() {
    return books;
  }

  public String getBiography() {
    return biography;
  }

  public void setBiography(String biography) {
    this.biography = biography;
  }
}
