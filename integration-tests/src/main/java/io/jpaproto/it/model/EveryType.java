package io.jpaproto.it.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.UUID;

/** One attribute per row of the default type-mapping table, with an assigned id so that every value round-trips. */
@Entity
public class EveryType {
  /** Assigned by the application, not generated, so it travels both ways. */
  @Id private Long id;
  @Version private long version;
  private boolean primitiveBoolean;
  private Boolean wrapperBoolean;
  private byte primitiveByte;
  private Byte wrapperByte;
  private short primitiveShort;
  private Short wrapperShort;
  private int primitiveInt;
  private Integer wrapperInt;
  private long primitiveLong;
  private Long wrapperLong;
  private float primitiveFloat;
  private Float wrapperFloat;
  private double primitiveDouble;
  private Double wrapperDouble;
  private char primitiveChar;
  private Character wrapperChar;
  @Column(columnDefinition = "BIGINT") private int intInBigintColumn;
  @Column(columnDefinition = "BIGINT") private Integer wrapperIntInBigintColumn;
  @Column(columnDefinition = "BIGINT") private short shortInBigintColumn;
  @Column(columnDefinition = "INT8") private byte byteInInt8Column;
  private BigInteger bigInteger;
  @Column(precision = 30) private BigInteger widePrecisionBigInteger;
  /** The widest numeric(precision, scale) PostgreSQL declares, so round trips cover scales from -500 to 500. */
  @Column(precision = 1000, scale = 500) private BigDecimal bigDecimal;
  private String text;
  @Lob private String longText;
  private char[] charArray;
  private Character[] characterArray;
  private byte[] bytes;
  private Byte[] boxedBytes;
  private UUID uuid;
  private Instant instant;
  private OffsetDateTime offsetDateTime;
  private ZonedDateTime zonedDateTime;
  private Date legacyDate;
  private Calendar calendar;
  private java.sql.Timestamp sqlTimestamp;
  private LocalDate localDate;
  private java.sql.Date sqlDate;
  private LocalTime localTime;
  private java.sql.Time sqlTime;
  private LocalDateTime localDateTime;
  private OffsetTime offsetTime;
  private Duration duration;
  private Year year;
  @Enumerated(EnumType.STRING) private Level levelByName;
  @Enumerated(EnumType.ORDINAL) private Level levelByOrdinal;
  @Column(nullable = false) private String requiredText;
  @Column(nullable = false) @Enumerated(EnumType.STRING) private Level requiredLevel;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public boolean isPrimitiveBoolean() {
    return primitiveBoolean;
  }

  public void setPrimitiveBoolean(boolean primitiveBoolean) {
    this.primitiveBoolean = primitiveBoolean;
  }

  public Boolean getWrapperBoolean() {
    return wrapperBoolean;
  }

  public void setWrapperBoolean(Boolean wrapperBoolean) {
    this.wrapperBoolean = wrapperBoolean;
  }

  public byte getPrimitiveByte() {
    return primitiveByte;
  }

  public void setPrimitiveByte(byte primitiveByte) {
    this.primitiveByte = primitiveByte;
  }

  public Byte getWrapperByte() {
    return wrapperByte;
  }

  public void setWrapperByte(Byte wrapperByte) {
    this.wrapperByte = wrapperByte;
  }

  public short getPrimitiveShort() {
    return primitiveShort;
  }

  public void setPrimitiveShort(short primitiveShort) {
    this.primitiveShort = primitiveShort;
  }

  public Short getWrapperShort() {
    return wrapperShort;
  }

  public void setWrapperShort(Short wrapperShort) {
    this.wrapperShort = wrapperShort;
  }

  public int getPrimitiveInt() {
    return primitiveInt;
  }

  public void setPrimitiveInt(int primitiveInt) {
    this.primitiveInt = primitiveInt;
  }

  public Integer getWrapperInt() {
    return wrapperInt;
  }

  public void setWrapperInt(Integer wrapperInt) {
    this.wrapperInt = wrapperInt;
  }

  public long getPrimitiveLong() {
    return primitiveLong;
  }

  public void setPrimitiveLong(long primitiveLong) {
    this.primitiveLong = primitiveLong;
  }

  public Long getWrapperLong() {
    return wrapperLong;
  }

  public void setWrapperLong(Long wrapperLong) {
    this.wrapperLong = wrapperLong;
  }

  public float getPrimitiveFloat() {
    return primitiveFloat;
  }

  public void setPrimitiveFloat(float primitiveFloat) {
    this.primitiveFloat = primitiveFloat;
  }

  public Float getWrapperFloat() {
    return wrapperFloat;
  }

  public void setWrapperFloat(Float wrapperFloat) {
    this.wrapperFloat = wrapperFloat;
  }

  public double getPrimitiveDouble() {
    return primitiveDouble;
  }

  public void setPrimitiveDouble(double primitiveDouble) {
    this.primitiveDouble = primitiveDouble;
  }

  public Double getWrapperDouble() {
    return wrapperDouble;
  }

  public void setWrapperDouble(Double wrapperDouble) {
    this.wrapperDouble = wrapperDouble;
  }

  public char getPrimitiveChar() {
    return primitiveChar;
  }

  public void setPrimitiveChar(char primitiveChar) {
    this.primitiveChar = primitiveChar;
  }

  public Character getWrapperChar() {
    return wrapperChar;
  }

  public void setWrapperChar(Character wrapperChar) {
    this.wrapperChar = wrapperChar;
  }

