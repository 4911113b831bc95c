package io.jpaproto.processor.validate;

import io.jpaproto.processor.discover.Annotations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;

/**
 * The Bean Validation constraints ({@code jakarta.validation.constraints}) of one attribute, read by name, so jakarta
 * validation is needed on the compile path only by applications that use it.
 *
 * @param notNull {@code @NotNull}, or {@code null}
 * @param notEmpty {@code @NotEmpty}, or {@code null}
 * @param notBlank {@code @NotBlank}, or {@code null}
 * @param size {@code @Size}, or {@code null}
 * @param bounds the numeric bounds ({@code @Min}, {@code @Max}, {@code @Positive}, {@code @DecimalMin}, ...)
 * @param digits {@code @Digits}, or {@code null}
 * @param email {@code @Email}, or {@code null}
 * @param patterns {@code @Pattern}s, one or several ({@code @Pattern.List})
 * @param temporal {@code @Past}, {@code @Future} and their {@code OrPresent} forms
 * @param assertion {@code @AssertTrue} or {@code @AssertFalse}, or {@code null}
 * @param mustBeNull {@code @Null}, or {@code null}
 */
record Constraints(
    AnnotationMirror notNull,
    AnnotationMirror notEmpty,
    AnnotationMirror notBlank,
    Size size,
    List<Bound> bounds,
    Digits digits,
    AnnotationMirror email,
    List<PatternConstraint> patterns,
    List<Temporal> temporal,
    Assertion assertion,
    AnnotationMirror mustBeNull) {

  private static final String PACKAGE = "jakarta.validation.constraints.";
  /** What an element with no Bean Validation constraint has: most attributes, and every type argument but a few. */
  private static final Constraints NONE = new Constraints(null, null, null, null, List.of(), null, null, List.of(),
      List.of(), null, null);

  /** {@code @Size(min, max)}. */
  record Size(AnnotationMirror mirror, int min, int max) {
  }

  /**
   * One numeric bound.
   *
   * @param mirror the annotation that sets it
   * @param value the bound
   * @param lower {@code true} for a lower bound ({@code @Min}, {@code @Positive}, ...), {@code false} for an upper one
   * @param inclusive whether the bound itself is allowed
   */
  record Bound(AnnotationMirror mirror, BigDecimal value, boolean lower, boolean inclusive) {
  }

  /** {@code @Digits(integer, fraction)}. */
  record Digits(AnnotationMirror mirror, int integer, int fraction) {
  }

  /**
   * {@code @Pattern(regexp, flags)}.
   *
   * @param flags the names of its {@code Pattern.Flag} constants
   */
  record PatternConstraint(AnnotationMirror mirror, String regexp, List<String> flags) {
  }

  /** {@code @Past}, {@code @PastOrPresent}, {@code @Future} or {@code @FutureOrPresent}. */
  record Temporal(AnnotationMirror mirror, boolean past) {
  }

  /** {@code @AssertTrue} or {@code @AssertFalse}. */
  record Assertion(AnnotationMirror mirror, boolean value) {
  }

  /** Every constraint read except {@code @NotNull} (which presence and the column's nullability stand for). */
  List<AnnotationMirror> all() {
    if (this == NONE) {
      return List.of();
    }
    List<AnnotationMirror> all = new ArrayList<>();
    java.util.function.Consumer<AnnotationMirror> add = mirror -> {
      if (mirror != null) {
        all.add(mirror);
      }
    };
    add.accept(notEmpty);
    add.accept(notBlank);
    add.accept(size == null ? null : size.mirror());
    bounds.forEach(bound -> add.accept(bound.mirror()));
    add.accept(digits == null ? null : digits.mirror());
    add.accept(email);
    patterns.forEach(pattern -> add.accept(pattern.mirror()));
    temporal.forEach(each -> add.accept(each.mirror()));
    add.accept(assertion == null ? null : assertion.mirror());
    add.accept(mustBeNull);
    return all;
  }

  /** Whether the attribute carries no constraint jpaproto reads. */
  boolean isEmpty() {
    return notNull == null && notEmpty == null && notBlank == null && size == null && bounds.isEmpty()
        && digits == null && email == null && patterns.isEmpty() && temporal.isEmpty() && assertion == null
        && mustBeNull == null;
  }

  /**
   * The constraints on an element, or on a type argument such as {@code @Size(max = 20)} in
   * {@code List<@Size(max = 20) String>} (what each element of a collection, or each value of a map, must be); none
   * for {@code null}.
   */
  static Constraints of(Annotations annotations, AnnotatedConstruct construct) {
    if (construct == null || !annotations.anyIn(construct, PACKAGE)) {
      return NONE;
    }
    return of(annotations, name -> annotations.mirror(construct, name));
  }

  private static Constraints of(Annotations annotations, Function<String, AnnotationMirror> on) {
    AnnotationMirror sizeMirror = on.apply(PACKAGE + "Size");
    Size size = sizeMirror == null ? null
        : new Size(sizeMirror, annotations.integer(sizeMirror, "min"), annotations.integer(sizeMirror, "max"));
    AnnotationMirror digitsMirror = on.apply(PACKAGE + "Digits");
    Digits digits = digitsMirror == null ? null : new Digits(digitsMirror,
        annotations.integer(digitsMirror, "integer"), annotations.integer(digitsMirror, "fraction"));

    List<Bound> bounds = new ArrayList<>();
    AnnotationMirror min = on.apply(PACKAGE + "Min");
    if (min != null) {
      bounds.add(new Bound(min, BigDecimal.valueOf(longValue(annotations, min)), true, true));
    }
    AnnotationMirror max = on.apply(PACKAGE + "Max");
    if (max != null) {
      bounds.add(new Bound(max, BigDecimal.valueOf(longValue(annotations, max)), false, true));
    }
    zeroBound(on, "Positive", true, false, bounds);
    zeroBound(on, "PositiveOrZero", true, true, bounds);
    zeroBound(on, "Negative", false, false, bounds);
    zeroBound(on, "NegativeOrZero", false, true, bounds);
    decimalBound(annotations, on, "DecimalMin", true, bounds);
    decimalBound(annotations, on, "DecimalMax", false, bounds);

    List<PatternConstraint> patterns = new ArrayList<>();
    AnnotationMirror pattern = on.apply(PACKAGE + "Pattern");
    if (pattern != null) {
      patterns.add(pattern(annotations, pattern));
    }
    AnnotationMirror patternList = on.apply(PACKAGE + "Pattern.List");
    if (patternList != null) {
      for (AnnotationMirror each : annotations.annotations(patternList, "value")) {
        patterns.add(pattern(annotations, each));
      }
    }

    List<Temporal> temporal = new ArrayList<>();
    for (String name : List.of("Past", "PastOrPresent", "Future", "FutureOrPresent")) {
      AnnotationMirror mirror = on.apply(PACKAGE + name);
      if (mirror != null) {
        temporal.add(new Temporal(mirror, name.startsWith("Past")));
      }
    }
    AnnotationMirror assertTrue = on.apply(PACKAGE + "AssertTrue");
    AnnotationMirror assertFalse = on.apply(PACKAGE + "AssertFalse");
    Assertion assertion = assertTrue != null ? new Assertion(assertTrue, true)
        : assertFalse != null ? new Assertion(assertFalse, false) : null;

    return new Constraints(
        on.apply(PACKAGE + "NotNull"),
        on.apply(PACKAGE + "NotEmpty"),
        on.apply(PACKAGE + "NotBlank"),
        size, List.copyOf(bounds), digits,
        on.apply(PACKAGE + "Email"),
        List.copyOf(patterns), List.copyOf(temporal), assertion,
        on.apply(PACKAGE + "Null"));
  }

  private static long longValue(Annotations annotations, AnnotationMirror mirror) {
    return ((Number) annotations.value(mirror, "value").getValue()).longValue();
  }

  private static void zeroBound(Function<String, AnnotationMirror> on, String name, boolean lower, boolean inclusive,
      List<Bound> bounds) {
    AnnotationMirror mirror = on.apply(PACKAGE + name);
    if (mirror != null) {
      bounds.add(new Bound(mirror, BigDecimal.ZERO, lower, inclusive));
    }
  }

  private static void decimalBound(Annotations annotations, Function<String, AnnotationMirror> on, String name,
      boolean lower, List<Bound> bounds) {
    AnnotationMirror mirror = on.apply(PACKAGE + name);
    if (mirror == null) {
      return;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(annotations.string(mirror, "value"));
    } catch (NumberFormatException e) {
      return; // Bean Validation refuses the constraint itself at run time; there is no bound to publish.
    }
    bounds.add(new Bound(mirror, value, lower, annotations.bool(mirror, "inclusive")));
  }

  private static PatternConstraint pattern(Annotations annotations, AnnotationMirror mirror) {
    List<String> flags = new ArrayList<>();
    for (Object flag : (List<?>) annotations.value(mirror, "flags").getValue()) {
      flags.add(((VariableElement) ((AnnotationValue) flag).getValue()).getSimpleName().toString());
    }
    return new PatternConstraint(mirror, annotations.string(mirror, "regexp"), List.copyOf(flags));
  }
}
