package io.jpaproto.processor.validate;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.ColumnFacts;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import io.jpaproto.processor.schema.FieldRule;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.RequiredFields;
import io.jpaproto.processor.types.Conversion;
import io.jpaproto.processor.types.ProtoType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The rules of one field: what its column says (the checks the mapper makes, written where clients can read them)
 * and what its Bean Validation constraints say. A constraint with no rule for the field's proto type is reported
 * (JP181) rather than dropped silently; constraints that leave no valid value are errors (JP182).
 *
 * <p>The rules never accept a value the mapper refuses: lengths count code points, as the mapper and PostgreSQL do;
 * decimals are plain decimal text within the column's {@code numeric(precision, scale)} (the mapper also takes
 * exponent notation, which the rule refuses); narrowed integers are bounded by their Java type. They are stricter in
 * two places, where proto3 cannot tell a missing value from a default one: a required string or bytes field must not
 * be empty, and a required enum must not be {@code _UNSPECIFIED}.
 */
final class FieldRules {
  private static final String RUNTIME = "io.jpaproto.convert.";
  /** The Java ranges of the runtime's narrowing conversions, by method: the mapper refuses values outside them. */
  private static final Map<String, long[]> NARROWED = Map.of(
      "Int32Conversions.toShort", new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
      "Int32Conversions.toByte", new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
      "Int32Conversions.toYear", new long[] {Year.MIN_VALUE, Year.MAX_VALUE},
      "Int64Conversions.toInt", new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
      "Int64Conversions.toShort", new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
      "Int64Conversions.toByte", new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});
  private static final Set<String> INTEGERS = Set.of("int32", "int64", "sint32", "sint64", "sfixed32", "sfixed64",
      "uint32", "uint64", "fixed32", "fixed64");
  /** Most digits an {@code int64} holds; a {@code BigInteger} column of fewer is bounded. */
  private static final int INT64_DIGITS = 19;

  private final RequiredFields requiredFields;
  private final Reporter reporter;
  private final String messageName;
  private final ProtoField field;
  private final Attribute attribute;
  private final ColumnFacts column;
  /** The attribute's constraints: on the value of a singular attribute, on the collection or map of another. */
  private final Constraints constraints;
  /** What each value must be: the attribute's constraints, or a collection's (map's) type argument's. */
  private final Constraints value;
  private final ProtoType protoType;
  private final List<FieldRule> rules = new ArrayList<>();
  /** The constraints a rule expresses (or that need none); the others are reported. */
  private final Set<AnnotationMirror> expressed = new HashSet<>();

  private FieldRules(RequiredFields requiredFields, Reporter reporter, String messageName, ProtoField field,
      Constraints constraints, Constraints elements) {
    this.requiredFields = requiredFields;
    this.reporter = reporter;
    this.messageName = messageName;
    this.field = field;
    this.attribute = field.attribute();
    this.column = attribute.column();
    this.constraints = constraints;
    this.value = field.cardinality() == ProtoField.Cardinality.SINGULAR ? constraints : elements;
    this.protoType = field.mapping().protoType();
  }

  /**
   * The rules of {@code field} of message {@code messageName}, in the order they are written, from the attribute's
   * {@code constraints} and, for a collection or map, its {@code elements}' (those on its type argument).
   */
  static List<FieldRule> of(RequiredFields requiredFields, Reporter reporter, String messageName, ProtoField field,
      Constraints constraints, Constraints elements) {
    ColumnFacts column = field.attribute().column();
    // The provider (or the framework) assigns these; a client leaves them out.
    if ((column.id() && column.generated()) || column.version() || column.assigned()) {
      return List.of();
    }
    FieldRules derivation = new FieldRules(requiredFields, reporter, messageName, field, constraints, elements);
    derivation.derive();
    return List.copyOf(derivation.rules);
  }

  private void derive() {
    expressed.add(constraints.notNull());
    if (field.cardinality() == ProtoField.Cardinality.SINGULAR) {
      if (required()) {
        rules.add(FieldRule.of("required", true));
      }
    } else {
      container();
    }
    if (!attribute.isRelation()) {
      String prefix = switch (field.cardinality()) {
        case SINGULAR -> "";
        case REPEATED -> "repeated.items.";
        case MAP -> "map.values.";
      };
      values(prefix);
    }
    reportUnexpressed();
  }

  /**
   * Whether the field must be set: where the mapper refuses a message without it (a required message-typed value, a
   * required relation's id, a non-null enum), a non-null string or bytes column (where proto3's empty default stands
   * for "missing"), and where Bean Validation says {@code @NotNull}, {@code @NotEmpty} or {@code @NotBlank}.
   */
  private boolean required() {
    boolean presence = field.optional() || protoType.hasImplicitPresence();
    if (presence && !field.optional() && !attribute.primitive() && requiredFields.required(field)) {
      return true;
    }
    if (requiredFields.requiredId(field)) {
      return true;
    }
    if (attribute.isRelation()) {
      return false;
    }
    boolean text = protoType.name().equals("string") || protoType.name().equals("bytes");
    if (!presence && (text || protoType.kind() == ProtoType.Kind.JAVA_ENUM)) {
      return true;
    }
    return presence && (constraints.notNull() != null || constraints.notEmpty() != null
        || constraints.notBlank() != null);
  }

  /** A collection's or map's size, and what every element must be. */
  private void container() {
    if (attribute.isRelation()) {
      return;
    }
    boolean map = field.cardinality() == ProtoField.Cardinality.MAP;
    int min = 0;
    int max = Integer.MAX_VALUE;
    if (constraints.size() != null) {
      min = constraints.size().min();
      max = constraints.size().max();
      expressed.add(constraints.size().mirror());
    }
    if (constraints.notEmpty() != null) {
      min = Math.max(min, 1);
      expressed.add(constraints.notEmpty());
    }
    if (min > max) {
      contradiction("it must hold at least " + min + " and at most " + max + " values");
      return;
    }
    if (min > 0) {
      rules.add(FieldRule.of(map ? "map.min_pairs" : "repeated.min_items", min));
    }
    if (max != Integer.MAX_VALUE) {
      rules.add(FieldRule.of(map ? "map.max_pairs" : "repeated.max_items", max));
    }
  }

  private void values(String prefix) {
    boolean singular = prefix.isEmpty();
    switch (protoType.kind()) {
      case JAVA_ENUM -> {
        rules.add(FieldRule.of(prefix + "enum.defined_only", true));
        if (!singular) {
          // A collection holds no nulls, which is what _UNSPECIFIED converts to.
          rules.add(FieldRule.of(prefix + "enum.not_in", 0));
        }
      }
      case MESSAGE -> {
        if (protoType.equals(ProtoType.TIMESTAMP)) {
          timestamp(prefix);
        }
      }
      case SCALAR -> scalar(prefix, singular);
      default -> { }
    }
  }

  private void scalar(String prefix, boolean singular) {
    String name = protoType.name();
    Conversion conversion = field.mapping().conversion();
    String method = conversion.kind() == Conversion.Kind.STATIC_METHODS && conversion.owner().startsWith(RUNTIME)
        ? conversion.owner().substring(RUNTIME.length()) + "." + conversion.fromProtoMethod()
        : null;
    boolean numericColumn = column.columnDefinition().isEmpty();
    if (name.equals("string")) {
      if (conversion.kind() == Conversion.Kind.IDENTITY && isString()) {
        text(prefix);
      } else if ("StringConversions.toUuid".equals(method)) {
        rules.add(FieldRule.of(prefix + "string.uuid", true));
      } else if ("StringConversions.toBigDecimal".equals(method) && numericColumn) {
        decimal(prefix);
      } else if ("StringConversions.toBigInteger".equals(method) && numericColumn) {
        bigIntegerText(prefix);
      }
    } else if (name.equals("bytes") && singular
        && (attribute.typeName().equals("byte[]") || attribute.typeName().equals("java.lang.Byte[]"))) {
      lengths(prefix + "bytes.", Integer.MAX_VALUE);
    } else if (INTEGERS.contains(name)) {
      integer(prefix, name, method, numericColumn);
    } else if ((name.equals("double") || name.equals("float")) && conversion.kind() == Conversion.Kind.IDENTITY) {
      floating(prefix, name);
    } else if (name.equals("bool") && value.assertion() != null) {
      rules.add(FieldRule.of(prefix + "bool.const", value.assertion().value()));
      expressed.add(value.assertion().mirror());
    }
  }

  /** Whether one value is a {@code String} (a type-use constraint such as {@code @NotBlank} does not change that). */
  private boolean isString() {
    if (field.cardinality() == ProtoField.Cardinality.SINGULAR) {
      return attribute.typeName().equals("java.lang.String");
    }
    return attribute.valueType() instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  /**
   * A {@code String}: its column's length, {@code @Size}, {@code @NotEmpty}, {@code @NotBlank}, {@code @Email} and
   * {@code @Pattern}.
   */
  private void text(String prefix) {
    int columnLength = column.lob() || !column.columnDefinition().isEmpty() ? Integer.MAX_VALUE : column.length();
    lengths(prefix + "string.", columnLength);
    if (value.notBlank() != null) {
      // Hibernate Validator's @NotBlank: something other than the characters String.trim() removes.
      rules.add(FieldRule.cel(prefix, "string.not_blank", "must contain a character other than whitespace",
          "this.matches('[^\\\\x00-\\\\x20]')"));
      expressed.add(value.notBlank());
    }
    if (value.email() != null) {
      rules.add(FieldRule.of(prefix + "string.email", true));
      expressed.add(value.email());
    }
    boolean first = true;
    for (Constraints.PatternConstraint pattern : value.patterns()) {
      Re2Pattern re2 = Re2Pattern.of(pattern.regexp(), pattern.flags());
      expressed.add(pattern.mirror());
      if (re2.problem() != null) {
        reporter.report(Diagnostic.PATTERN_NOT_RE2, attribute.element(), pattern.mirror(), attribute.describe(),
            pattern.regexp(), re2.problem());
      } else if (first) {
        rules.add(FieldRule.of(prefix + "string.pattern", re2.expression()));
        first = false;
      } else {
        rules.add(FieldRule.cel(prefix, "string.pattern", "must match the pattern " + re2.expression(),
            "this.matches(" + celString(re2.expression()) + ")"));
      }
    }
  }

  /** {@code min_len}/{@code max_len} from {@code @Size}, {@code @NotEmpty} and the column's length. */
  private void lengths(String path, int columnLength) {
    int min = 0;
    int max = columnLength;
    if (value.size() != null) {
      min = value.size().min();
      max = Math.min(max, value.size().max());
      expressed.add(value.size().mirror());
    }
    if (value.notEmpty() != null) {
      min = Math.max(min, 1);
      expressed.add(value.notEmpty());
    }
    if (min > max) {
      contradiction("its length must be at least " + min + " and at most " + max);
      return;
    }
    if (min > 0) {
      rules.add(FieldRule.of(path + "min_len", min));
    }
    if (max != Integer.MAX_VALUE) {
      rules.add(FieldRule.of(path + "max_len", max));
    }
  }

  /**
   * A {@code BigDecimal} as decimal text: the digits its {@code numeric(precision, scale)} column holds (narrowed by
   * {@code @Digits}), as the mapper checks them, and its sign from {@code @Positive} and the like.
   */
  private void decimal(String prefix) {
    int scale = column.decimalScale();
    int integerDigits = column.numericPrecision() - scale;
    if (integerDigits < 0) {
      return; // a scale beyond the precision: left to the mapper's own check
    }
    if (value.digits() != null) {
      integerDigits = Math.min(integerDigits, value.digits().integer());
      scale = Math.min(scale, value.digits().fraction());
      expressed.add(value.digits().mirror());
    }
    String integer = integerDigits > 0 ? "0*[0-9]{1," + integerDigits + "}" : "0+";
    String fraction = scale > 0 ? "[0-9]{0," + scale + "}0*" : "0*";
    String fractionOnly = scale > 0 ? "(?:[0-9]{1," + scale + "}0*|0+)" : "0+";
    String pattern = "^[+-]?(?:" + integer + "(?:[.]" + fraction + ")?|[.]" + fractionOnly + ")$";
    rules.add(FieldRule.cel(prefix, "decimal.digits", "must be a decimal number with at most "
        + digits(integerDigits) + " before the point and " + scale + " after it",
        "this.matches(" + celString(pattern) + ")"));
    textBounds(prefix);
  }

  /** A {@code BigInteger} as decimal text: the digits of its {@code numeric(precision)} column, and its sign. */
  private void bigIntegerText(String prefix) {
    int digits = column.numericPrecision();
    if (value.digits() != null) {
      digits = Math.min(digits, value.digits().integer());
      expressed.add(value.digits().mirror());
    }
    if (digits < 1) {
      contradiction("an integer needs at least one digit");
      return;
    }
    String pattern = "^[+-]?0*[0-9]{1," + digits + "}$";
    rules.add(FieldRule.cel(prefix, "integer.digits", "must be an integer of at most " + digits(digits),
        "this.matches(" + celString(pattern) + ")"));
    textBounds(prefix);
  }

  /**
   * The bounds of decimal text the digits rule has checked: zero bounds ({@code @Positive}, {@code @DecimalMin("0")},
   * ...) as its sign (plain notation: non-zero exactly when a digit 1-9 appears), others ({@code @DecimalMin("0.01")},
   * {@code @Max(100)}) as an expression that compares the text digit by digit ({@link DecimalBound}).
   */
  private void textBounds(String prefix) {
    for (Constraints.Bound bound : value.bounds()) {
      expressed.add(bound.mirror());
      if (bound.value().signum() != 0) {
        String value = bound.value().stripTrailingZeros().toPlainString();
        String message = "must be " + (bound.lower()
            ? (bound.inclusive() ? "at least " : "greater than ")
            : (bound.inclusive() ? "at most " : "less than ")) + value;
        rules.add(FieldRule.cel(prefix, bound.lower() ? "decimal.min" : "decimal.max", message,
            "this.matches(" + celString(DecimalBound.pattern(bound.value(), bound.lower(), bound.inclusive())) + ")"));
        continue;
      }
      String id;
      String message;
      String expression;
      if (bound.lower() && !bound.inclusive()) {
        id = "decimal.positive";
        message = "must be greater than 0";
        expression = "!this.startsWith('-') && this.matches('[1-9]')";
      } else if (bound.lower()) {
        id = "decimal.positive_or_zero";
        message = "must be greater than or equal to 0";
        expression = "!this.startsWith('-') || !this.matches('[1-9]')";
      } else if (!bound.inclusive()) {
        id = "decimal.negative";
        message = "must be less than 0";
        expression = "this.startsWith('-') && this.matches('[1-9]')";
      } else {
        id = "decimal.negative_or_zero";
        message = "must be less than or equal to 0";
        expression = "this.startsWith('-') || !this.matches('[1-9]')";
      }
      rules.add(FieldRule.cel(prefix, id, message, expression));
    }
  }

  /**
   * An integer field: the range of a narrowed Java type or of a short {@code numeric} column, and Bean Validation's
   * bounds, as one inclusive range.
   */
  private void integer(String prefix, String name, String method, boolean numericColumn) {
    BigInteger low = null;
    BigInteger high = null;
    long[] narrowed = method == null ? null : NARROWED.get(method);
    if (narrowed != null) {
      low = BigInteger.valueOf(narrowed[0]);
      high = BigInteger.valueOf(narrowed[1]);
    }
    if ("Int64Conversions.toBigInteger".equals(method) && numericColumn
        && column.numericPrecision() < INT64_DIGITS) {
      high = BigInteger.TEN.pow(column.numericPrecision()).subtract(BigInteger.ONE);
      low = high.negate();
    }
    Conversion.Kind kind = field.mapping().conversion().kind();
    // Bean Validation bounds the Java value; through the runtime's numeric conversions it is the proto value.
    boolean sameNumber = kind == Conversion.Kind.IDENTITY || narrowed != null
        || "Int64Conversions.toBigInteger".equals(method);
    if (sameNumber) {
      for (Constraints.Bound bound : value.bounds()) {
        expressed.add(bound.mirror());
        if (bound.lower()) {
          BigInteger least = bound.value().setScale(0, RoundingMode.CEILING).toBigInteger();
          if (!bound.inclusive() && bound.value().stripTrailingZeros().scale() <= 0) {
            least = least.add(BigInteger.ONE);
          }
          low = low == null ? least : low.max(least);
        } else {
          BigInteger most = bound.value().setScale(0, RoundingMode.FLOOR).toBigInteger();
          if (!bound.inclusive() && bound.value().stripTrailingZeros().scale() <= 0) {
            most = most.subtract(BigInteger.ONE);
          }
          high = high == null ? most : high.min(most);
        }
      }
      if (value.digits() != null) {
        BigInteger most = BigInteger.TEN.pow(value.digits().integer()).subtract(BigInteger.ONE);
        high = high == null ? most : high.min(most);
        low = low == null ? most.negate() : low.max(most.negate());
        expressed.add(value.digits().mirror());
      }
    }
    BigInteger[] range = typeRange(name);
    if (low != null && high != null && low.compareTo(high) > 0) {
      contradiction("it must be at least " + low + " and at most " + high);
      return;
    }
    if (low != null && low.compareTo(range[0]) > 0) {
      if (low.compareTo(range[1]) > 0) {
        contradiction("it must be at least " + low + ", more than " + name + " holds");
        return;
      }
      rules.add(FieldRule.of(prefix + name + ".gte", low));
    }
    if (high != null && high.compareTo(range[1]) < 0) {
      if (high.compareTo(range[0]) < 0) {
        contradiction("it must be at most " + high + ", less than " + name + " holds");
        return;
      }
      rules.add(FieldRule.of(prefix + name + ".lte", high));
    }
  }

  private static BigInteger[] typeRange(String name) {
    return switch (name) {
      case "int32", "sint32", "sfixed32" ->
          new BigInteger[] {BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)};
      case "uint32", "fixed32" -> new BigInteger[] {BigInteger.ZERO, BigInteger.valueOf(0xFFFF_FFFFL)};
      case "uint64", "fixed64" ->
          new BigInteger[] {BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)};
      default -> new BigInteger[] {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)};
    };
  }

  /** A {@code double} or {@code float}: the tightest lower and upper bound, each inclusive or not. */
  private void floating(String prefix, String name) {
    Constraints.Bound lower = null;
    Constraints.Bound upper = null;
    for (Constraints.Bound bound : value.bounds()) {
      expressed.add(bound.mirror());
      if (bound.lower()) {
        lower = tighter(lower, bound, 1);
      } else {
        upper = tighter(upper, bound, -1);
      }
    }
    if (lower != null && upper != null) {
      int order = lower.value().compareTo(upper.value());
      if (order > 0 || (order == 0 && !(lower.inclusive() && upper.inclusive()))) {
        contradiction("it must be " + (lower.inclusive() ? "at least " : "more than ") + lower.value().toPlainString()
            + " and " + (upper.inclusive() ? "at most " : "less than ") + upper.value().toPlainString());
        return;
      }
    }
    if (lower != null) {
      rules.add(FieldRule.literal(prefix + name + (lower.inclusive() ? ".gte" : ".gt"), lower.value().toPlainString()));
    }
    if (upper != null) {
      rules.add(FieldRule.literal(prefix + name + (upper.inclusive() ? ".lte" : ".lt"), upper.value().toPlainString()));
    }
  }

  /** Of two bounds on the same side, the one that allows less ({@code direction} 1 for lower bounds, -1 for upper). */
  private static Constraints.Bound tighter(Constraints.Bound current, Constraints.Bound candidate, int direction) {
    if (current == null) {
      return candidate;
    }
    int order = candidate.value().compareTo(current.value()) * direction;
    return order > 0 || (order == 0 && !candidate.inclusive()) ? candidate : current;
  }

  /**
   * A {@code Timestamp}: {@code @Past} and {@code @PastOrPresent} as {@code lt_now}, the future ones as {@code gt_now}
   * ("or present" has no rule of its own: the instant the server checks is already later than the client's).
   */
  private void timestamp(String prefix) {
    boolean past = false;
    boolean future = false;
    for (Constraints.Temporal temporal : value.temporal()) {
      expressed.add(temporal.mirror());
      past |= temporal.past();
      future |= !temporal.past();
    }
    if (past && future) {
      contradiction("it must lie both in the past and in the future");
      return;
    }
    if (past) {
      rules.add(FieldRule.of(prefix + "timestamp.lt_now", true));
    }
    if (future) {
      rules.add(FieldRule.of(prefix + "timestamp.gt_now", true));
    }
  }

  private void contradiction(String why) {
    reporter.report(Diagnostic.CONTRADICTORY_CONSTRAINTS, attribute.element(), attribute.describe(),
        messageName + "." + field.name(), why);
  }

  /** Every constraint of the attribute (and of its elements) that no rule expresses, reported where it is written. */
  private void reportUnexpressed() {
    Set<AnnotationMirror> reported = new HashSet<>();
    for (Constraints each : value == constraints ? List.of(constraints) : List.of(constraints, value)) {
      for (AnnotationMirror mirror : each.all()) {
        if (!expressed.contains(mirror) && reported.add(mirror)) {
          String name = ((TypeElement) mirror.getAnnotationType().asElement()).getSimpleName().toString();
          reporter.report(Diagnostic.CONSTRAINT_NOT_IN_SCHEMA, attribute.element(), mirror, attribute.describe(),
              "@" + name, messageName + "." + field.name(), field.type());
        }
      }
    }
  }

  private static String digits(int count) {
    return count == 1 ? "1 digit" : count + " digits";
  }

  /** {@code text} as a CEL string literal in single quotes. */
  static String celString(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
