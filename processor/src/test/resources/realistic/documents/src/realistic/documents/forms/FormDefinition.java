package realistic.documents.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import realistic.documents.common.AccountId;
import realistic.documents.common.Audited;
import realistic.documents.common.JsonConverter;

/** A form clients render from its JSON schema: most of it is documents the designer edits as a whole. */
@Entity
@Table(name = "form_definition")
public class FormDefinition extends Audited {
  @Column(nullable = false, length = 200)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public FormStatus status;

  /** The JSON Schema the answers must satisfy. */
  @Lob
  @Convert(converter = JsonConverter.class)
  public Object schema;

  /** How each field renders. */
  @Lob
  @Column(name = "ui_schema")
  @Convert(converter = JsonConverter.class)
  public Object uiSchema;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object defaults;

  @Lob
  @Column(name = "validation_rules")
  @Convert(converter = JsonConverter.class)
  public Object validationRules;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object layout;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object translations;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object scoring;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object webhooks;

  /** The designer who owns the form. */
  public AccountId owner;

  /** Who must approve a new version, if anyone. */
  public AccountId reviewer;

  @Column(name = "published_at")
  public Instant publishedAt;
}
