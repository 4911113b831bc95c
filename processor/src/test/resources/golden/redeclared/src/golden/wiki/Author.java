package golden.wiki;

import jakarta.persistence.Entity;

/** Someone who writes. */
@Entity
public class Author extends BaseEntity<Long> {
  String name;
}
