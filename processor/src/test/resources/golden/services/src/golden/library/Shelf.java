package golden.library;

import io.jpaproto.ProtoService;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A shelf, with a plural the English rules would get wrong and a primitive id. */
@Entity
@ProtoService(plural = "Shelves")
public class Shelf {
  @Id
  private int id;

  private String label;

  public int getId() {
    return id;
  }

  public void setId(int id) {
    this.id = id;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }
}
