package io.jpaproto.it.analytics.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A page of a site (Django's {@code analytics_page}): a {@code ManyToManyField} of tags and a {@code JSONField}-like
 * map of metadata, both lazy, as JPA makes them.
 */
@Entity
@Table(name = "analytics_page")
public class Page {
  /** Django's auto field. */
  @Id @GeneratedValue private Long id;

  /** The site the page belongs to. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  /** The page's path on its site. */
  @Column(nullable = false, length = 200)
  private String path;

  /** The page's title, if it has one. */
  private String title;

  /** How often the page was viewed. */
  private long views;

  /** When the page was first seen. */
  private Instant createdAt;

  /** The page's tags. */
  @ManyToMany
  @JoinTable(name = "analytics_page_tags", joinColumns = @JoinColumn(name = "page_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  private Set<Tag> tags = new HashSet<>();

  /** Free-form metadata, name to content. */
  @ElementCollection
  @CollectionTable(name = "analytics_page_metadata", joinColumns = @JoinColumn(name = "page_id"))
  @MapKeyColumn(name = "name")
  @Column(name = "content")
  private Map<String, String> metadata = new HashMap<>();

  public Long getId() {
    return id;
  }

  public Site getSite() {
    return site;
  }

  public void setSite(Site site) {
    this.site = site;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public long getViews() {
    return views;
  }

  public void setViews(long views) {
    this.views = views;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Set<Tag> getTags() {
    return tags;
  }

  public void setTags(Set<Tag> tags) {
    this.tags = tags;
  }

  public Map<String, String> getMetadata() {
    return metadata;
  }

  public void setMetadata(Map<String, String> metadata) {
    this.metadata = metadata;
  }
}
