package golden.library;

import io.jpaproto.ProtoService;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An internal record: opted out of the package's services. */
@Entity
@ProtoService(false)
public class AuditEntry {
  @Id
  @GeneratedValue
  private Long id;

  private String note;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
