package golden.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** Someone who writes books; served because the package asks for services. */
@Entity
public class Author {
  @Id
  private UUID id;

  @Column(nullable = false)
  private String name;

  /** Born on; sortable, but a date message cannot be a filter. */
  private LocalDate born;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getBorn() {
    return born;
  }

  public void setBorn(LocalDate born) {
    this.born = born;
  }
}
