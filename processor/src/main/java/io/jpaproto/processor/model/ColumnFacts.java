package io.jpaproto.processor.model;

/**
 * What the JPA mapping annotations of an attribute say about its column: the facts type-mapping rules and
 * nullability decisions may depend on.
 *
 * @param nullable {@code false} when {@code @Column(nullable = false)} or {@code @Basic(optional = false)} says so
 * @param length {@code @Column(length)}, 255 where not given
 * @param precision {@code @Column(precision)}, 0 where not given
 * @param scale {@code @Column(scale)}, 0 where not given
 * @param columnDefinition {@code @Column(columnDefinition)}, empty where not given
 * @param id the attribute carries {@code @Id}
 * @param generated the attribute carries {@code @GeneratedValue}
 * @param version the attribute carries {@code @Version}
 * @param lob the attribute carries {@code @Lob}
 * @param updatable {@code false} when {@code @Column(updatable = false)} or {@code @JoinColumn(updatable = false)}
 *     says the provider never writes the column after the insert
 * @param nullableByOverride an embeddable's part whose own column is not nullable, made nullable because some use of
 *     the embeddable overrides that column with a nullable one (the shared message's field is then optional, while a
 *     use without that override still requires the part)
 * @param assigned the provider or the application's framework writes the value whatever a client sends: Hibernate's
 *     {@code @CreationTimestamp}, {@code @UpdateTimestamp}, {@code @CurrentTimestamp}, {@code @Generated},
 *     {@code @UuidGenerator} (on a basic attribute) and {@code @TenantId}, Spring
 *     Data's {@code @CreatedDate}, {@code @LastModifiedDate}, {@code @CreatedBy} and {@code @LastModifiedBy}; a message
 *     need not carry it, even when its column is not nullable
 */
public record ColumnFacts(
    boolean nullable,
    int length,
    int precision,
    int scale,
    String columnDefinition,
    boolean id,
    boolean generated,
    boolean version,
    boolean lob,
    boolean updatable,
    boolean nullableByOverride,
    boolean assigned) {

  /**
   * Hibernate 7's numeric column without {@code @Column(precision)}: {@code numeric(38,2)} ({@code numeric(38,0)} for
   * a {@code BigInteger}, which has no scale).
   */
  private static final int DEFAULT_PRECISION = 38;
  private static final int DEFAULT_SCALE = 2;

  /** The precision of the {@code numeric} column Hibernate creates: {@code @Column(precision)}, else 38. */
  public int numericPrecision() {
    return precision == 0 ? DEFAULT_PRECISION : precision;
  }

  /**
   * The scale of the {@code numeric} column Hibernate creates for a {@code BigDecimal}: {@code @Column(scale)} where a
   * precision is given, else 2 (a scale alone is ignored).
   */
  public int decimalScale() {
    return precision == 0 ? DEFAULT_SCALE : scale;
  }

  /** Whether the attribute's own mapping (not a use's override) lets its column hold null. */
  public boolean declaredNullable() {
    return nullable && !nullableByOverride;
  }
}
