package io.jpaproto.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.jpaproto.it.model.EveryTypeProtoMapper;
import io.jpaproto.it.model.proto.EveryType;
import io.jpaproto.it.model.proto.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** message -> fromProto -> toProto gives the same message back (the version aside, which fromProto never writes). */
class MessageRoundTripTest {

  private static final EveryTypeProtoMapper MAPPER = EveryTypeProtoMapper.INSTANCE;

  @Test
  void randomMessagesSurviveTheRoundTrip() {
    // a different stream from the entity test's, from the same seed
    RandomValues random = new RandomValues(new SplittableRandom(TestSeed.SEED).split());
    for (int i = 0; i < TestSeed.CASES; i++) {
      EveryType message = RandomMessages.random(random);
      String where = TestSeed.where(i);

      io.jpaproto.it.model.EveryType entity = MAPPER.fromProto(message);
      assertEquals(0L, entity.getVersion(), where + ": fromProto must not write the version");
      EveryType back = MAPPER.toProto(entity);

      assertSameMessage(message.toBuilder().setVersion(0).build(), back, where);
    }
  }

  @Test
  void anExplicitlySetUnspecifiedOptionalEnumMeansNull() {
    EveryType message = MAPPER.toProto(EveryTypes.baseline()).toBuilder()
        .setLevelByName(Level.LEVEL_UNSPECIFIED)
        .build();
    assertEquals(true, message.hasLevelByName());

    io.jpaproto.it.model.EveryType entity = MAPPER.fromProto(message);

    assertNull(entity.getLevelByName());
    assertEquals(false, MAPPER.toProto(entity).hasLevelByName(), "null goes back as an absent field");
  }

  @Test
  void upperCaseUuidTextIsAcceptedAndWrittenBackInLowerCase() {
    EveryType message = MAPPER.toProto(EveryTypes.baseline()).toBuilder()
        .setUuid("1B4E28BA-2FA1-11D2-883F-0016D3CCA427")
        .build();

    EveryType back = MAPPER.toProto(MAPPER.fromProto(message));

    assertEquals("1b4e28ba-2fa1-11d2-883f-0016d3cca427", back.getUuid());
  }

  /** Like assertEquals on messages, but naming the fields that differ instead of printing two 50-field messages. */
  static void assertSameMessage(Message expected, Message actual, String where) {
    if (expected.equals(actual)) {
      return;
    }
    List<String> differences = new ArrayList<>();
    for (FieldDescriptor field : expected.getDescriptorForType().getFields()) {
      boolean presenceDiffers = field.hasPresence() && expected.hasField(field) != actual.hasField(field);
      if (presenceDiffers || !expected.getField(field).equals(actual.getField(field))) {
        differences.add(field.getName() + ": expected <" + show(expected, field) + "> but was <" + show(actual, field) + ">");
      }
    }
    if (!expected.getUnknownFields().equals(actual.getUnknownFields())) {
      differences.add("unknown fields differ");
    }
    fail(where + ": messages differ in " + String.join("; ", differences));
  }

  private static String show(Message message, FieldDescriptor field) {
    if (field.hasPresence() && !message.hasField(field)) {
      return "absent";
    }
    return String.valueOf(message.getField(field)).replace('\n', ' ').trim();
  }
}
