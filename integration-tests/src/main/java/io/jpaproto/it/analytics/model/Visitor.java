package io.jpaproto.it.analytics.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A visitor of a site (Django's {@code analytics_visitor}), whose table has the constraints a migrated Django schema
 * has and JPA does not know about: the database refuses what breaks them.
 */
@Entity
@Table(name = "analytics_visitor")
public class Visitor {
  /** Django's auto field. */
  @Id @GeneratedValue private Long id;

  /** The site visited. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  /** The visitor's e-mail address, unique. */
  @Column(unique = true, length = 100)
  private String email;

  /** A short nickname. */
  @Column(length = 20)
  private String nickname;

  /** The visitor's country code: the column is NOT NULL, the attribute is not. */
  @Column(columnDefinition = "varchar(2) not null")
  private String country;

  /** The visitor's age: the column checks that it is not negative. */
  @Column(columnDefinition = "integer check (age >= 0)")
  private Integer age;

  public Long getId() {
    return id;
  }

  public Site getSite() {
    return site;
  }

  public void setSite(Site site) {
    this.site = site;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getNickname() {
    return nickname;
  }

  public void setNickname(String nickname) {
    this.nickname = nickname;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public Integer getAge() {
    return age;
  }

  public void setAge(Integer age) {
    this.age = age;
  }
}
