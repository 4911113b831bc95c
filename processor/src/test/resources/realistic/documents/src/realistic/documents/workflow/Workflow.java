package realistic.documents.workflow;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import realistic.documents.common.AccountId;
import realistic.documents.common.Audited;
import realistic.documents.common.JsonConverter;

/** An automation: its definition, triggers and steps are JSON documents an editor produces. */
@Entity
public class Workflow extends Audited {
  @Column(nullable = false, length = 120)
  public String name;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object definition;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object triggers;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object variables;

  @Lob
  @Column(name = "retry_policy")
  @Convert(converter = JsonConverter.class)
  public Object retryPolicy;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object timeouts;

  /** The steps in order, one JSON document each: the converter applies to the elements. */
  @ElementCollection
  @CollectionTable(name = "workflow_step", joinColumns = @JoinColumn(name = "workflow_id"))
  @OrderColumn(name = "position")
  @Column(name = "step", length = 8000)
  @Convert(converter = JsonConverter.class)
  public List<Object> steps = new ArrayList<>();

  public AccountId assignee;
}
