package io.jpaproto.examples.spring.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One change made through the author service: written by its hook through a Spring Data repository, in the call's
 * own transaction, so a change that fails leaves no entry and an entry always names a change that happened.
 */
@Entity
public class AuditEntry {
  /** The entry's id. */
  @Id @GeneratedValue
  private Long id;

  /** What was done: CREATE, UPDATE or DELETE. */
  @Column(nullable = false, length = 16)
  private String action;

  /** What it was done to, such as "Author Octavia E. Butler". */
  @Column(nullable = false, length = 200)
  private String subject;

  /** Who did it: the caller Spring Security authenticated, or "anonymous". */
  @Column(nullable = false, length = 120)
  private String caller;

  /** When it was done. */
  @Column(nullable = false)
  private Instant at;

  protected AuditEntry() {
  }

  public AuditEntry(String action, String subject, String caller, Instant at) {
    this.action = action;
    this.subject = subject;
    this.caller = caller;
    this.at = at;
  }

  public Long getId() {
    return id;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getCaller() {
    return caller;
  }

  public Instant getAt() {
    return at;
  }
}
