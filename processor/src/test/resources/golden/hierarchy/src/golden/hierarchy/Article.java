package golden.hierarchy;

import golden.common.BaseEntity;
import golden.common.Visibility;
import jakarta.persistence.Entity;

/**
 * A published article.
 *
 * <p>Articles have a {@link #title} and a {@code body}; see {@link java.util.List#size()} for nothing.
 *
 * @see Comment
 */
@Entity
public class Article extends BaseEntity<Long> {
  String title;
  String body;
  Visibility visibility;
  State state;

  /** Where an article is in its life. */
  public enum State {
    DRAFT,
    /** Visible to readers. */
    PUBLISHED,
    ARCHIVED
  }
}
