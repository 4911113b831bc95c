package io.jpaproto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import io.jpaproto.it.model.Required;
import io.jpaproto.it.model.RequiredProtoMapper;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Non-null columns: {@code @Column(nullable = false) Instant} (a message field, so it has presence) and
 * {@code @Column(nullable = false) UUID} (a plain proto3 string, so "absent" reads as "").
 */
class RequiredFieldsTest {

  private static final RequiredProtoMapper MAPPER = RequiredProtoMapper.INSTANCE;
  private static final Instant WHEN = Instant.parse("1955-11-05T06:15:00.000000001Z");
  private static final UUID ID = UUID.fromString("00000000-0000-0001-8000-00000000ffff");

  @Test
  void requiredValuesRoundTrip() throws Exception {
    Required entity = new Required();
    entity.setId(5L);
    entity.setRequiredInstant(WHEN);
    entity.setRequiredUuid(ID);

    io.jpaproto.it.model.proto.Required message =
        io.jpaproto.it.model.proto.Required.parseFrom(MAPPER.toProto(entity).toByteArray());
    Required back = MAPPER.fromProto(message);

    assertEquals(5L, message.getId(), "toProto writes the id");
    assertNull(back.getId(), "a generated id is never written by fromProto");
    assertEquals(WHEN, back.getRequiredInstant());
    assertEquals(ID, back.getRequiredUuid());
    assertNull(back.getNote());
  }

  @Test
  void aRequiredUuidMissingFromTheMessageIsAnErrorNamingTheField() {
    io.jpaproto.it.model.proto.Required message = valid().toBuilder().clearRequiredUuid().build();
    assertThrowsNaming("required_uuid", () -> MAPPER.fromProto(message));
    assertThrowsNaming("required_uuid", () -> MAPPER.merge(entity(), message));
    assertThrowsNaming("required_uuid", () -> MAPPER.update(entity(), message, mask("required_uuid")));
  }

  @Test
  void aMissingRequiredFieldOutsideTheMaskIsNotLookedAt() {
    Required entity = entity();
    io.jpaproto.it.model.proto.Required message = io.jpaproto.it.model.proto.Required.newBuilder().setNote("n").build();

    MAPPER.update(entity, message, mask("note"));

    assertEquals("n", entity.getNote());
    assertEquals(WHEN, entity.getRequiredInstant());
    assertEquals(ID, entity.getRequiredUuid());
  }

  /**
   * Expected like a required enum at _UNSPECIFIED (Presence.required): an absent Timestamp for a non-null column is
   * refused, naming the field, instead of writing null into a NOT NULL attribute.
   */
  @Test
  void aRequiredTimestampMissingFromTheMessageIsAnErrorNamingTheField() {
    io.jpaproto.it.model.proto.Required message = valid().toBuilder().clearRequiredInstant().build();
    assertThrowsNaming("required_instant", () -> MAPPER.fromProto(message));
    assertThrowsNaming("required_instant", () -> MAPPER.merge(entity(), message));
    assertThrowsNaming("required_instant", () -> MAPPER.update(entity(), message, mask("required_instant")));
  }

  @Test
  void aRequiredTimestampIsAlwaysPresentInTheMessageEvenAtTheEpoch() {
    Required entity = entity();
    entity.setRequiredInstant(Instant.EPOCH);

    io.jpaproto.it.model.proto.Required message = MAPPER.toProto(entity);

    assertTrue(message.hasRequiredInstant());
    assertEquals(Instant.EPOCH, MAPPER.fromProto(message).getRequiredInstant());
  }

  @Test
  void aNullRequiredAttributeIsLeftOutOfTheMessage() {
    // toProto does not validate the entity: JPA would refuse to flush it anyway
    io.jpaproto.it.model.proto.Required message = MAPPER.toProto(new Required());
    assertFalse(message.hasRequiredInstant());
    assertEquals("", message.getRequiredUuid());
  }

  private static io.jpaproto.it.model.proto.Required valid() {
    return MAPPER.toProto(entity());
  }

  private static Required entity() {
    Required entity = new Required();
    entity.setId(1L);
    entity.setRequiredInstant(WHEN);
    entity.setRequiredUuid(ID);
    return entity;
  }

  private static FieldMask mask(String... paths) {
    return FieldMask.newBuilder().addAllPaths(java.util.List.of(paths)).build();
  }

  private static void assertThrowsNaming(String field, Executable call) {
    IllegalArgumentException error = assertThrowsExactly(IllegalArgumentException.class, call, field);
    assertTrue(error.getMessage().startsWith("field " + field + ": "), error.getMessage());
  }
}
