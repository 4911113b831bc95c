package io.jpaproto.processor;

import static io.jpaproto.processor.CompiledModel.invoke;
import static io.jpaproto.processor.CompiledModel.load;
import static io.jpaproto.processor.CompiledModel.mappers;
import static io.jpaproto.processor.CompiledModel.method;
import static io.jpaproto.processor.CompiledModel.toProto;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.jpaproto.ReferenceResolver;
import io.jpaproto.processor.CompiledModel.Loaded;
import io.jpaproto.processor.RoundTripModel.Attribute;
import io.jpaproto.processor.RoundTripModel.Kind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.ModelPartContainer;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SqlTypedMapping;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated mappers against a real JPA provider: each realistic model (see {@link RealisticModelsTest}), compiled
 * and loaded as in {@link RealisticRoundTripTest}, gets a fresh Hibernate 7 persistence unit over an in-memory H2
 * database (built programmatically from the model's entity classes, schema created from them), and for every concrete
 * entity:
 * <pre>
 *   random entity -> toProto -> (fit to the database) -> fromProto(message, em::getReference) -> persist, commit
 *                 -> toProto(stored entity)                                                       = what was stored
 *   fresh EntityManager -> find(id) -> toProto(reloaded entity)                                   = what was stored
 * </pre>
 * so a mapper that writes something Hibernate cannot store, builds references Hibernate cannot resolve, or reads an
 * attribute of a reloaded entity (proxies, persistent collections) differently from a new one, fails here.
 *
 * <p>Fitting the message to the database is the only liberty taken, and it changes values only where the column
 * cannot hold them, as read from Hibernate's own mapping model: text longer than its column is cut, decimals take
 * the column's scale and precision, date-times the column's fractional seconds. Relations are pointed at entities
 * stored before (entities are stored in the order of their owning relations; a one-to-many or one-to-one target is
 * used once per attribute). An instance that breaks a unique key (random assigned ids, unique columns) is drawn
 * again. Repeated fields compare in any order (a {@code Set} or a bag without {@code @OrderColumn} reloads in the
 * database's order).
 *
 * <p>To add a model: add its name to the {@code @ValueSource} below. {@code -Djpaproto.persistCases=N} stores more
 * instances per entity (default {@value #DEFAULT_CASES}).
 */
class RealisticPersistenceTest {
  private static final long SEED = Long.getLong("jpaproto.roundTripSeed", 20_240_611L);
  private static final int DEFAULT_CASES = 50;
  private static final int CASES = Integer.getInteger("jpaproto.persistCases", DEFAULT_CASES);
  /** Draws of one instance that may break a unique key before the test gives up. */
  private static final int ATTEMPTS = 25;
  /** How often a relation that may be empty is left empty. */
  private static final double EMPTY_RELATION_CHANCE = 0.2;

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.jpaproto.processor.RealisticModelsTest#models")
  void everyEntityReloadsAsItWasStored(String modelName) {
    long start = System.nanoTime();
    Loaded loaded = load(modelName);
    try (EntityManagerFactory database = database(modelName, loaded)) {
      Store store = new Store(modelName, loaded, database);
      for (Class<?> entity : store.order()) {
        store.persist(entity);
      }
      List<Executable> checks = new ArrayList<>();
      store.stored.forEach((entity, instances) -> checks.add(() -> store.reload(entity, instances)));
      assertAll(modelName + " reloads", checks);
      System.out.printf("%s: %d entities, %d instances each stored and reloaded through Hibernate and H2 (%d "
              + "redrawn for a unique key), %d ms including compilation%n", modelName, store.stored.size(), CASES,
          store.redrawn, (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** A new in-memory H2 database with the schema of every entity of the model. */
  private static EntityManagerFactory database(String modelName, Loaded loaded) {
    String name = "realistic-" + modelName + "-" + UUID.randomUUID();
    HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(name)
        .jdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .jdbcCredentials("sa", "")
        .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
        .property(AvailableSettings.HBM2DDL_HALT_ON_ERROR, true)           // a model Hibernate cannot create fails
        .property(AvailableSettings.KEYWORD_AUTO_QUOTING_ENABLED, true)    // columns named value, key, ...
        .property(AvailableSettings.CLASSLOADERS, List.of(loaded.classes().get(0).getClassLoader()));
    for (Class<?> type : loaded.classes()) {
      if (type.isAnnotationPresent(jakarta.persistence.Entity.class)
          || type.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class)
          || type.isAnnotationPresent(jakarta.persistence.Embeddable.class)
          || type.isAnnotationPresent(jakarta.persistence.Converter.class)) {
        configuration.managedClass(type);
      }
    }
    return configuration.createEntityManagerFactory();
  }

  /** One stored instance: the message of the entity as stored (with its generated id and version) and its id. */
  private record Stored(Message message, Object id) {}

  /** What the test stored in one database, and how. */
  private static final class Store {
    private final String modelName;
    private final RoundTripModel model;
    private final EntityManagerFactory database;
    private final Map<Class<?>, Class<?>> mappers;
    private final Dialect dialect;
    private final SessionFactoryImplementor hibernate;
    private final SplittableRandom random;
    private final RoundTripValues values;
    /** Concrete entity -> its stored instances, in the order stored. */
    final Map<Class<?>, List<Stored>> stored = new LinkedHashMap<>();
    /** Relation attribute -> the targets it used, for one-to-many and one-to-one relations (each target once). */
    private final Map<Attribute, Set<Stored>> usedTargets = new HashMap<>();
    int redrawn;

    Store(String modelName, Loaded loaded, EntityManagerFactory database) {
      this.modelName = modelName;
      this.model = loaded.model();
      this.database = database;
      this.mappers = mappers(loaded);
      this.hibernate = database.unwrap(SessionFactoryImplementor.class);
      this.dialect = hibernate.getJdbcServices().getDialect();
      this.random = new SplittableRandom(SEED ^ modelName.hashCode());
      this.values = new RoundTripValues(random.split());
    }

    /**
     * The concrete entities, each after the entities its owning relations point to (where relations form a cycle,
     * in name order: a relation to a type with nothing stored yet is left empty, or fails when it is required).
     */
    List<Class<?>> order() {
      List<Class<?>> remaining = new ArrayList<>(model.concreteEntities());
      List<Class<?>> order = new ArrayList<>();
      while (!remaining.isEmpty()) {
        Class<?> next = remaining.stream().filter(type -> targets(type).stream().allMatch(target ->
                order.stream().anyMatch(target::isAssignableFrom)
                    || remaining.stream().noneMatch(other -> other != type && target.isAssignableFrom(other))))
            .findFirst().orElse(remaining.get(0));
        remaining.remove(next);
        order.add(next);
      }
      return order;
    }

    /** The entity types the published owning relations of {@code type} point to. */
    private List<Class<?>> targets(Class<?> type) {
      return model.attributes(type).stream()
          .filter(attribute -> attribute.published() || RoundTripModel.sharesAColumn(attribute.mapping()))
          .filter(attribute -> attribute.kind() == Kind.TO_ONE || attribute.kind() == Kind.TO_MANY)
          .<Class<?>>map(attribute -> attribute.kind() == Kind.TO_ONE ? attribute.rawType()
              : RoundTripModel.raw(attribute.elementType()))
          .toList();
    }

    /** Stores {@link #CASES} random instances of {@code entity}, each in a transaction of its own. */
    void persist(Class<?> entity) {
      Class<?> mapperClass = mappers.get(entity);
      assertNotNull(mapperClass, "no mapper for " + entity.getName());
      Object mapper = field(mapperClass, "INSTANCE");
      Method toProto = toProto(mapperClass);
      Method fromProto = method(mapperClass, "fromProto", toProto.getReturnType());
      Descriptor descriptor = (Descriptor) invoke(noArgMethod(toProto.getReturnType(), "getDescriptor"), null);
      RoundTripPopulator populator = new RoundTripPopulator(model, new RoundTripValues(random.split()));
      List<Stored> instances = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        String where = modelName + " " + entity.getSimpleName() + " instance " + i + " (seed " + SEED + ")";
        for (int attempt = 1; ; attempt++) {
          Message random = (Message) invoke(toProto, mapper, populator.instance(entity, descriptor));
          if (!assignedIdPresent(entity, random)) {
            redrawn++;   // an id the application assigns, left absent: as if it were null, which JPA refuses
            continue;
          }
          Message message = fit(entity, random, hibernate.getMappingMetamodel().getEntityDescriptor(entity));
          Stored result = inTransaction(where, message, em -> {
            ReferenceResolver resolver = em::getReference;
            Object instance = fromProto.getParameterCount() == 2 ? invoke(fromProto, mapper, message, resolver)
                : invoke(fromProto, mapper, message);
            fillUnpublished(entity, instance, em);
            em.persist(instance);
            em.flush();
            return new Stored((Message) invoke(toProto, mapper, instance),
                database.getPersistenceUnitUtil().getIdentifier(instance));
          });
          if (result != null) {
            instances.add(result);
            break;
          }
          redrawn++;
          assertTrue(attempt < ATTEMPTS, where + ": " + ATTEMPTS + " random instances in a row broke a unique key");
        }
      }
      stored.put(entity, instances);
    }

    /** Whether the message has every id attribute the application assigns (not generated ones). */
    private boolean assignedIdPresent(Class<?> entity, Message message) {
      for (Attribute attribute : model.attributes(entity)) {
        if (attribute.id() && !attribute.generated() && attribute.published()) {
          FieldDescriptor field = RoundTripPopulator.field(message.getDescriptorForType(), attribute);
          if (field.hasPresence() && !message.hasField(field)) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * Runs {@code work} in a transaction; returns null when the commit broke a unique key (the caller draws again),
     * fails on any other error, naming the message that could not be stored.
     */
    private Stored inTransaction(String where, Message message, Function<EntityManager, Stored> work) {
      EntityManager em = database.createEntityManager();
      EntityTransaction transaction = em.getTransaction();
      try {
        transaction.begin();
        Stored result = work.apply(em);
        transaction.commit();
        return result;
      } catch (PersistenceException e) {
        if (uniqueKeyViolation(e)) {
          return null;
        }
        throw new AssertionError(where + ": Hibernate could not store\n" + message, e);
      } catch (RuntimeException e) {
        throw new AssertionError(where + ": could not store\n" + message, e);
      } finally {
        if (transaction.isActive()) {
          transaction.rollback();
        }
        em.close();
      }
    }

    private static boolean uniqueKeyViolation(Throwable e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
          return violation.getKind()
              == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE;
        }
        if (cause instanceof jakarta.persistence.EntityExistsException) {
          return true;
        }
      }
      return false;
    }

    /** Finds each stored instance in a fresh EntityManager; its message must be the one stored. */
    void reload(Class<?> entity, List<Stored> instances) {
      Class<?> mapperClass = mappers.get(entity);
      Object mapper = field(mapperClass, "INSTANCE");
      Method toProto = toProto(mapperClass);
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < instances.size(); i++) {
        Stored instance = instances.get(i);
        EntityManager em = database.createEntityManager();
        em.getTransaction().begin();   // large objects are read through the connection that loaded them
        try {
          Object found = em.find(entity, instance.id());
          assertNotNull(found, modelName + " " + entity.getSimpleName() + " " + instance.id() + " was not stored");
          for (Attribute attribute : model.attributes(entity)) {
            if (attribute.published() && attribute.isCollection()) {
              Hibernate.initialize(attribute.get(found));   // a mapper never loads: the caller fetches
            }
          }
          Message reloaded = (Message) invoke(toProto, mapper, found);
          if (!canonical(instance.message()).equals(canonical(reloaded))) {
            problems.add("instance " + i + " stored as\n" + instance.message() + "reloaded as\n" + reloaded);
          }
        } finally {
          em.getTransaction().rollback();
          em.close();
        }
      }
      if (!problems.isEmpty()) {
        fail(modelName + " " + entity.getSimpleName() + ": " + problems.size() + " of " + instances.size()
            + " instances reloaded differently (seed " + SEED + "); the first:\n" + problems.get(0));
      }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Fitting a random message to the database
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * The message with its relations pointing at stored entities and its values cut to their columns. {@code part}
     * is Hibernate's mapping of {@code type} (an entity persister or an embeddable's mapping type).
     */
    private Message fit(Class<?> type, Message message, ModelPart part) {
      Message.Builder builder = message.toBuilder();
      for (Attribute attribute : model.attributes(type)) {
        if (!attribute.published()) {
          pointFolded(type, builder, attribute);
          continue;
        }
        FieldDescriptor field = RoundTripPopulator.field(message.getDescriptorForType(), attribute);
        ModelPart column = subPart(part, attribute.name());
        switch (attribute.kind()) {
          case TO_ONE -> pointToOne(builder, field, attribute);
          case TO_MANY -> pointToMany(builder, field, attribute);
          case BASIC, EMBEDDED, ELEMENT_COLLECTION -> {
            if (field.isRepeated()) {
              // An array is one basic column (a SQL array) whose facts are its elements'.
              ModelPart element = column instanceof PluralAttributeMapping plural
                  ? plural.getElementDescriptor() : column;
              List<Object> elements = new ArrayList<>();
              for (int i = 0; i < builder.getRepeatedFieldCount(field); i++) {
                elements.add(fitValue(RoundTripModel.raw(attribute.elementType()), builder.getRepeatedField(field, i),
                    element));
              }
              builder.clearField(field);
              elements.forEach(value -> builder.addRepeatedField(field, value));
            } else if (builder.hasField(field) || !field.hasPresence()) {
              builder.setField(field, fitValue(attribute.rawType(), builder.getField(field), column));
            }
          }
          case MAP -> {
            PluralAttributeMapping plural = (PluralAttributeMapping) column;
            FieldDescriptor key = field.getMessageType().findFieldByName("key");
            FieldDescriptor value = field.getMessageType().findFieldByName("value");
            List<Message> entries = new ArrayList<>();
            Set<Object> keys = new HashSet<>();
            for (int i = 0; i < builder.getRepeatedFieldCount(field); i++) {
              Message entry = (Message) builder.getRepeatedField(field, i);
              Object fittedKey = fitValue(RoundTripModel.raw(attribute.keyType()), entry.getField(key),
                  plural.getIndexDescriptor());
              if (keys.add(fittedKey)) {   // cutting two keys to one length may make them one
                entries.add(entry.toBuilder().setField(key, fittedKey).setField(value,
                    fitValue(RoundTripModel.raw(attribute.elementType()), entry.getField(value),
                        plural.getElementDescriptor())).build());
              }
            }
            builder.clearField(field);
            entries.forEach(entry -> builder.addRepeatedField(field, entry));
          }
        }
      }
      return builder.build();
    }

    /** The mapping of attribute {@code name} (an id too) of an entity or embeddable mapping. */
    private static ModelPart subPart(ModelPart part, String name) {
      ModelPart container = part instanceof EmbeddableValuedModelPart embedded
          ? embedded.getEmbeddableTypeDescriptor() : part;
      ModelPart attribute = container instanceof ModelPartContainer parts ? parts.findSubPart(name, null) : null;
      if (attribute == null) {
        throw new AssertionError("Hibernate maps no attribute " + name + " in " + part.getNavigableRole());
      }
      return attribute;
    }

    /** One value of a basic or embeddable Java type, fitted to its column(s). */
    private Object fitValue(Class<?> javaType, Object value, ModelPart column) {
      if (value instanceof Message nested && model.isEmbeddable(javaType)) {
        return fit(javaType, nested, column);
      }
      if (!(column instanceof SqlTypedMapping sql)) {
        return value;
      }
      boolean timeOfDay = javaType == java.time.LocalTime.class || javaType == java.sql.Time.class
          || javaType == java.time.OffsetTime.class;
      if (value instanceof Message nested) {
        return fitFractionalSeconds(nested, sql, timeOfDay);
      }
      if (value instanceof String text && javaType == java.time.OffsetTime.class) {
        int unit = fractionUnit(sql, true);
        java.time.OffsetTime time = java.time.OffsetTime.parse(text);
        return time.withNano(time.getNano() / unit * unit).toString();
      }
      if (value instanceof String text) {
        if (javaType == BigDecimal.class) {
          return fitDecimal(new BigDecimal(text), sql).toString();
        }
        if (javaType == BigInteger.class) {
          return fitDecimal(new BigDecimal(new BigInteger(text)), sql).toBigIntegerExact().toString();
        }
        if (javaType == String.class || javaType == char[].class || javaType == Character[].class) {
          return cut(text, sql.getLength() == null ? 255 : sql.getLength());
        }
        if (javaType == java.time.ZoneOffset.class && sql.getLength() != null && text.length() > sql.getLength()) {
          // Hibernate keeps an offset's id in a short column: whole minutes (+hh:mm), as time zones use.
          int seconds = java.time.ZoneOffset.of(text).getTotalSeconds();
          return java.time.ZoneOffset.ofTotalSeconds(seconds / 60 * 60).getId();
        }
      }
      if (value instanceof ByteString bytes && sql.getLength() != null && !sql.isLob()
          && bytes.size() > sql.getLength()) {
        return bytes.substring(0, Math.toIntExact(sql.getLength()));
      }
      return value;
    }

    /** Text of at most {@code length} UTF-16 units, never splitting a surrogate pair. */
    private static String cut(String text, long length) {
      if (text.length() <= length) {
        return text;
      }
      int end = (int) length;
      if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      return text.substring(0, end);
    }

    /** The decimal at the column's scale, and within its precision (the unscaled value cut when too long). */
    private BigDecimal fitDecimal(BigDecimal value, SqlTypedMapping column) {
      int precision = column.getPrecision() != null ? column.getPrecision() : dialect.getDefaultDecimalPrecision();
      int scale = column.getScale() != null ? column.getScale() : 2;
      // Scales far out (random values reach the ends of the int range) are a tiny value or a huge one.
      BigDecimal near = value.scale() > 1_000 ? BigDecimal.ZERO
          : value.scale() < -1_000 ? new BigDecimal(value.unscaledValue()) : value;
      BigDecimal scaled = near.setScale(scale, RoundingMode.HALF_EVEN);
      BigInteger limit = BigInteger.TEN.pow(precision);
      return scaled.unscaledValue().abs().compareTo(limit) < 0 ? scaled
          : new BigDecimal(scaled.unscaledValue().remainder(limit), scale);
    }

    /** Timestamps, durations and times of day with no more fractional digits than the column keeps. */
    private Message fitFractionalSeconds(Message value, SqlTypedMapping column, boolean timeOfDay) {
      FieldDescriptor nanos = value.getDescriptorForType().findFieldByName("nanos");
      if (nanos == null) {
        return value;
      }
      int unit = fractionUnit(column, timeOfDay);
      int given = (Integer) value.getField(nanos);
      return value.toBuilder().setField(nanos, given / unit * unit).build();
    }

    /**
     * The nanoseconds a column's fractional seconds count in: its declared precision, else the dialect's default for
     * timestamps and durations, and whole seconds for times of day (H2's {@code time} default).
     */
    private int fractionUnit(SqlTypedMapping column, boolean timeOfDay) {
      int precision = column.getTemporalPrecision() != null ? column.getTemporalPrecision()
          : timeOfDay ? 0 : dialect.getDefaultTimestampPrecision();
      return BigInteger.TEN.pow(9 - Math.min(9, precision)).intValueExact();
    }

    /** A to-one relation pointing at a stored target, or absent now and then when it may be. */
    private void pointToOne(Message.Builder builder, FieldDescriptor field, Attribute attribute) {
      boolean required = model.requiredByJpa(attribute) || attribute.annotation(MapsId.class) != null
          || attribute.id();   // a derived identity (@Id on a to-one relation) is part of the key
      Stored target = target(attribute, attribute.rawType(),
          field.hasPresence() && random.nextDouble() < EMPTY_RELATION_CHANCE && !required);
      if (target == null) {
        builder.clearField(field);
      } else {
        builder.setField(field, idOf(attribute.rawType(), target, builder, field));
      }
    }

    /**
     * A relation folded into another attribute's field (a {@code @MapsId} relation, a read-only relation beside its
     * writable basic column): that field, or the id's part, points at a stored target.
     */
    private void pointFolded(Class<?> type, Message.Builder builder, Attribute relation) {
      if (relation.kind() != Kind.TO_ONE || !RoundTripModel.sharesAColumn(relation.mapping())) {
        return;
      }
      Descriptor descriptor = builder.getDescriptorForType();
      MapsId mapsId = relation.annotation(MapsId.class);
      Stored target = target(relation, relation.rawType(), false);
      Object id = idOf(relation.rawType(), target, null, null);
      if (mapsId != null) {
        for (Attribute key : model.attributes(type)) {
          if (!key.id() || !key.published()) {
            continue;
          }
          FieldDescriptor field = RoundTripPopulator.field(descriptor, key);
          if (mapsId.value().isEmpty()) {
            builder.setField(field, id);
          } else {
            Message.Builder part = ((Message) builder.getField(field)).toBuilder();
            part.setField(field.getMessageType().findFieldByName(RoundTripModel.snakeCase(mapsId.value())), id);
            builder.setField(field, part.build());
          }
        }
        return;
      }
      jakarta.persistence.JoinColumn join = relation.annotation(jakarta.persistence.JoinColumn.class);
      for (Attribute basic : model.attributes(type)) {
        jakarta.persistence.Column column = basic.annotation(jakarta.persistence.Column.class);
        if (basic.published() && basic.kind() == Kind.BASIC && join != null && column != null
            && column.name().equalsIgnoreCase(join.name())) {
          builder.setField(RoundTripPopulator.field(descriptor, basic), id);
        }
      }
    }

    /** A to-many relation pointing at 0..3 distinct stored targets (by key, for a relation held in a map). */
    private void pointToMany(Message.Builder builder, FieldDescriptor field, Attribute attribute) {
      if (field.isMapField()) {
        pointMap(builder, field, attribute);
        return;
      }
      builder.clearField(field);
      Class<?> targetType = RoundTripModel.raw(attribute.elementType());
      Set<Stored> chosen = new LinkedHashSet<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        Stored target = target(attribute, targetType, false);
        if (target != null && chosen.add(target)) {
          builder.addRepeatedField(field, idOf(targetType, target, builder, field));
        }
      }
    }

    /** A relation held in a map: its entries' values (and entity keys) point at stored targets, keys stay distinct. */
    private void pointMap(Message.Builder builder, FieldDescriptor field, Attribute attribute) {
      FieldDescriptor key = field.getMessageType().findFieldByName("key");
      FieldDescriptor value = field.getMessageType().findFieldByName("value");
      Class<?> keyType = RoundTripModel.raw(attribute.keyType());
      Class<?> targetType = RoundTripModel.raw(attribute.elementType());
      List<Message> entries = new ArrayList<>();
      Set<Object> keys = new HashSet<>();
      for (int i = 0; i < builder.getRepeatedFieldCount(field); i++) {
        Message entry = (Message) builder.getRepeatedField(field, i);
        Object entryKey = model.isEntity(keyType) ? idOf(keyType, target(attribute, keyType, false), null, null)
            : fitValue(keyType, entry.getField(key), null);
        Stored target = target(attribute, targetType, false);
        jakarta.persistence.MapKey mapKey = attribute.annotation(jakarta.persistence.MapKey.class);
        if (mapKey != null && target != null) {
          // @MapKey: the key is the target's attribute (its id by default), whatever the map was given.
          String name = mapKey.name().isEmpty() ? model.idAttribute(targetType).protoName()
              : RoundTripModel.snakeCase(mapKey.name());
          entryKey = target.message().getField(target.message().getDescriptorForType().findFieldByName(name));
        }
        if (target != null && keys.add(entryKey)) {
          entries.add(entry.toBuilder().setField(key, entryKey).setField(value, idOf(targetType, target, null, null))
              .build());
        }
      }
      builder.clearField(field);
      entries.forEach(entry -> builder.addRepeatedField(field, entry));
    }

    /**
     * A stored instance of (a concrete subtype of) {@code targetType}, or null when {@code leaveEmpty} or none is
     * left; fails when the attribute is required and there is none.
     */
    private Stored target(Attribute attribute, Class<?> targetType, boolean leaveEmpty) {
      boolean once = attribute.annotation(OneToMany.class) != null || attribute.annotation(OneToOne.class) != null;
      Set<Stored> used = usedTargets.computeIfAbsent(attribute, key -> new HashSet<>());
      List<Stored> candidates = new ArrayList<>();
      stored.forEach((type, instances) -> {
        if (targetType.isAssignableFrom(type)) {
          instances.stream().filter(instance -> !once || !used.contains(instance)).forEach(candidates::add);
        }
      });
      if (leaveEmpty || candidates.isEmpty()) {
        assertTrue(leaveEmpty || !model.requiredByJpa(attribute), modelName + ": " + attribute + " is required, "
            + "but no " + targetType.getSimpleName() + " is left to point it at: the relations of the model form a "
            + "cycle of required relations, or a one-to-one needs more targets");
        return null;
      }
      Stored target = candidates.get(random.nextInt(candidates.size()));
      if (once) {
        used.add(target);
      }
      return target;
    }

    /**
     * The id field value of a stored target, as a relation field carries it; for a target keyed by an
     * {@code @IdClass}, the key message (of the relation's {@code field}) built from the target's id fields.
     */
    private Object idOf(Class<?> targetType, Stored target, Message.Builder owner, FieldDescriptor field) {
      if (RoundTripModel.idClass(targetType) != null) {
        Message.Builder key = owner.newBuilderForField(field);
        for (FieldDescriptor part : field.getMessageType().getFields()) {
          for (Attribute id : model.attributes(targetType)) {
            if (id.id() && RoundTripModel.snakeCase(id.name()).equals(part.getName())) {
              FieldDescriptor idField = target.message().getDescriptorForType().findFieldByName(id.protoName());
              if (target.message().hasField(idField)) {
                key.setField(part, target.message().getField(idField));
              }
            }
          }
        }
        return key.build();
      }
      Attribute id = model.idAttribute(targetType);
      return target.message().getField(target.message().getDescriptorForType().findFieldByName(id.protoName()));
    }

    /**
     * Gives the attributes the message does not carry but the database requires (a required {@code @ProtoIgnore}d
     * column or relation, which the application sets itself; a {@code @MapsId} relation, from which Hibernate
     * derives part of the id) a value, so the entity can be stored at all.
     */
    private void fillUnpublished(Class<?> entity, Object instance, EntityManager em) {
      for (Attribute attribute : model.attributes(entity)) {
        boolean required = model.requiredByJpa(attribute) || attribute.annotation(MapsId.class) != null;
        if (attribute.published() || attribute.id() || attribute.version() || !required
            || attribute.get(instance) != null && !attribute.rawType().isPrimitive()) {
          continue;
        }
        if (attribute.kind() == Kind.BASIC) {
          attribute.set(instance, values.basic(attribute.rawType(), null));
        } else if (attribute.kind() == Kind.TO_ONE) {
          Stored target = target(attribute, attribute.rawType(), false);
          attribute.set(instance, em.getReference(attribute.rawType(), target.id()));
        }
      }
    }
  }

  // -----------------------------------------------------------------------------------------------------------------
  // Comparing
  // -----------------------------------------------------------------------------------------------------------------

  /** The message with every repeated field (nested ones too) in one order, so that order does not count. */
  static Message canonical(Message message) {
    Message.Builder builder = message.toBuilder();
    for (Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
      FieldDescriptor field = entry.getKey();
      if (field.isRepeated() && !field.isMapField()) {
        List<Object> elements = new ArrayList<>();
        for (Object element : (List<?>) entry.getValue()) {
          elements.add(element instanceof Message nested ? canonical(nested) : element);
        }
        elements.sort(Comparator.comparing(RealisticPersistenceTest::sortKey));
        builder.clearField(field);
        elements.forEach(element -> builder.addRepeatedField(field, element));
      } else if (!field.isRepeated() && entry.getValue() instanceof Message nested) {
        builder.setField(field, canonical(nested));
      }
    }
    return builder.build();
  }

  private static String sortKey(Object element) {
    return element instanceof Message message ? HexFormat.of().formatHex(message.toByteArray())
        : element instanceof ByteString bytes ? HexFormat.of().formatHex(bytes.toByteArray()) : String.valueOf(element);
  }

  private static Object field(Class<?> type, String name) {
    try {
      return type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Method noArgMethod(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
