package golden.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A shelf in the store. */
@Entity
public class Category {
  @Id
  private Integer id;

  private String title;

  public Integer getId() {
    return id;
  }

  public void setId(Integer id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
