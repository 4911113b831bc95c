package golden.bigint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigInteger;

/**
 * The django-socio-grpc case: Django's BigAutoField, BigIntegerField and PositiveBigIntegerField came out as int32.
 * Every one of them must be int64 here.
 */
@Entity
public class Counter {
  /** Like BigAutoField: a generated 64-bit id. */
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;

  /** Like BigIntegerField. */
  @Column(columnDefinition = "BIGINT") Long views;

  /** Like PositiveBigIntegerField. */
  @Column(columnDefinition = "BIGINT CHECK (reach >= 0)") BigInteger reach;

  /** A primitive long. */
  long total;

  /** An int in a BIGINT column: the column bounds the values, so int64. */
  @Column(columnDefinition = "BIGINT") Integer legacyCount;
}
