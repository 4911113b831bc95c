package io.jpaproto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpaproto.it.model.EveryType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The comparison the round-trip tests rely on: complete, and strict where equals would be too lenient. */
class EveryTypeAttributesTest {

  @Test
  void everyFieldOfTheEntityButTheVersionIsCompared() {
    Set<String> fields = Arrays.stream(EveryType.class.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .map(Field::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    fields.remove("version");
    Set<String> compared = EveryTypeAttributes.ROUND_TRIPPED.stream()
        .map(a -> a.name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(fields, compared);
  }

  @Test
  void everyComparedAttributeIsAFieldOfTheMessage() {
    Set<String> protoFields = io.jpaproto.it.model.proto.EveryType.getDescriptor().getFields().stream()
        .map(f -> f.getName())
        .collect(Collectors.toCollection(TreeSet::new));
    protoFields.remove("version");
    Set<String> compared = EveryTypeAttributes.ROUND_TRIPPED.stream()
        .map(a -> a.protoField)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(protoFields, compared);
  }

  @Test
  void aDifferenceInAnyAttributeFailsTheComparison() {
    EveryType a = EveryTypes.baseline();
    EveryType b = EveryTypes.baseline();
    EveryType other = EveryTypes.allNull(); // differs from the baseline in every attribute
    for (Attribute<?> attribute : EveryTypeAttributes.ROUND_TRIPPED) {
      attribute.copy(other, b);
      assertFalse(attribute.same(a, b), attribute.name);
      assertThrows(AssertionFailedError.class,
          () -> EveryTypeAttributes.assertSame(EveryTypeAttributes.ROUND_TRIPPED, a, b, "deliberate"), attribute.name);
      attribute.copy(a, b);
    }
    EveryTypeAttributes.assertSame(EveryTypeAttributes.ROUND_TRIPPED, a, b, "restored"); // no false alarm once equal
  }

  @Test
  void theComparisonIsStricterThanEqualsWhereItMatters() {
    Attribute<?> decimal = EveryTypeAttributes.byProtoField("big_decimal");
    EveryType a = EveryTypes.baseline();
    EveryType b = EveryTypes.baseline();
    a.setBigDecimal(new BigDecimal("1.0"));
    b.setBigDecimal(new BigDecimal("1.00"));
    assertFalse(decimal.same(a, b), "the scale matters");

    a.setPrimitiveDouble(0.0);
    b.setPrimitiveDouble(-0.0);
    assertFalse(EveryTypeAttributes.byProtoField("primitive_double").same(a, b), "-0.0 is not 0.0");
    a.setWrapperFloat(Float.NaN);
    b.setWrapperFloat(Float.intBitsToFloat(0x7fc00001));
    assertTrue(EveryTypeAttributes.byProtoField("wrapper_float").same(a, b), "NaN is NaN");

    a.setCharArray("ab".toCharArray());
    b.setCharArray("ab".toCharArray());
    assertTrue(EveryTypeAttributes.byProtoField("char_array").same(a, b), "arrays by content");
    b.setCharArray("ba".toCharArray());
    assertFalse(EveryTypeAttributes.byProtoField("char_array").same(a, b), "arrays by content");

    java.sql.Timestamp t1 = new java.sql.Timestamp(1000);
    java.sql.Timestamp t2 = new java.sql.Timestamp(1000);
    t2.setNanos(1);
    a.setLegacyDate(t1);
    b.setLegacyDate(t2);
    assertFalse(EveryTypeAttributes.byProtoField("legacy_date").same(a, b), "nanos of a Timestamp in a Date");

    OffsetDateTime odt = OffsetDateTime.parse("2024-01-01T10:00:00+02:00");
    a.setOffsetDateTime(odt);
    b.setOffsetDateTime(odt.withOffsetSameInstant(ZoneOffset.UTC));
    assertTrue(EveryTypeAttributes.byProtoField("offset_date_time").same(a, b), "same instant");
    assertThrows(AssertionFailedError.class,
        () -> EveryTypeAttributes.assertRoundTrip(b, a, "not UTC"), "a round trip must come back at UTC");
  }

  @Test
  void updatableAttributesAreAllButIdAndVersion() {
    List<String> names = EveryTypeAttributes.UPDATABLE.stream().map(a -> a.name).toList();
    assertFalse(names.contains("id"));
    assertFalse(names.contains("version"));
    assertEquals(EveryTypeAttributes.ROUND_TRIPPED.size() - 1, names.size());
  }
}
