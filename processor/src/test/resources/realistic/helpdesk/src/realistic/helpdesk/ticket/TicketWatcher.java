package realistic.helpdesk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import realistic.helpdesk.team.Agent;

/** An agent who follows a ticket: a join entity whose key is made of its two relations. */
@Entity
@Table(name = "ticket_watcher")
@IdClass(TicketWatcherId.class)
public class TicketWatcher {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "agent_id")
  private Agent agent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private WatchLevel level = WatchLevel.ALL;

  @Column(name = "watching_since", nullable = false)
  private Instant watchingSince;

  public Ticket getTicket() {
    return ticket;
  }

  public void setTicket(Ticket ticket) {
    this.ticket = ticket;
  }

  public Agent getAgent() {
    return agent;
  }

  public void setAgent(Agent agent) {
    this.agent = agent;
  }

  public WatchLevel getLevel() {
    return level;
  }

  public void setLevel(WatchLevel level) {
    this.level = level;
  }

  public Instant getWatchingSince() {
    return watchingSince;
  }

  public void setWatchingSince(Instant watchingSince) {
    this.watchingSince = watchingSince;
  }
}
