package realistic.helpdesk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** What only resolved tickets have, in a table of its own that shares the ticket's key. */
@Entity
@Table(name = "ticket_details")
public class TicketDetails {

  /** The ticket's id. */
  @Id
  private Long id;

  /** The ticket; its id is this row's id. */
  @MapsId
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @Column(name = "resolution_notes", length = 4000)
  private String resolutionNotes;

  /** The customer's rating, 1 to 5, once given. */
  @Column(name = "satisfaction_score")
  private Integer satisfactionScore;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public void setTicket(Ticket ticket) {
    this.ticket = ticket;
  }

  public String getResolutionNotes() {
    return resolutionNotes;
  }

  public void setResolutionNotes(String resolutionNotes) {
    this.resolutionNotes = resolutionNotes;
  }

  public Integer getSatisfactionScore() {
    return satisfactionScore;
  }

  public void setSatisfactionScore(Integer satisfactionScore) {
    this.satisfactionScore = satisfactionScore;
  }
}
