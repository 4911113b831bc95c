package io.jpaproto.bench.services.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A support ticket: the benchmark's table of 100,000 rows. */
@Entity
@Table(indexes = @Index(name = "ticket_owner", columnList = "owner"))
public class Ticket {
  /** The ticket's number. */
  @Id @GeneratedValue private Long id;
  /** Incremented by every update, for optimistic locking. */
  @Version private Long version;
  /** What the ticket is about. */
  @Column(nullable = false, length = 200) private String title;
  /** Who works on it. */
  @Column(nullable = false, length = 40) private String owner;
  /** Where it stands. */
  private TicketStatus status;
  /** What it is worth. */
  @Column(precision = 12, scale = 2) private BigDecimal amount;
  /** When it was opened. */
  private Instant openedAt;
  /** A counter the mixed load increments, to detect a lost update. */
  private long counter;
  /** The project it belongs to. */
  @ManyToOne(fetch = FetchType.LAZY) private Project project;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public void setStatus(TicketStatus status) {
    this.status = status;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public void setOpenedAt(Instant openedAt) {
    this.openedAt = openedAt;
  }

  public long getCounter() {
    return counter;
  }

  public void setCounter(long counter) {
    this.counter = counter;
  }

  public Project getProject() {
    return project;
  }

  public void setProject(Project project) {
    this.project = project;
  }
}
