package golden.rules;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A customer whose mapping and Bean Validation constraints say what valid data is. */
@Entity
public class Customer {
  @Id @GeneratedValue Long id;
  @Version int version;

  /** The name printed on invoices. */
  @Column(nullable = false, length = 120) @NotBlank String name;

  /** A short nickname, if any. */
  @Size(min = 2, max = 20) String nickname;

  /** Where invoices go. */
  @Email @Column(length = 254) String email;

  /** The customer's code: two letters and four digits. */
  @Column(nullable = false, length = 6) @Pattern(regexp = "[A-Z]{2}\\d{4}") String code;

  /** A free-text tag matched without regard to case. */
  @Pattern(regexp = "vip|regular", flags = Pattern.Flag.CASE_INSENSITIVE) String tier;

  /** The public reference. */
  @NotNull UUID reference;

  /** The credit limit. */
  @Column(precision = 12, scale = 2) @PositiveOrZero BigDecimal creditLimit;

  /** A discount rate between 0 and 1, four places. */
  @Digits(integer = 1, fraction = 4) @DecimalMin("0") BigDecimal discount;

  /** Loyalty points. */
  @Min(0) @Max(1_000_000) int points;

  /** Age in years. */
  @Positive @Max(150) Short age;

  /** A reading stored in a narrow numeric column. */
  @Column(precision = 10) BigInteger meterReading;

  /** A serial number wider than any int64. */
  @Column(precision = 30) BigInteger serial;

  /** A score. */
  @DecimalMin(value = "0", inclusive = false) double score;

  /** Whether the customer accepted the terms. */
  @AssertTrue boolean termsAccepted;

  /** When the customer was born. */
  @Past Instant bornAt;

  /** When the customer signed up. */
  @Column(nullable = false) Instant signedUpAt;

  /** The customer's standing. */
  @Enumerated(EnumType.STRING) @Column(nullable = false) Standing standing;

  /** The previous standing, if any. */
  @Enumerated(EnumType.STRING) Standing previousStanding;

  /** Phone numbers: digits, spaces and a leading plus. */
  @ElementCollection @Column(length = 20) @Size(max = 3)
  List<@Pattern(regexp = "[+]?[0-9 ]+") @Size(min = 3) String> phones;

  /** Ratings the customer gave, one to ten each. */
  @ElementCollection Set<@Min(1) @Max(10) Integer> ratings;

  /** Standings by year. */
  @ElementCollection @NotEmpty Map<String, Standing> history;

  /** Where the customer lives. */
  @Embedded @NotNull Address address;

  /** The customer's account manager. */
  @ManyToOne(optional = false) Manager manager;

  /** When the contract must be renewed. */
  @jakarta.validation.constraints.Future Instant renewsAt;

  /** A small picture. */
  @Size(min = 1, max = 65536) byte[] avatar;

  /** A correction applied to the balance: always a deduction. */
  @jakarta.validation.constraints.Negative BigDecimal adjustment;

  /** An internal label: lower-case words, at most forty letters and spaces. */
  @NotEmpty
  @Pattern(regexp = "[a-z]+( [a-z]+)*")
  @Pattern(regexp = "[a-z ]{1,40}")
  String label;

  /** The smallest order the customer may place, from one cent up to (not including) a thousand. */
  @DecimalMin("0.01") @jakarta.validation.constraints.DecimalMax(value = "1000", inclusive = false)
  BigDecimal minimumOrder;

  /** The customer's favourite numbers. */
  @ElementCollection @Size(max = 5) Map<String, Integer> favourites;

  /** A large note. */
  @jakarta.persistence.Lob String notes;
}
