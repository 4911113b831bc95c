package realistic.ledger.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.UUID;

/**
 * An audit record with one private attribute, and no accessor, per row of the default type table, but four:
 * {@code Character[]} and {@code Byte[]}, which Hibernate 7 refuses by default, and {@code LocalTime} and
 * {@code java.sql.Time}, which Hibernate binds through {@code java.sql.Time}, to the millisecond, so a reload from the
 * database loses the microseconds the message carries. JPA alone may use the private constructor.
 */
@Entity
public class EveryTypeRecord {
  @Id @GeneratedValue private Long id;
  @Version private int version;

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

  private BigInteger bigInteger;
  @Column(precision = 30) private BigInteger widePrecisionBigInteger;
  @Column(precision = 19, scale = 4) private BigDecimal amount;

  @Column(length = 80) private String text;
  @Lob private String longText;
  private char[] charArray;
  private byte[] bytes;
  private UUID uuid;

  private Instant instant;
  private OffsetDateTime offsetDateTime;
  private ZonedDateTime zonedDateTime;
  private Date legacyDate;
  private Calendar calendar;
  private java.sql.Timestamp sqlTimestamp;
  private LocalDate localDate;
  private java.sql.Date sqlDate;
  private LocalDateTime localDateTime;
  @Column(columnDefinition = "time(9) with time zone") private OffsetTime offsetTime;
  private Duration duration;
  private Year year;

  @Enumerated(EnumType.STRING) private Severity severityByName;
  @Enumerated(EnumType.ORDINAL) private Severity severityByOrdinal;

  @Column(nullable = false) private String requiredText;
  @Column(nullable = false) private Long requiredNumber;
  @Column(nullable = false) private Severity requiredSeverity;
  @Column(nullable = false) private Instant requiredInstant;

  private EveryTypeRecord() {
  }

  /** How serious an audited event is. */
  public enum Severity {
    /** Informational. */
    INFO,
    /** Needs a look. */
    WARNING,
    /** Needs action. */
    ALERT
  }
}
