package ${package}.model;

import io.jpaproto.ProtoIgnore;
import io.jpaproto.ProtoService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A customer of the shop. */
@Entity
@ProtoService
public class Customer {
  /** Whether the customer may order. */
  public enum Status { ACTIVE, SUSPENDED }

  @Id @GeneratedValue private Long id;
  @Version private long version;
  /** The name shown on invoices. */
  @Column(nullable = false) private String name;
  /** What the customer owes, exactly. */
  private BigDecimal balance;
  /** When the customer signed up. */
  private Instant createdAt;
  @Enumerated(EnumType.STRING) private Status status;
  /** Never published: looks like a secret, so jpaproto refuses to publish it unless told. */
  @ProtoIgnore private String passwordHash;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public long getVersion() { return version; }
  public void setVersion(long version) { this.version = version; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public BigDecimal getBalance() { return balance; }
  public void setBalance(BigDecimal balance) { this.balance = balance; }
  public Instant getCreatedAt() { return createdAt; }
  public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public String getPasswordHash() { return passwordHash; }
  public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
}
