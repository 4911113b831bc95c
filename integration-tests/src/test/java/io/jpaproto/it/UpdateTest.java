package io.jpaproto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.protobuf.FieldMask;
import io.jpaproto.it.model.EveryType;
import io.jpaproto.it.model.EveryTypeProtoMapper;
import io.jpaproto.it.model.Generated;
import io.jpaproto.it.model.GeneratedProtoMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** update(entity, message, mask) changes exactly the masked attributes; ids and versions never change. */
class UpdateTest {

  private static final EveryTypeProtoMapper MAPPER = EveryTypeProtoMapper.INSTANCE;

  static Stream<Attribute<?>> updatable() {
    return EveryTypeAttributes.UPDATABLE.stream();
  }

  static Stream<Attribute<?>> nullable() {
    return EveryTypeAttributes.UPDATABLE.stream().filter(a -> a.nullable);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("updatable")
  void aOneFieldMaskChangesThatAttributeOnly(Attribute<?> attribute) {
    EveryType target = EveryTypes.baseline();
    EveryType source = EveryTypes.allNull(); // differs from the baseline in every attribute
    source.setId(999L);
    EveryType before = EveryTypes.baseline();
    if (attribute.same(before, source)) {
      fail("test setup: the new value of " + attribute + " must differ from the old one");
    }

    MAPPER.update(target, MAPPER.toProto(source), mask(attribute.protoField));

    EveryType expected = EveryTypes.baseline();
    attribute.copy(source, expected);
    EveryTypeAttributes.assertSame(EveryTypeAttributes.ROUND_TRIPPED, expected, target, "mask [" + attribute.protoField + "]");
    assertEquals(before.getVersion(), target.getVersion(), "version");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullable")
  void anAbsentFieldInTheMaskClearsTheAttribute(Attribute<?> attribute) {
    EveryType target = EveryTypes.baseline();
    assertNotNull(attribute.get(target), "test setup");
    io.jpaproto.it.model.proto.EveryType message = MAPPER.toProto(EveryTypes.baseline()).toBuilder()
        .clearField(io.jpaproto.it.model.proto.EveryType.getDescriptor().findFieldByName(attribute.protoField))
        .build();

    MAPPER.update(target, message, mask(attribute.protoField));

    assertNull(attribute.get(target), attribute.name);
    EveryType expected = EveryTypes.baseline();
    attribute.set(expected, null);
    EveryTypeAttributes.assertSame(EveryTypeAttributes.ROUND_TRIPPED, expected, target, "clearing " + attribute.protoField);
  }

  @Test
  void anAbsentFieldOutsideTheMaskIsLeftAlone() {
    EveryType target = EveryTypes.baseline();
    io.jpaproto.it.model.proto.EveryType message = io.jpaproto.it.model.proto.EveryType.newBuilder()
        .setText("new text")
        .build(); // every other optional field absent, every other field at its default

    MAPPER.update(target, message, mask("text"));

    EveryType expected = EveryTypes.baseline();
    expected.setText("new text");
    EveryTypeAttributes.assertSame(EveryTypeAttributes.ROUND_TRIPPED, expected, target, "mask [text]");
  }

  @Test
  void randomMasksChangeExactlyTheMaskedAttributes() {
    RandomValues random = new RandomValues(new SplittableRandom(TestSeed.SEED ^ 0x5DEECE66DL));
    for (int i = 0; i < TestSeed.CASES / 4; i++) {
      String where = TestSeed.where(i);
      EveryType target = EveryTypes.random(random);
      EveryType source = EveryTypes.random(random);
      List<Attribute<?>> masked = new ArrayList<>();
      for (Attribute<?> attribute : EveryTypeAttributes.UPDATABLE) {
        if (random.chance(0.3)) {
          masked.add(attribute);
        }
      }
      EveryType expected = copyOf(target);
      for (Attribute<?> attribute : masked) {
        attribute.copy(source, expected);
      }
      FieldMask mask = mask(masked.stream().map(a -> a.protoField).toArray(String[]::new));
      long version = target.getVersion();

      MAPPER.update(target, MAPPER.toProto(source), mask);

      EveryTypeAttributes.assertSame(EveryTypeAttributes.ROUND_TRIPPED, expected, target, where + ", mask " + mask.getPathsList());
      assertEquals(version, target.getVersion(), where + ": version");
    }
  }

  @Test
  void starCopiesEveryUpdatableFieldButNotTheIdOrVersion() {
    EveryType target = EveryTypes.baseline();
    EveryType source = EveryTypes.allNull();
    source.setId(999L);
    source.setVersion(999L);

    MAPPER.update(target, MAPPER.toProto(source), mask("*"));

    EveryTypeAttributes.assertSame(EveryTypeAttributes.UPDATABLE, source, target, "mask [*]");
    assertEquals(42L, target.getId(), "id");
    assertEquals(3L, target.getVersion(), "version");
  }

  @Test
  void starDoesWhatMergeDoes() {
    RandomValues random = new RandomValues(new SplittableRandom(TestSeed.SEED + 1));
    for (int i = 0; i < 200; i++) {
      EveryType source = EveryTypes.random(random);
      io.jpaproto.it.model.proto.EveryType message = MAPPER.toProto(source);
      EveryType merged = EveryTypes.baseline();
      EveryType updated = EveryTypes.baseline();

      MAPPER.merge(merged, message);
      MAPPER.update(updated, message, mask("*"));

      EveryTypeAttributes.assertSame(EveryTypeAttributes.ROUND_TRIPPED, merged, updated, TestSeed.where(i));
      EveryTypeAttributes.assertSame(EveryTypeAttributes.UPDATABLE, MAPPER.fromProto(message), merged, TestSeed.where(i));
      assertEquals(42L, merged.getId(), "merge leaves the id");
      assertEquals(3L, merged.getVersion(), "merge leaves the version");
    }
  }

  @Test
  void anEmptyMaskChangesNothing() {
    EveryType target = EveryTypes.baseline();
    MAPPER.update(target, MAPPER.toProto(EveryTypes.allNull()), FieldMask.getDefaultInstance());
    EveryTypeAttributes.assertSame(EveryTypeAttributes.ROUND_TRIPPED, EveryTypes.baseline(), target, "empty mask");
  }

  @Test
  void aRepeatedPathIsHarmless() {
    EveryType target = EveryTypes.baseline();
    MAPPER.update(target, MAPPER.toProto(EveryTypes.allNull()), mask("text", "text"));
    assertNull(target.getText());
  }

  /**
   * A refused mask should leave the entity as it was: a caller that catches the exception (to answer
   * INVALID_ARGUMENT) inside a transaction that then commits would otherwise flush a half-applied update.
   */
  @Test
  void aMaskWithABadPathChangesNothing() {
    EveryType target = EveryTypes.baseline();
    io.jpaproto.it.model.proto.EveryType message = MAPPER.toProto(EveryTypes.allNull());

    assertThrowsExactly(IllegalArgumentException.class, () -> MAPPER.update(target, message, mask("text", "titel")));

    EveryTypeAttributes.assertSame(EveryTypeAttributes.ROUND_TRIPPED, EveryTypes.baseline(), target, "refused mask");
  }

  @Test
  void fromProtoWritesTheAssignedIdButNeverTheVersion() {
    EveryType source = EveryTypes.baseline();
    source.setVersion(77L);
    io.jpaproto.it.model.proto.EveryType message = MAPPER.toProto(source);
    assertEquals(77L, message.getVersion(), "toProto writes the version");

    EveryType created = MAPPER.fromProto(message);

    assertEquals(42L, created.getId(), "an assigned (not generated) id is written");
    assertEquals(0L, created.getVersion(), "the version is left to the JPA provider");
  }

  // ---------------------------------------------------------------- Generated: a generated id and a version

  @Test
  void generatedIdAndVersionAreNeverWritten() {
    GeneratedProtoMapper mapper = GeneratedProtoMapper.INSTANCE;
    io.jpaproto.it.model.proto.Generated message = io.jpaproto.it.model.proto.Generated.newBuilder()
        .setId(5L)
        .setVersion(7)
        .setName("from the message")
        .setCounter(11L)
        .build();

    Generated created = mapper.fromProto(message);
    assertNull(created.getId(), "fromProto: id");
    assertNull(created.getVersion(), "fromProto: version");
    assertEquals("from the message", created.getName());
    assertEquals(11L, created.getCounter());

    Generated merged = generated();
    mapper.merge(merged, message);
    assertEquals(1L, merged.getId(), "merge: id");
    assertEquals(2, merged.getVersion(), "merge: version");
    assertEquals("from the message", merged.getName());
    assertEquals(11L, merged.getCounter());

    Generated updated = generated();
    mapper.update(updated, message, mask("*"));
    assertEquals(1L, updated.getId(), "update *: id");
    assertEquals(2, updated.getVersion(), "update *: version");
    assertEquals("from the message", updated.getName());

    Generated partly = generated();
    mapper.update(partly, message, mask("counter"));
    assertEquals("old", partly.getName(), "not in the mask");
    assertEquals(11L, partly.getCounter());
  }

  @Test
  void generatedIdAndVersionPathsAreRefused() {
    GeneratedProtoMapper mapper = GeneratedProtoMapper.INSTANCE;
    io.jpaproto.it.model.proto.Generated message = mapper.toProto(generated());
    for (String path : List.of("id", "version")) {
      IllegalArgumentException error = assertThrowsExactly(IllegalArgumentException.class,
          () -> mapper.update(generated(), message, mask(path)), path);
      assertTrue(error.getMessage().contains("\"" + path + "\""), error.getMessage());
      assertTrue(error.getMessage().contains("cannot be updated"), error.getMessage());
    }
    IllegalArgumentException unknown = assertThrowsExactly(IllegalArgumentException.class,
        () -> mapper.update(generated(), message, mask("nam")));
    assertTrue(unknown.getMessage().contains("\"nam\""), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("valid paths: name, counter"), unknown.getMessage());
  }

  @Test
  void generatedRoundTripKeepsTheValuesAndDropsIdAndVersion() throws Exception {
    GeneratedProtoMapper mapper = GeneratedProtoMapper.INSTANCE;
    Generated original = generated();
    io.jpaproto.it.model.proto.Generated message =
        io.jpaproto.it.model.proto.Generated.parseFrom(mapper.toProto(original).toByteArray());
    assertEquals(1L, message.getId());
    assertEquals(2, message.getVersion());

    Generated back = mapper.fromProto(message);

    assertEquals(original.getName(), back.getName());
    assertEquals(original.getCounter(), back.getCounter());
    assertNull(back.getId());
    assertNull(back.getVersion());
  }

  // ---------------------------------------------------------------- helpers

  private static Generated generated() {
    Generated g = new Generated();
    g.setId(1L);
    g.setVersion(2);
    g.setName("old");
    g.setCounter(-3L);
    return g;
  }

  private static FieldMask mask(String... paths) {
    return FieldMask.newBuilder().addAllPaths(List.of(paths)).build();
  }

  /** A copy holding the same values (references), so that attributes can be changed on one side only. */
  private static EveryType copyOf(EveryType entity) {
    EveryType copy = new EveryType();
    for (Attribute<?> attribute : EveryTypeAttributes.ROUND_TRIPPED) {
      attribute.copy(entity, copy);
    }
    copy.setVersion(entity.getVersion());
    return copy;
  }
}
