package io.jpaproto.it;

import io.jpaproto.it.model.EveryType;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One attribute of {@link EveryType}: how to read and write it, its proto field name, and when two values of it are
 * the same value (which for several types is not {@link Object#equals}).
 *
 * @param <T> the attribute type
 */
final class Attribute<T> {
  final String name;
  final String protoField;
  final boolean nullable;
  private final Function<EveryType, T> getter;
  private final BiConsumer<EveryType, T> setter;
  private final BiPredicate<T, T> sameValue;
  private final Function<T, String> show;

  private Attribute(
      String name,
      String protoField,
      boolean nullable,
      Function<EveryType, T> getter,
      BiConsumer<EveryType, T> setter,
      BiPredicate<T, T> sameValue,
      Function<T, String> show) {
    this.name = name;
    this.protoField = protoField;
    this.nullable = nullable;
    this.getter = getter;
    this.setter = setter;
    this.sameValue = sameValue;
    this.show = show;
  }

  /** A nullable attribute compared with {@code equals}. */
  static <T> Attribute<T> of(String name, String protoField, Function<EveryType, T> getter, BiConsumer<EveryType, T> setter) {
    return new Attribute<>(name, protoField, true, getter, setter, Objects::equals, String::valueOf);
  }

  /** A nullable attribute with its own notion of sameness and display. */
  static <T> Attribute<T> of(
      String name,
      String protoField,
      Function<EveryType, T> getter,
      BiConsumer<EveryType, T> setter,
      BiPredicate<T, T> sameValue,
      Function<T, String> show) {
    return new Attribute<>(name, protoField, true, getter, setter, sameValue, show);
  }

  /** The same attribute, declared never null (a primitive or a non-null column). */
  Attribute<T> notNull() {
    return new Attribute<>(name, protoField, false, getter, setter, sameValue, show);
  }

  T get(EveryType entity) {
    return getter.apply(entity);
  }

  void set(EveryType entity, T value) {
    setter.accept(entity, value);
  }

  /** Copies this attribute's value from one entity to another (the reference, not a copy). */
  void copy(EveryType from, EveryType to) {
    set(to, get(from));
  }

  /** Whether the two values are the same value; two nulls are. */
  boolean same(T expected, T actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    return sameValue.test(expected, actual);
  }

  boolean same(EveryType expected, EveryType actual) {
    return same(get(expected), get(actual));
  }

  String show(T value) {
    return value == null ? "null" : show.apply(value);
  }

  String show(EveryType entity) {
    return show(get(entity));
  }

  /** "name: expected X but was Y", or null when the two entities hold the same value. */
  String mismatch(EveryType expected, EveryType actual) {
    if (same(expected, actual)) {
      return null;
    }
    return name + " (" + protoField + "): expected <" + show(expected) + "> but was <" + show(actual) + ">";
  }

  @Override
  public String toString() {
    return name;
  }

  // ---------------------------------------------------------------- sameness and display of the awkward types

  static boolean sameFloat(Float a, Float b) {
    return Float.compare(a, b) == 0; // NaN equals NaN, -0.0 differs from 0.0
  }

  static boolean sameDouble(Double a, Double b) {
    return Double.compare(a, b) == 0;
  }

  static String showFloat(Float f) {
    return f + " (bits 0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
  }

  static String showDouble(Double d) {
    return d + " (bits 0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
  }

  /** Same millisecond and, for a java.sql.Timestamp on either side, same nanosecond. */
  static boolean sameDate(Date a, Date b) {
    return a.getTime() == b.getTime() && nanosOf(a) == nanosOf(b);
  }

  static int nanosOf(Date date) {
    return date instanceof java.sql.Timestamp t ? t.getNanos() : (int) Math.floorMod(date.getTime(), 1000L) * 1_000_000;
  }

  static String showDate(Date date) {
    return date.getClass().getSimpleName() + " " + date.toInstant() + " (" + date.getTime() + " ms, nanos " + nanosOf(date) + ")";
  }

  static boolean sameCalendar(Calendar a, Calendar b) {
    return a.getTimeInMillis() == b.getTimeInMillis();
  }

  static String showCalendar(Calendar c) {
    return c.toInstant() + " (" + c.getTimeInMillis() + " ms, zone " + c.getTimeZone().getID() + ")";
  }

  static String showChars(char[] chars) {
    return '"' + new String(chars) + "\" " + Arrays.toString(chars);
  }

  static <T> String showArray(T[] array) {
    return Arrays.toString(array);
  }
}
