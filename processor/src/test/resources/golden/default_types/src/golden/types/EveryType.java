package golden.types;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Transient;
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

/** One attribute per row of the default type-mapping table. */
@Entity
public class EveryType {
  @Id @GeneratedValue Long id;
  @Version int version;

  boolean primitiveBoolean;
  Boolean wrapperBoolean;
  byte primitiveByte;
  Byte wrapperByte;
  short primitiveShort;
  Short wrapperShort;
  int primitiveInt;
  Integer wrapperInt;
  long primitiveLong;
  Long wrapperLong;
  float primitiveFloat;
  Float wrapperFloat;
  double primitiveDouble;
  Double wrapperDouble;
  char primitiveChar;
  Character wrapperChar;

  @Column(columnDefinition = "BIGINT") int intInBigintColumn;
  @Column(columnDefinition = "bigint not null") Integer wrapperIntInBigintColumn;
  @Column(columnDefinition = "INT8") short shortInInt8Column;
  @Column(columnDefinition = "BIGINT") byte byteInBigintColumn;

  BigInteger bigInteger;
  @Column(precision = 30) BigInteger widePrecisionBigInteger;
  @Column(precision = 19, scale = 4) BigDecimal amount;

  @Column(length = 80) String text;
  @Lob String longText;
  char[] charArray;
  Character[] characterArray;
  byte[] bytes;
  @Lob Byte[] boxedBytes;
  UUID uuid;

  Instant instant;
  OffsetDateTime offsetDateTime;
  ZonedDateTime zonedDateTime;
  Date legacyDate;
  Calendar calendar;
  java.sql.Timestamp sqlTimestamp;
  LocalDate localDate;
  java.sql.Date sqlDate;
  LocalTime localTime;
  java.sql.Time sqlTime;
  LocalDateTime localDateTime;
  OffsetTime offsetTime;
  Duration duration;
  Year year;

  @Enumerated(EnumType.STRING) Level levelByName;
  @Enumerated(EnumType.ORDINAL) Level levelByOrdinal;

  @Column(nullable = false) String requiredText;
  @Basic(optional = false) Long requiredNumber;
  @Column(nullable = false) Level requiredLevel;
  @Column(nullable = false) Instant requiredInstant;

  @Transient String transientByAnnotation;
  transient String transientByModifier;
  static String staticField;
}
