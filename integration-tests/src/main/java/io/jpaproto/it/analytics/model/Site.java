package io.jpaproto.it.analytics.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tracked web site (Django's {@code analytics_site}). */
@Entity
@Table(name = "analytics_site")
public class Site {
  /** Django's auto field. */
  @Id @GeneratedValue private Long id;

  /** The site's domain, such as {@code example.com}. */
  @Column(nullable = false, unique = true, length = 100)
  private String domain;

  /** The site's status, which the database sets on insert (a column default, as Django's migrations write it). */
  @Column(insertable = false, updatable = false, columnDefinition = "varchar(20) default 'active' not null")
  private String status;

  /** Who registered the site: set when it is created, never changed (an {@code updatable = false} column). */
  @Column(name = "registered_by", length = 40, updatable = false)
  private String registeredBy;

  public Long getId() {
    return id;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public String getStatus() {
    return status;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public void setRegisteredBy(String registeredBy) {
    this.registeredBy = registeredBy;
  }
}
