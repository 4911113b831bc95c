package golden.crm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A deal in the pipeline. */
@Entity
public class Deal {
  @Id @GeneratedValue Long id;

  /** The stage the deal is in. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "stage_id")
  Stage stage;

  /** The stage's id, for queries that need no join: the same column, read-only. */
  @Column(name = "stage_id", insertable = false, updatable = false)
  Long stageId;

  /** Who owns the deal: read-only here, written through {@link #ownerId}. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id", insertable = false, updatable = false)
  Stage owner;

  @Column(name = "owner_id", nullable = false)
  long ownerId;

  String title;
}