  public int getIntInBigintColumn() {
    return intInBigintColumn;
  }

  public void setIntInBigintColumn(int intInBigintColumn) {
    this.intInBigintColumn = intInBigintColumn;
  }

  public Integer getWrapperIntInBigintColumn() {
    return wrapperIntInBigintColumn;
  }

  public void setWrapperIntInBigintColumn(Integer wrapperIntInBigintColumn) {
    this.wrapperIntInBigintColumn = wrapperIntInBigintColumn;
  }

  public short getShortInBigintColumn() {
    return shortInBigintColumn;
  }

  public void setShortInBigintColumn(short shortInBigintColumn) {
    this.shortInBigintColumn = shortInBigintColumn;
  }

  public byte getByteInInt8Column() {
    return byteInInt8Column;
  }

  public void setByteInInt8Column(byte byteInInt8Column) {
    this.byteInInt8Column = byteInInt8Column;
  }

  public BigInteger getBigInteger() {
    return bigInteger;
  }

  public void setBigInteger(BigInteger bigInteger) {
    this.bigInteger = bigInteger;
  }

  public BigInteger getWidePrecisionBigInteger() {
    return widePrecisionBigInteger;
  }

  public void setWidePrecisionBigInteger(BigInteger widePrecisionBigInteger) {
    this.widePrecisionBigInteger = widePrecisionBigInteger;
  }

  public BigDecimal getBigDecimal() {
    return bigDecimal;
  }

  public void setBigDecimal(BigDecimal bigDecimal) {
    this.bigDecimal = bigDecimal;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getLongText() {
    return longText;
  }

  public void setLongText(String longText) {
    this.longText = longText;
  }

  public char[] getCharArray() {
    return charArray;
  }

  public void setCharArray(char[] charArray) {
    this.charArray = charArray;
  }

  public Character[] getCharacterArray() {
    return characterArray;
  }

  public void setCharacterArray(Character[] characterArray) {
    this.characterArray = characterArray;
  }

  public byte[] getBytes() {
    return bytes;
  }

  public void setBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  public Byte[] getBoxedBytes() {
    return boxedBytes;
  }

  public void setBoxedBytes(Byte[] boxedBytes) {
    this.boxedBytes = boxedBytes;
  }

  public UUID getUuid() {
    return uuid;
  }

  public void setUuid(UUID uuid) {
    this.uuid = uuid;
  }

  public Instant getInstant() {
    return instant;
  }

  public void setInstant(Instant instant) {
    this.instant = instant;
  }

  public OffsetDateTime getOffsetDateTime() {
    return offsetDateTime;
  }

  public void setOffsetDateTime(OffsetDateTime offsetDateTime) {
    this.offsetDateTime = offsetDateTime;
  }

  public ZonedDateTime getZonedDateTime() {
    return zonedDateTime;
  }

  public void setZonedDateTime(ZonedDateTime zonedDateTime) {
    this.zonedDateTime = zonedDateTime;
  }

  public Date getLegacyDate() {
    return legacyDate;
  }

  public void setLegacyDate(Date legacyDate) {
    this.legacyDate = legacyDate;
  }

  public Calendar getCalendar() {
    return calendar;
  }

  public void setCalendar(Calendar calendar) {
    this.calendar = calendar;
  }

  public java.sql.Timestamp getSqlTimestamp() {
    return sqlTimestamp;
  }

  public void setSqlTimestamp(java.sql.Timestamp sqlTimestamp) {
    this.sqlTimestamp = sqlTimestamp;
  }

  public LocalDate getLocalDate() {
    return localDate;
  }

  public void setLocalDate(LocalDate localDate) {
    this.localDate = localDate;
  }

  public java.sql.Date getSqlDate() {
    return sqlDate;
  }

  public void setSqlDate(java.sql.Date sqlDate) {
    this.sqlDate = sqlDate;
  }

  public LocalTime getLocalTime() {
    return localTime;
  }

  public void setLocalTime(LocalTime localTime) {
    this.localTime = localTime;
  }

  public java.sql.Time getSqlTime() {
    return sqlTime;
  }

  public void setSqlTime(java.sql.Time sqlTime) {
    this.sqlTime = sqlTime;
  }

  public LocalDateTime getLocalDateTime() {
    return localDateTime;
  }

  public void setLocalDateTime(LocalDateTime localDateTime) {
    this.localDateTime = localDateTime;
  }

  public OffsetTime getOffsetTime() {
    return offsetTime;
  }

  public void setOffsetTime(OffsetTime offsetTime) {
    this.offsetTime = offsetTime;
  }

  public Duration getDuration() {
    return duration;
  }

  public void setDuration(Duration duration) {
    this.duration = duration;
  }

  public Year getYear() {
    return year;
  }

  public void setYear(Year year) {
    this.year = year;
  }

  public Level getLevelByName() {
    return levelByName;
  }

  public void setLevelByName(Level levelByName) {
    this.levelByName = levelByName;
  }

  public Level getLevelByOrdinal() {
    return levelByOrdinal;
  }

  public void setLevelByOrdinal(Level levelByOrdinal) {
    this.levelByOrdinal = levelByOrdinal;
  }

  public String getRequiredText() {
    return requiredText;
  }

  public void setRequiredText(String requiredText) {
    this.requiredText = requiredText;
  }

  public Level getRequiredLevel() {
    return requiredLevel;
  }

  public void setRequiredLevel(Level requiredLevel) {
    this.requiredLevel = requiredLevel;
  }
}
