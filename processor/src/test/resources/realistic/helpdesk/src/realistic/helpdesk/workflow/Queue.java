package realistic.helpdesk.workflow;

import io.jpaproto.ProtoService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import realistic.helpdesk.common.AuditableEntity;
import realistic.helpdesk.team.Agent;

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
}
