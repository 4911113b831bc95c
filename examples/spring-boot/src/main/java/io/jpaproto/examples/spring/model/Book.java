package io.jpaproto.examples.spring.model;

import io.jpaproto.ProtoIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A book in the library's catalogue. */
@Entity
public class Book {
  /** The catalogue id. */
  @Id @GeneratedValue
  private Long id;

  /** Optimistic-lock version, increased on every update. */
  @Version
  private long version;

  /** A stable public identifier, safe to share with partners. */
  @Column(nullable = false, unique = true)
  private UUID publicId;

  /** The title as printed on the cover. */
  @Column(nullable = false, length = 200)
  private String title;

  /** The 13-digit ISBN, if the book has one. */
  @Column(length = 13)
  private String isbn;

  /** The shelf the book is filed under. */
  @Enumerated(EnumType.STRING)
  private Genre genre;

  /** The list price; exact, never rounded through a double. */
  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  /** The day the book was first published. */
  private LocalDate publishedOn;

  /** How many copies were ever sold; can exceed 2^31. */
  @Column(columnDefinition = "BIGINT")
  private long copiesSold;

  /** When the record was added to the catalogue. */
  @Column(nullable = false)
  private Instant addedAt;

  /** Who wrote the book. */
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Author author;

  /** Who published it, if known. */
  @ManyToOne(fetch = FetchType.LAZY)
  private Publisher publisher;

  /** Subjects, for browsing. */
  @ElementCollection
  private List<String> subjects = new ArrayList<>();

  /** Internal purchasing notes; never published. */
  @ProtoIgnore
  private String purchasingNotes;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public UUID getPublicId() {
    return publicId;
  }

  public void setPublicId(UUID publicId) {
    this.publicId = publicId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getIsbn() {
    return isbn;
  }

  public void setIsbn(String isbn) {
    this.isbn = isbn;
  }

  public Genre getGenre() {
    return genre;
  }

  public void setGenre(Genre genre) {
    this.genre = genre;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }

  public long getCopiesSold() {
    return copiesSold;
  }

  public void setCopiesSold(long copiesSold) {
    this.copiesSold = copiesSold;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public void setAddedAt(Instant addedAt) {
    this.addedAt = addedAt;
  }

  public Author getAuthor() {
    return author;
  }

  public void setAuthor(Author author) {
    this.author = author;
  }

  public Publisher getPublisher() {
    return publisher;
  }

  public void setPublisher(Publisher publisher) {
    this.publisher = publisher;
  }

  public List<String> getSubjects() {
    return subjects;
  }

  public void setSubjects(List<String> subjects) {
    this.subjects = subjects;
  }

  public String getPurchasingNotes() {
    return purchasingNotes;
  }

  public void setPurchasingNotes(String purchasingNotes) {
    this.purchasingNotes = purchasingNotes;
  }
}
