package io.jpaproto.it.paging.model;

import io.jpaproto.ProtoExposed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.Calendar;
import java.util.Date;
import java.util.UUID;

/**
 * One nullable attribute of each sortable type (and a primitive one that cannot be null): the keyset paging tests
 * order by each, both ways.
 */
@Entity
public class Sortable {
  /** Assigned by the tests, so the rows are the same on every database. */
  @Id private Long id;

  /** Never null. */
  private int place;

  /** A String, or null. */
  private String label;

  /** A Long, or null. */
  private Long wholeLong;

  /** A Integer, or null. */
  private Integer wholeInt;

  /** A Short, or null. */
  private Short small;

  /** A Byte, or null. */
  private Byte tiny;

  /** A Double, or null. */
  private Double ratio;

  /** A Float, or null. */
  private Float share;

  /** A Boolean, or null. */
  private Boolean flag;

  /** A Character, or null. */
  private Character letter;

  /** A BigDecimal, or null. */
  @Column(precision = 12, scale = 3)
  private BigDecimal amount;

  /** A BigInteger, or null. */
  @Column(precision = 30)
  private BigInteger big;

  /** A UUID, or null: a sort key, not a secret, whatever its name. */
  @ProtoExposed
  private UUID token;

  /** A Kind, or null. */
  @Enumerated(EnumType.STRING)
  private Kind kind;

  /** A Kind, or null. */
  @Enumerated(EnumType.ORDINAL)
  private Kind grade;

  /** A Instant, or null. */
  private Instant moment;

  /** A LocalDate, or null. */
  private LocalDate birthDay;

  /** A LocalDateTime, or null. */
  private LocalDateTime dayTime;

  /** A LocalTime, or null. */
  private LocalTime clock;

  /** A OffsetDateTime, or null. */
  private OffsetDateTime offsetAt;

  /** A Duration, or null. */
  private Duration duration;

  /** A Year, or null. */
  private Year vintage;

  /** A Date, or null. */
  @Temporal(TemporalType.TIMESTAMP)
  private Date legacy;

  /** A Calendar, or null. */
  @Temporal(TemporalType.TIMESTAMP)
  private Calendar calendar;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getPlace() {
    return place;
  }

  public void setPlace(int place) {
    this.place = place;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Long getWholeLong() {
    return wholeLong;
  }

  public void setWholeLong(Long wholeLong) {
    this.wholeLong = wholeLong;
  }

  public Integer getWholeInt() {
    return wholeInt;
  }

  public void setWholeInt(Integer wholeInt) {
    this.wholeInt = wholeInt;
  }

  public Short getSmall() {
    return small;
  }

  public void setSmall(Short small) {
    this.small = small;
  }

  public Byte getTiny() {
    return tiny;
  }

  public void setTiny(Byte tiny) {
    this.tiny = tiny;
  }

  public Double getRatio() {
    return ratio;
  }

  public void setRatio(Double ratio) {
    this.ratio = ratio;
  }

  public Float getShare() {
    return share;
  }

  public void setShare(Float share) {
    this.share = share;
  }

  public Boolean getFlag() {
    return flag;
  }

  public void setFlag(Boolean flag) {
    this.flag = flag;
  }

  public Character getLetter() {
    return letter;
  }

  public void setLetter(Character letter) {
    this.letter = letter;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public BigInteger getBig() {
    return big;
  }

  public void setBig(BigInteger big) {
    this.big = big;
  }

  public UUID getToken() {
    return token;
  }

  public void setToken(UUID token) {
    this.token = token;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  public Kind getGrade() {
    return grade;
  }

  public void setGrade(Kind grade) {
    this.grade = grade;
  }

  public Instant getMoment() {
    return moment;
  }

  public void setMoment(Instant moment) {
    this.moment = moment;
  }

  public LocalDate getBirthDay() {
    return birthDay;
  }

  public void setBirthDay(LocalDate birthDay) {
    this.birthDay = birthDay;
  }

  public LocalDateTime getDayTime() {
    return dayTime;
  }

  public void setDayTime(LocalDateTime dayTime) {
    this.dayTime = dayTime;
  }

  public LocalTime getClock() {
    return clock;
  }

  public void setClock(LocalTime clock) {
    this.clock = clock;
  }

  public OffsetDateTime getOffsetAt() {
    return offsetAt;
  }

  public void setOffsetAt(OffsetDateTime offsetAt) {
    this.offsetAt = offsetAt;
  }

  public Duration getDuration() {
    return duration;
  }

  public void setDuration(Duration duration) {
    this.duration = duration;
  }

  public Year getVintage() {
    return vintage;
  }

  public void setVintage(Year vintage) {
    this.vintage = vintage;
  }

  public Date getLegacy() {
    return legacy;
  }

  public void setLegacy(Date legacy) {
    this.legacy = legacy;
  }

  public Calendar getCalendar() {
    return calendar;
  }

  public void setCalendar(Calendar calendar) {
    this.calendar = calendar;
  }
}
