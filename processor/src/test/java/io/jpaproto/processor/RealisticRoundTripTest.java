package io.jpaproto.processor;

import static io.jpaproto.processor.CompiledModel.invoke;
import static io.jpaproto.processor.CompiledModel.load;
import static io.jpaproto.processor.CompiledModel.mappers;
import static io.jpaproto.processor.CompiledModel.method;
import static io.jpaproto.processor.CompiledModel.toProto;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.jpaproto.ReferenceResolver;
import io.jpaproto.processor.CompiledModel.Loaded;
import io.jpaproto.processor.RoundTripModel.Attribute;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated mappers at run time: for each realistic model (see {@link RealisticModelsTest}), built as users build
 * it (pass 1 writes protos, protoc writes message classes, pass 2 compiles entities, messages and the generated
 * mappers), the compiled classes are loaded and every {@code <Type>ProtoMapper} of an entity or embeddable is run on
 * random instances:
 * <pre>
 *   entity -> toProto -> bytes -> parseFrom -> fromProto -> entity'      entity' equals entity, attribute by attribute
 *                                          toProto(entity')               equals the message
 * </pre>
 * Instances come from {@link RoundTripPopulator}; the attributes compared are those {@code fromProto} restores (not
 * generated ids, versions, {@code @ProtoIgnore}d attributes or inverse sides). Relations compare by target id,
 * {@code BigDecimal}s with {@code equals} (scale included), lists in order, sets as sets, date-times with a zone or
 * offset by instant.
 *
 * <p>The seed is fixed ({@value #DEFAULT_SEED}) so a failure repeats; {@code -Djpaproto.roundTripSeed=N} tries others
 * and {@code -Djpaproto.roundTripCases=N} runs more cases. Each mapper draws from its own stream, seeded from the seed
 * and the type's name, so a failure names the seed and the case.
 */
class RealisticRoundTripTest {
  private static final long DEFAULT_SEED = 20_240_611L;
  private static final long SEED = Long.getLong("jpaproto.roundTripSeed", DEFAULT_SEED);
  /** Random instances per mapper. */
  private static final int CASES = Integer.getInteger("jpaproto.roundTripCases", 1_000);
  /**
   * More instances for some mappers: 1,000 per DDD-style entity of the ledger model (private fields, no accessors), and
   * 5,000 for its entity with one private attribute per row of the default type table.
   */
  private static final Map<String, Integer> MORE_CASES = Map.of(
      "realistic.ledger.account.Account", 1_000,
      "realistic.ledger.account.Posting", 1_000,
      "realistic.ledger.account.Money", 1_000,
      "realistic.ledger.party.Holder", 1_000,
      "realistic.ledger.audit.EveryTypeRecord", 5_000);

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.jpaproto.processor.RealisticModelsTest#models")
  void entityToMessageToBytesToEntityKeepsEveryAttribute(String model) {
    long start = System.nanoTime();
    Loaded loaded = load(model);
    Map<Class<?>, Class<?>> mappers = mappers(loaded);

    for (Class<?> entity : loaded.model().concreteEntities()) {
      assertTrue(mappers.containsKey(entity), "no mapper for entity " + entity.getName() + "; mappers: "
          + mappers.values().stream().map(Class::getSimpleName).sorted().toList());
    }

    Map<Class<?>, Map<String, RoundTripPopulator.Usage>> usage = new LinkedHashMap<>();
    List<Executable> checks = new ArrayList<>();
    mappers.forEach((type, mapper) -> checks.add(() -> usage.put(type, roundTrip(model, loaded.model(), type, mapper))));
    assertAll(model + " round trips", checks);

    // The populator must have exercised the model: some collections filled, some optional fields left absent.
    int nonEmpty = 0;
    int absent = 0;
    for (Map<String, RoundTripPopulator.Usage> counts : usage.values()) {
      for (RoundTripPopulator.Usage count : counts.values()) {
        nonEmpty += count.nonEmpty;
        absent += count.absent;
      }
    }
    assertTrue(nonEmpty > 0, model + ": no collection was ever non-empty");
    assertTrue(absent > 0, model + ": no optional attribute was ever absent");

    System.out.printf("%s: %d entities and %d embeddables, %d random cases each or more (seed %d): %d non-empty "
            + "collections, %d absent optionals, %d ms including compilation%n",
        model, mappers.keySet().stream().filter(loaded.model()::isEntity).count(),
        mappers.keySet().stream().filter(type -> !loaded.model().isEntity(type)).count(), CASES, SEED, nonEmpty,
        absent, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * A repeated enum field holding {@code _UNSPECIFIED}: no element of the entity's collection may be null (toProto
   * rejects one, naming the field), so fromProto must reject it, as it rejects {@code _UNSPECIFIED} in a required
   * singular enum, rather than put null into the collection.
   */
  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource({
      "identity, realistic.identity.user.UserEntity, required_actions",
      "shop, realistic.shop.customer.Customer, marketing_consents"})
  void fromProtoRejectsUnspecifiedInARepeatedEnum(String model, String entity, String fieldName) throws Exception {
    Loaded loaded = load(model);
    Class<?> type = loaded.type(entity);
    Class<?> mapperClass = mappers(loaded).get(type);
    Object mapper = mapperClass.getField("INSTANCE").get(null);
    Method toProto = toProto(mapperClass);
    Method fromProto = method(mapperClass, "fromProto", toProto.getReturnType());
    Descriptor descriptor = (Descriptor) toProto.getReturnType().getMethod("getDescriptor").invoke(null);
    FieldDescriptor field = descriptor.findFieldByName(fieldName);

    // The message of a random entity, plus _UNSPECIFIED in the repeated enum.
    RoundTripPopulator populator =
        new RoundTripPopulator(loaded.model(), new RoundTripValues(new SplittableRandom(SEED)));
    Message valid = (Message) invoke(toProto, mapper, populator.instance(type, descriptor));
    Message message = valid.toBuilder().addRepeatedField(field, field.getEnumType().findValueByNumber(0)).build();
    Object[] arguments = fromProto.getParameterCount() == 2
        ? new Object[] {message, resolver(loaded.model())} : new Object[] {message};

    Object restored;
    try {
      restored = invoke(fromProto, mapper, arguments);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().contains(fieldName), "the exception names no field: " + e.getMessage());
      return;
    }
    Attribute attribute = loaded.model().attributes(type).stream()
        .filter(candidate -> candidate.protoName().equals(fieldName)).findFirst().orElseThrow();
    String back;
    try {
      invoke(toProto, mapper, restored);
      back = "toProto takes it back";
    } catch (RuntimeException e) {
      back = "toProto of that entity throws " + e;
    }
    fail("fromProto accepted " + field.getFullName() + " holding " + field.getEnumType().findValueByNumber(0).getName()
        + " and gave " + attribute.name() + " = " + attribute.get(restored) + "; " + back);
  }

  // -----------------------------------------------------------------------------------------------------------------
  // One mapper
  // -----------------------------------------------------------------------------------------------------------------

  /**
   * Runs {@link #CASES} (or {@link #MORE_CASES}) random round trips through the mapper of {@code type}; returns what the
   * populator made.
   */
  private static Map<String, RoundTripPopulator.Usage> roundTrip(String modelName, RoundTripModel model, Class<?> type,
      Class<?> mapperClass) throws ReflectiveOperationException {
    Object mapper = mapperClass.getField("INSTANCE").get(null);
    Method toProto = toProto(mapperClass);
    Class<?> messageClass = toProto.getReturnType();
    Method fromProto = method(mapperClass, "fromProto", messageClass);
    Method parseFrom = messageClass.getMethod("parseFrom", byte[].class);
    Descriptor descriptor = (Descriptor) messageClass.getMethod("getDescriptor").invoke(null);
    ReferenceResolver resolver = resolver(model);

    List<Attribute> published = model.attributes(type).stream().filter(Attribute::published).toList();
    checkSchema(model, descriptor, published);

    long seed = SEED ^ type.getName().hashCode();
    RoundTripPopulator populator = new RoundTripPopulator(model, new RoundTripValues(new SplittableRandom(seed)));
    int cases = Math.max(CASES, MORE_CASES.getOrDefault(type.getName(), 0));
    for (int i = 0; i < cases; i++) {
      String where = modelName + " " + type.getSimpleName() + " case " + i + " (seed " + SEED + ")";
      Object original = populator.instance(type, descriptor);
      Message message;
      Object restored;
      Message again;
      try {
        message = (Message) invoke(toProto, mapper, original);
        Message parsed = (Message) invoke(parseFrom, null, (Object) message.toByteArray());
        assertEquals(message, parsed, where + ": the message changed on the wire");
        restored = fromProto.getParameterCount() == 2 ? invoke(fromProto, mapper, parsed, resolver)
            : invoke(fromProto, mapper, parsed);
        again = (Message) invoke(toProto, mapper, restored);
      } catch (RuntimeException e) {
        throw new AssertionError(where + ": the mapper threw on\n" + describe(model, type, original), e);
      }

      List<String> problems = new ArrayList<>();
      Message.Builder expected = message.toBuilder();
      for (Attribute attribute : published) {
        FieldDescriptor field = RoundTripPopulator.field(descriptor, attribute);
        Object before = attribute.get(original);
        if (field.hasPresence() && message.hasField(field) != (before != null)) {
          problems.add(attribute.name() + " = " + quote(canonical(model, attribute, before)) + " but field "
              + field.getName()
              + (message.hasField(field) ? " is present" : " is absent"));
        }
        if (attribute.restoredByFromProto()) {
          Object want = canonical(model, attribute, before);
          Object got = canonical(model, attribute, attribute.get(restored));
          if (!want.equals(got)) {
            problems.add(attribute.name() + ": expected " + quote(want) + " but fromProto gave " + quote(got));
          }
        } else {
          Object after = attribute.get(restored);
          if (after != null && !(after instanceof Number number && number.longValue() == 0)) {
            problems.add(attribute.name() + " is the provider's to write, but fromProto wrote " + quote(after));
          }
          expected.clearField(field);   // nor can toProto(fromProto(message)) have it back
        }
      }
      if (!expected.build().equals(again)) {
        problems.add("toProto(fromProto(message)) differs from the message (ids and versions aside):\n"
            + again + "\ninstead of\n" + expected.build());
      }
      if (!problems.isEmpty()) {
        fail(where + ":\n  " + String.join("\n  ", problems) + "\nentity:\n" + describe(model, type, original)
            + "\nmessage:\n" + message);
      }
    }

    Map<String, RoundTripPopulator.Usage> usage = populator.usage();
    for (Attribute attribute : published) {
      RoundTripPopulator.Usage count = usage.get(attribute.toString());
      FieldDescriptor field = RoundTripPopulator.field(descriptor, attribute);
      if (populator.nullable(attribute, field)) {
        assertTrue(count.absent > 0 && count.present > 0, attribute + " was not both absent and present: " + count);
      }
      if (attribute.isCollection()) {
        assertTrue(count.nonEmpty > 0 && count.empty > 0, attribute + " was not both empty and non-empty: " + count);
      }
    }
    return usage;
  }

  /**
   * Every published attribute has its field, every field has its attribute, and an attribute JPA lets be null has a
   * field that can be absent: else null would not survive the trip.
   */
  private static void checkSchema(RoundTripModel model, Descriptor descriptor, List<Attribute> published) {
    Set<String> fields = new HashSet<>();
    for (Attribute attribute : published) {
      FieldDescriptor field = RoundTripPopulator.field(descriptor, attribute);
      assertTrue(fields.add(field.getName()), "two attributes map to " + field.getFullName());
      if (!attribute.isCollection() && !model.requiredByJpa(attribute)) {
        assertTrue(field.hasPresence(), attribute + " may be null but " + field.getFullName() + " cannot be absent");
      }
    }
    List<String> unmatched = descriptor.getFields().stream().map(FieldDescriptor::getName)
        .filter(name -> !fields.contains(name)).toList();
    assertEquals(List.of(), unmatched, descriptor.getFullName() + " fields no attribute of the test maps to");
  }

  /**
   * Resolves references as {@code EntityManager.getReference} would, with a new detached instance holding the id;
   * checks that the id has the Java type of the target's id attribute.
   */
  private static ReferenceResolver resolver(RoundTripModel model) {
    return new ReferenceResolver() {
      @Override
      public <T> T getReference(Class<T> entityType, Object id) {
        assertTrue(model.isEntity(entityType), "reference to " + entityType + ", which is no entity");
        Class<?> idClass = RoundTripModel.idClass(entityType);
        Class<?> idType = idClass != null ? idClass : RoundTripModel.wrap(model.idAttribute(entityType).rawType());
        assertTrue(idType.isInstance(id), "reference to " + entityType.getSimpleName() + " with id " + id + " of "
            + (id == null ? "no type" : id.getClass().getName()) + " instead of " + idType.getName());
        return entityType.cast(model.reference(entityType, id));
      }
    };
  }

  // -----------------------------------------------------------------------------------------------------------------
  // Comparing
  // -----------------------------------------------------------------------------------------------------------------

  /** A reference to an entity, known by its id only. */
  private record Ref(Object id) {
    @Override
    public String toString() {
      return "ref(" + id + ")";
    }
  }

  /**
   * A value whose {@code equals} is the comparison the test wants: entities become {@link Ref}s, embeddables maps of
   * their published attributes, lists stay lists, sets become sets, other collections multisets, offset and zoned
   * date-times instants. {@code BigDecimal} keeps its scale-sensitive {@code equals}. Null stays null.
   */
  private static Object canonical(RoundTripModel model, Attribute attribute, Object value) {
    if (value instanceof Collection<?> collection) {
      List<Object> elements = collection.stream().map(element -> canonical(model, element)).collect(
          Collectors.toCollection(ArrayList::new));
      Class<?> declared = attribute.rawType();
      if (List.class.isAssignableFrom(declared)) {
        return elements;
      }
      if (Set.class.isAssignableFrom(declared)) {
        return new HashSet<>(elements);
      }
      return elements.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
    return canonical(model, value);
  }

  private static Object canonical(RoundTripModel model, Object value) {
    if (value == null) {
      return new NullValue();
    }
    Class<?> type = value.getClass();
    if (model.isEntity(type)) {
      return new Ref(canonical(model, model.identity(value)));
    }
    if (model.isEmbeddable(type)) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      for (Attribute attribute : model.attributes(type)) {
        if (attribute.published()) {
          attributes.put(attribute.name(), canonical(model, attribute, attribute.get(value)));
        }
      }
      return attributes;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> entries = new HashMap<>();
      map.forEach((key, entry) -> entries.put(canonical(model, key), canonical(model, entry)));
      return entries;
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    if (value instanceof Byte[] bytes) {
      byte[] unboxed = new byte[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        unboxed[i] = bytes[i];
      }
      return HexFormat.of().formatHex(unboxed);
    }
    if (value instanceof char[] chars) {
      return new String(chars);
    }
    if (value instanceof Character[] chars) {
      return List.of(chars);
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.sql.Time time) {
      return time.toLocalTime();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant();
    }
    if (value instanceof java.util.Calendar calendar) {
      return calendar.toInstant();
    }
    if (value != null && value.getClass().isArray()) {
      List<Object> elements = new ArrayList<>();
      for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
        elements.add(canonical(model, java.lang.reflect.Array.get(value, i)));
      }
      return elements;
    }
    if (value instanceof java.net.URL url) {
      return url.toExternalForm();   // URL.equals resolves host names
    }
    try {
      if (value instanceof java.sql.Blob blob) {
        return blob.length() == 0 ? "" : HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
      }
      if (value instanceof java.sql.Clob clob) {
        return (value instanceof java.sql.NClob ? "nclob:" : "clob:")
            + (clob.length() == 0 ? "" : clob.getSubString(1, (int) clob.length()));
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    return value;
  }

  /** Null, as a value with {@code equals}. */
  private record NullValue() {
    @Override
    public String toString() {
      return "null";
    }
  }

  /** The entity's published attributes, one a line, for failure messages. */
  private static String describe(RoundTripModel model, Class<?> type, Object instance) {
    StringBuilder out = new StringBuilder();
    for (Attribute attribute : model.attributes(type)) {
      if (attribute.published()) {
        Object value = canonical(model, attribute, attribute.get(instance));
        out.append("  ").append(attribute.name()).append(" = ").append(quote(value)).append('\n');
      }
    }
    return out.toString();
  }

  /** Strings with their code points escaped outside printable ASCII, so control and non-BMP text can be read. */
  private static String quote(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c >= 0x20 && c < 0x7F) {
        out.appendCodePoint(c);
      } else {
        out.append("\\u{").append(Integer.toHexString(c)).append('}');
      }
    });
    return out.toString();
  }
}
