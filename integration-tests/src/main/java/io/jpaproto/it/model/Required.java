package io.jpaproto.it.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** Non-null columns whose proto fields have no optional keyword or are messages. */
@Entity
public class Required {
  @Id @GeneratedValue private Long id;
  @Column(nullable = false) private Instant requiredInstant;
  @Column(nullable = false) private UUID requiredUuid;
  private String note;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Instant getRequiredInstant() {
    return requiredInstant;
  }

  public void setRequiredInstant(Instant requiredInstant) {
    this.requiredInstant = requiredInstant;
  }

  public UUID getRequiredUuid() {
    return requiredUuid;
  }

  public void setRequiredUuid(UUID requiredUuid) {
    this.requiredUuid = requiredUuid;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
