package realistic.helpdesk.ticket;

import io.jpaproto.ProtoService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import realistic.helpdesk.common.AuditableEntity;
import realistic.helpdesk.team.Agent;
import realistic.helpdesk.workflow.Queue;
import realistic.helpdesk.workflow.Stage;

/** A customer's request, worked through the stages of its queue. */
@Entity
@ProtoService
@Table(name = "ticket")
public class Ticket extends AuditableEntity<Long> {

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(length = 10_000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Priority priority = Priority.NORMAL;

  /** The stage the ticket is in. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "stage_id")
  private Stage stage;

  /** The stage's id without loading it, for list views: the same column, read-only. */
  @Column(name = "stage_id", insertable = false, updatable = false)
  private Long stageId;

  /** The queue, loaded for display only: the column is written through {@link #queueId}. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "queue_id", insertable = false, updatable = false)
  private Queue queue;

  /** The queue the ticket is in. */
  @Column(name = "queue_id", nullable = false)
  private Long queueId;

  /** Who works the ticket; unset while unassigned. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private Agent assignee;

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public Stage getStage() {
    return stage;
  }

  public void setStage(Stage stage) {
    this.stage = stage;
  }

  public Long getStageId() {
    return stageId;
  }

  public Queue getQueue() {
    return queue;
  }

  public Long getQueueId() {
    return queueId;
  }

  public void setQueueId(Long queueId) {
    this.queueId = queueId;
  }

  public Agent getAssignee() {
    return assignee;
  }

  public void setAssignee(Agent assignee) {
    this.assignee = assignee;
  }
}
