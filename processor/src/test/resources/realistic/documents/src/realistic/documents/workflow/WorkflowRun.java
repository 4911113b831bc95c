package realistic.documents.workflow;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import realistic.documents.common.AccountId;
import realistic.documents.common.Audited;
import realistic.documents.common.JsonConverter;

/** One execution of a workflow, with its input, output and the result of each step. */
@Entity
@jakarta.persistence.Table(name = "workflow_run")
public class WorkflowRun extends Audited {
  @ManyToOne(optional = false)
  @JoinColumn(name = "workflow_id", nullable = false)
  public Workflow workflow;

  @Column(name = "started_by")
  public AccountId startedBy;

  @Column(name = "started_at", nullable = false)
  public Instant startedAt;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object input;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object output;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object context;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object error;

  /** Step name -> its result document: the converter applies to the map's values. */
  @ElementCollection
  @CollectionTable(name = "workflow_run_step", joinColumns = @JoinColumn(name = "run_id"))
  @MapKeyColumn(name = "step_name")
  @Column(name = "result", length = 8000)
  @Convert(attributeName = "value", converter = JsonConverter.class)
  public Map<String, Object> stepResults = new LinkedHashMap<>();
}
