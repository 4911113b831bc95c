package realistic.helpdesk.workflow;

import io.jpaproto.ProtoService;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import realistic.helpdesk.common.AuditableEntity;
import realistic.helpdesk.team.Agent;
import realistic.helpdesk.ticket.Priority;

/** A queue tickets land in, with its own board of stages and escalation chain. */
@Entity
@ProtoService
@Table(name = "queue")
public class Queue extends AuditableEntity<Long> {

  @Column(nullable = false, length = 80)
  private String name;

  /** The stages of this queue's board, by their code. */
  @OneToMany
  @JoinTable(name = "queue_stage", joinColumns = @JoinColumn(name = "queue_id"),
      inverseJoinColumns = @JoinColumn(name = "stage_id"))
  @MapKey(name = "code")
  private Map<String, Stage> stagesByCode = new HashMap<>();

  /** Who is paged at each escalation level, from 1. */
  @ManyToMany
  @JoinTable(name = "queue_escalation", joinColumns = @JoinColumn(name = "queue_id"),
      inverseJoinColumns = @JoinColumn(name = "agent_id"))
  @MapKeyColumn(name = "escalation_level")
  private Map<Integer, Agent> escalationChain = new HashMap<>();

  /** Who is on call for each priority, stored by the priority's name. */
  @ManyToMany
  @JoinTable(name = "queue_on_call", joinColumns = @JoinColumn(name = "queue_id"),
      inverseJoinColumns = @JoinColumn(name = "agent_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "priority")
  private Map<Priority, Agent> onCallByPriority = new HashMap<>();

  /** Hours to a first answer, by priority. */
  @ElementCollection
  @CollectionTable(name = "queue_sla", joinColumns = @JoinColumn(name = "queue_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "priority")
  @Column(name = "hours")
  private Map<Priority, Integer> slaHoursByPriority = new HashMap<>();

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Map<String, Stage> getStagesByCode() {
    return stagesByCode;
  }

  public void setStagesByCode(Map<String, Stage> stagesByCode) {
    this.stagesByCode = stagesByCode;
  }

  public Map<Integer, Agent> getEscalationChain() {
    return escalationChain;
  }

  public void setEscalationChain(Map<Integer, Agent> escalationChain) {
    this.escalationChain = escalationChain;
  }

  public Map<Priority, Agent> getOnCallByPriority() {
    return onCallByPriority;
  }

  public void setOnCallByPriority(Map<Priority, Agent> onCallByPriority) {
    this.onCallByPriority = onCallByPriority;
  }

  public Map<Priority, Integer> getSlaHoursByPriority() {
    return slaHoursByPriority;
  }

  public void setSlaHoursByPriority(Map<Priority, Integer> slaHoursByPriority) {
    this.slaHoursByPriority = slaHoursByPriority;
  }
}
