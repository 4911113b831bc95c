package realistic.helpdesk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import realistic.helpdesk.common.AbstractEntity;

/** A message sent to a watcher of a ticket. */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity<Long> {

  /** Who it went to: a relation to an entity keyed by an @IdClass. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumns({
      @JoinColumn(name = "watcher_ticket_id", referencedColumnName = "ticket_id", nullable = false),
      @JoinColumn(name = "watcher_agent_id", referencedColumnName = "agent_id", nullable = false)})
  private TicketWatcher watcher;

  @Column(nullable = false, length = 2000)
  private String body;

  /** When it was sent; unset while queued. */
  @Column(name = "sent_at")
  private Instant sentAt;

  public TicketWatcher getWatcher() {
    return watcher;
  }

  public void setWatcher(TicketWatcher watcher) {
    this.watcher = watcher;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public void setSentAt(Instant sentAt) {
    this.sentAt = sentAt;
  }
}
