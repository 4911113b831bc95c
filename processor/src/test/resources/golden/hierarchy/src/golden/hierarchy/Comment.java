package golden.hierarchy;

import golden.common.BaseEntity;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Transient;
import java.util.UUID;

/** A reader's comment, mapped through its getters. */
@Entity
@Access(AccessType.PROPERTY)
public class Comment extends BaseEntity<UUID> {
  private String text;
  private boolean flagged;
  private String HTMLBody;

  /** The comment text, plain. */
  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isFlagged() {
    return flagged;
  }

  public void setFlagged(boolean flagged) {
    this.flagged = flagged;
  }

  public String getHTMLBody() {
    return HTMLBody;
  }

  public void setHTMLBody(String body) {
    this.HTMLBody = body;
  }

  @Transient
  public int getLength() {
    return text == null ? 0 : text.length();
  }
}
