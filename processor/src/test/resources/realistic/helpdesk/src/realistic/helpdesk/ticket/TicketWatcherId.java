package realistic.helpdesk.ticket;

import java.io.Serializable;
import java.util.Objects;

/** The key of a {@link TicketWatcher}: the ids of its ticket and its agent. */
public class TicketWatcherId implements Serializable {

  private Long ticket;
  private Long agent;

  public TicketWatcherId() {
  }

  public TicketWatcherId(Long ticket, Long agent) {
    this.ticket = ticket;
    this.agent = agent;
  }

  public Long getTicket() {
    return ticket;
  }

  public void setTicket(Long ticket) {
    this.ticket = ticket;
  }

  public Long getAgent() {
    return agent;
  }

  public void setAgent(Long agent) {
    this.agent = agent;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TicketWatcherId that && Objects.equals(ticket, that.ticket)
        && Objects.equals(agent, that.agent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ticket, agent);
  }
}
