package realistic.helpdesk.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import realistic.helpdesk.common.AbstractEntity;

/** One step a ticket goes through, such as "triage" or "waiting for customer". */
@Entity
@Table(name = "stage")
public class Stage extends AbstractEntity<Long> {

  /** The stable code queues key their stages by. */
  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 120)
  private String label;

  /** Where the stage sits on the board, from the left. */
  @Column(nullable = false)
  private int position;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }
}
