package realistic.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A book, printed or electronic. */
@Entity
@Table(name = "book")
@PrimaryKeyJoinColumn(name = "product_id")
public class Book extends Product {

  /** The 13-digit ISBN, without hyphens. */
  @Column(name = "isbn", nullable = false, unique = true, length = 13)
  private String isbn;

  @Column(name = "author", nullable = false)
  private String author;

  @Column(name = "publisher")
  private String publisher;

  /** The number of printed pages; 0 for audio books. */
  @Column(name = "page_count")
  private int pageCount;

  /** The day of first publication. */
  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "format", nullable = false, length = 16)
  private BookFormat format;

  public String getIsbn() {
    return isbn;
  }

  public void setIsbn(String isbn) {
    this.isbn = isbn;
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public String getPublisher() {
    return publisher;
  }

  public void setPublisher(String publisher) {
    this.publisher = publisher;
  }

  public int getPageCount() {
    return pageCount;
  }

  public void setPageCount(int pageCount) {
    this.pageCount = pageCount;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }

  public BookFormat getFormat() {
    return format;
  }

  public void setFormat(BookFormat format) {
    this.format = format;
  }

  @Override
  public String getKind() {
    return "book";
  }
}
