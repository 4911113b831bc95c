package realistic.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A node of the catalog's category tree, such as "Books > Science Fiction". */
@Entity
@Table(name = "category")
public class Category {

  @Id
  @GeneratedValue
  Long id;

  /** The name shown in the navigation. */
  @Column(nullable = false, length = 80)
  String name;

  /** The URL path segment, unique among siblings. */
  @Column(nullable = false, length = 80)
  String slug;

  /** The parent category; unset for a top-level category. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  Category parent;

  /** The position among siblings. */
  @Column(name = "sort_order", nullable = false)
  int sortOrder;

  /** The products listed here; owned by {@link Product#getCategories()}. */
  @ManyToMany(mappedBy = "categories")
  Set<Product> products = new HashSet<>();

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Category getParent() {
    return parent;
  }

  public void setParent(Category parent) {
    this.parent = parent;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }
}
