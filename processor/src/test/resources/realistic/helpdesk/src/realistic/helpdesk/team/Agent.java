package realistic.helpdesk.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import realistic.helpdesk.common.AuditableEntity;

/** A support agent who works tickets. */
@Entity
@Table(name = "agent")
public class Agent extends AuditableEntity<Long> {

  /** The agent's sign-in address. */
  @Column(nullable = false, unique = true, length = 320)
  private String email;

  @Column(name = "display_name", length = 120)
  private String displayName;

  @Column(nullable = false)
  private boolean active = true;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
