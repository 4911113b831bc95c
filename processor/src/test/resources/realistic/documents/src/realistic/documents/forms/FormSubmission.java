package realistic.documents.forms;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import java.util.LinkedHashSet;
import java.util.Set;
import realistic.documents.common.AccountId;
import realistic.documents.common.Audited;
import realistic.documents.common.JsonConverter;

/** One filled-in form: the answers are a JSON document shaped by the form's schema. */
@Entity
public class FormSubmission extends Audited {
  @ManyToOne(optional = false)
  @JoinColumn(name = "form_id", nullable = false)
  public FormDefinition form;

  @Column(name = "submitted_by", nullable = false)
  public AccountId submittedBy;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object data;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object attachments;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object scores;

  @Lob
  @Column(name = "review_notes")
  @Convert(converter = JsonConverter.class)
  public Object reviewNotes;

  /** Accounts notified of changes: element values auto-converted to their UUIDs. */
  @ElementCollection
  @CollectionTable(name = "form_submission_watcher", joinColumns = @JoinColumn(name = "submission_id"))
  @Column(name = "account_id")
  public Set<AccountId> watchers = new LinkedHashSet<>();
}
