package io.jpaproto.conformance;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Random valid values for the fields of a published message, chosen from the proto type and, where the message
 * field is a JPA attribute, from its Java type and column ({@code length}, {@code precision}, {@code scale}), so
 * that every value is one the database stores exactly as sent. Relations get ids of entities the caller creates.
 */
final class Values {
  /** Lower case only: some entities normalise case (user names, e-mail addresses), which is not under test. */
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String WIDE = "éßøж日本";
  /** 2000-01-01 .. 2037-12-31, in seconds. */
  private static final long FROM = 946_684_800L;
  private static final long TO = 2_145_830_400L;

  private final Random random;
  private final Metamodel metamodel;
  /**
   * Creates a fresh entity for a relation attribute and answers its id as the proto field value (Long or String),
   * or {@code null} to leave the relation unset.
   */
  private final Function<Attribute<?, ?>, Object> newTarget;

  /**
   * @param newTarget creates a target for a relation and answers it as the service answered it, or {@code null} to
   *     leave an optional relation unset
   */
  Values(Random random, Metamodel metamodel, Function<Attribute<?, ?>, Object> newTarget) {
    this.random = random;
    this.metamodel = metamodel;
    this.newTarget = newTarget;
  }

  /** The JPA attribute behind a message field, by the processor's naming ({@code author_id} for {@code author}). */
  static Attribute<?, ?> attributeOf(ManagedType<?> type, FieldDescriptor field) {
    if (type == null) {
      return null;
    }
    for (Attribute<?, ?> attribute : type.getAttributes()) {
      Column column = annotation(attribute, Column.class);
      jakarta.persistence.JoinColumn join = annotation(attribute, jakarta.persistence.JoinColumn.class);
      if ((column != null && field.getName().equals(column.name()))
          || (join != null && field.getName().equals(join.name()))) {
        return attribute; // renamed with @ProtoField(name) to its column's name, as models often do
      }
    }
    for (Attribute<?, ?> attribute : type.getAttributes()) {
      String snake = lowerSnake(attribute.getName());
      if (field.getName().equals(snake) || field.getName().equals(snake + "_id")
          || field.getName().equals(snake + "_ids") || field.getName().equals(singularIds(snake))) {
        return attribute;
      }
    }
    return null;
  }

  private static String singularIds(String snake) {
    String singular = snake.endsWith("ies") ? snake.substring(0, snake.length() - 3) + "y"
        : snake.endsWith("s") ? snake.substring(0, snake.length() - 1) : snake;
    return singular + "_ids";
  }

  static String lowerSnake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether a client may set this field on create: not a generated id, not a version, not an inverse side. */
  static boolean settable(Attribute<?, ?> attribute) {
    if (attribute == null) {
      return true;
    }
    if (attribute instanceof SingularAttribute<?, ?> singular && (singular.isVersion()
        || (singular.isId() && annotation(attribute, GeneratedValue.class) != null))) {
      return false;
    }
    return inverseSide(attribute) == null;
  }

  /**
   * Whether a client's value for this field on create is stored: {@link #settable} and the column is insertable
   * ({@code @Column(insertable = false)} is a column the database fills, such as one with a default).
   */
  static boolean creatable(Attribute<?, ?> attribute) {
    if (!settable(attribute)) {
      return false;
    }
    Column column = annotation(attribute, Column.class);
    jakarta.persistence.JoinColumn join = annotation(attribute, jakarta.persistence.JoinColumn.class);
    return (column == null || column.insertable()) && (join == null || join.insertable());
  }

  /** Whether the column may be written by an update: not {@code @Column(updatable = false)}. */
  static boolean updatable(Attribute<?, ?> attribute) {
    Column column = annotation(attribute, Column.class);
    jakarta.persistence.JoinColumn join = annotation(attribute, jakarta.persistence.JoinColumn.class);
    return (column == null || column.updatable()) && (join == null || join.updatable());
  }

  /**
   * Whether the answer's {@code answered} is the value a client sent as {@code sent}: equal, except for an
   * {@code OffsetTime}, which a database may store normalised (PostgreSQL at UTC): the same time of day on the same
   * instant counts, whatever the offset it is written in.
   */
  static boolean sameValue(Attribute<?, ?> attribute, Object sent, Object answered) {
    if (java.util.Objects.equals(sent, answered)) {
      return true;
    }
    if (attribute != null && attribute.getJavaType() == java.time.OffsetTime.class && sent instanceof String a
        && answered instanceof String b) {
      return utc(java.time.OffsetTime.parse(a)).equals(utc(java.time.OffsetTime.parse(b)));
    }
    return false;
  }

  /** The time of day at UTC (wrapping past midnight, which {@code OffsetTime.isEqual} does not). */
  private static java.time.LocalTime utc(java.time.OffsetTime time) {
    return time.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalTime();
  }

  /** Whether deleting the entity deletes the targets of this relation too: cascade {@code REMOVE} or orphan removal. */
  static boolean cascadesRemove(Attribute<?, ?> attribute) {
    if (attribute == null || !attribute.isAssociation()) {
      return false;
    }
    java.util.List<jakarta.persistence.CascadeType> cascade = new java.util.ArrayList<>();
    boolean orphans = false;
    OneToMany oneToMany = annotation(attribute, OneToMany.class);
    if (oneToMany != null) {
      cascade.addAll(java.util.List.of(oneToMany.cascade()));
      orphans = oneToMany.orphanRemoval();
    }
    OneToOne oneToOne = annotation(attribute, OneToOne.class);
    if (oneToOne != null) {
      cascade.addAll(java.util.List.of(oneToOne.cascade()));
      orphans |= oneToOne.orphanRemoval();
    }
    ManyToMany manyToMany = annotation(attribute, ManyToMany.class);
    if (manyToMany != null) {
      cascade.addAll(java.util.List.of(manyToMany.cascade()));
    }
    jakarta.persistence.ManyToOne manyToOne = annotation(attribute, jakarta.persistence.ManyToOne.class);
    if (manyToOne != null) {
      cascade.addAll(java.util.List.of(manyToOne.cascade()));
    }
    return orphans || cascade.contains(jakarta.persistence.CascadeType.ALL)
        || cascade.contains(jakarta.persistence.CascadeType.REMOVE);
  }

  /** The {@code mappedBy} of an inverse relation side, or {@code null}. */
  static String inverseSide(Attribute<?, ?> attribute) {
    OneToMany oneToMany = annotation(attribute, OneToMany.class);
    if (oneToMany != null && !oneToMany.mappedBy().isEmpty()) {
      return oneToMany.mappedBy();
    }
    ManyToMany manyToMany = annotation(attribute, ManyToMany.class);
    if (manyToMany != null && !manyToMany.mappedBy().isEmpty()) {
      return manyToMany.mappedBy();
    }
    OneToOne oneToOne = annotation(attribute, OneToOne.class);
    if (oneToOne != null && !oneToOne.mappedBy().isEmpty()) {
      return oneToOne.mappedBy();
    }
    return null;
  }

  static <A extends java.lang.annotation.Annotation> A annotation(Attribute<?, ?> attribute, Class<A> type) {
    Member member = attribute == null ? null : attribute.getJavaMember();
    return member instanceof AnnotatedElement element ? element.getAnnotation(type) : null;
  }

  /** Sets every settable field of {@code builder} to a random valid value. */
  void fill(DynamicMessage.Builder builder, ManagedType<?> type) {
    for (FieldDescriptor field : builder.getDescriptorForType().getFields()) {
      Attribute<?, ?> attribute = attributeOf(type, field);
      if (creatable(attribute)) {
        set(builder, field, attribute);
      }
    }
  }

  /** Sets {@code field} to a new random value (a new list for a repeated field). */
  void set(DynamicMessage.Builder builder, FieldDescriptor field, Attribute<?, ?> attribute) {
    builder.clearField(field);
    if (field.isMapField() && attribute != null && attribute.isAssociation()) {
      relationMap(builder, field, attribute);
    } else if (field.isMapField()) {
      Descriptor entry = field.getMessageType();
      int count = 1 + random.nextInt(3);
      Set<Object> keys = new LinkedHashSet<>();
      while (keys.size() < count) {
        keys.add(mapKey(entry.findFieldByName("key"), attribute));
      }
      for (Object key : keys) {
        DynamicMessage.Builder item = DynamicMessage.newBuilder(entry);
        item.setField(entry.findFieldByName("key"), key);
        FieldDescriptor value = entry.findFieldByName("value");
        item.setField(value, value.getJavaType() == FieldDescriptor.JavaType.MESSAGE
            ? message(value.getMessageType(), null) : scalar(value, null, 40));
        builder.addRepeatedField(field, item.build());
      }
    } else if (field.isRepeated()) {
      int count = 1 + random.nextInt(3);
      Set<Object> values = new LinkedHashSet<>(); // distinct: element collections are often sets
      for (int i = 0; i < count * 5 && values.size() < count; i++) {
        Object value = one(field, attribute);
        if (value == null) {
          break;
        }
        values.add(value);
      }
      values.forEach(value -> builder.addRepeatedField(field, value));
    } else {
      Object value = one(field, attribute);
      if (value != null) {
        builder.setField(field, value);
      }
    }
  }

  /**
   * A relation held in a map: 1..3 new targets, each keyed as the provider keys it: by the target's attribute for
   * {@code @MapKey(name = ...)}, by its id for a bare {@code @MapKey}, else by a random key of the key column.
   */
  private void relationMap(DynamicMessage.Builder builder, FieldDescriptor field, Attribute<?, ?> attribute) {
    Descriptor entry = field.getMessageType();
    jakarta.persistence.MapKey mapKey = annotation(attribute, jakarta.persistence.MapKey.class);
    Set<Object> keys = new LinkedHashSet<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      DynamicMessage target = (DynamicMessage) newTarget.apply(attribute);
      if (target == null) {
        return; // an optional relation left unset when nested deep
      }
      Object key = mapKey == null ? mapKey(entry.findFieldByName("key"), attribute)
          : field(target, mapKey.name().isEmpty() ? idName(attribute) : lowerSnake(mapKey.name()));
      if (keys.add(key)) {
        builder.addRepeatedField(field, DynamicMessage.newBuilder(entry)
            .setField(entry.findFieldByName("key"), key)
            .setField(entry.findFieldByName("value"), field(target, idName(attribute)))
            .build());
      }
    }
  }

  private static Object field(DynamicMessage message, String name) {
    return message.getField(message.getDescriptorForType().findFieldByName(name));
  }

  /** The proto name of the id of a relation's target. */
  private String idName(Attribute<?, ?> attribute) {
    Class<?> target = attribute instanceof PluralAttribute<?, ?, ?> plural
        ? plural.getElementType().getJavaType() : attribute.getJavaType();
    jakarta.persistence.metamodel.EntityType<?> type = metamodel.entity(target);
    return lowerSnake(type.getId(type.getIdType().getJavaType()).getName());
  }

  /** A map key: an enum key travels as a constant's name, any other as a scalar of its proto type. */
  private Object mapKey(FieldDescriptor key, Attribute<?, ?> attribute) {
    if (attribute instanceof jakarta.persistence.metamodel.MapAttribute<?, ?, ?> map
        && map.getKeyJavaType().isEnum()) {
      Object[] constants = map.getKeyJavaType().getEnumConstants();
      return ((Enum<?>) constants[random.nextInt(constants.length)]).name();
    }
    return scalar(key, null, 20);
  }

  private Object one(FieldDescriptor field, Attribute<?, ?> attribute) {
    if (attribute != null && attribute.isAssociation()) {
      DynamicMessage target = (DynamicMessage) newTarget.apply(attribute);
      return target == null ? null : field(target, idName(attribute));
    }
    if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
      ManagedType<?> embeddable = null;
      if (attribute != null) {
        Class<?> javaType = attribute instanceof PluralAttribute<?, ?, ?> plural
            ? plural.getElementType().getJavaType() : attribute.getJavaType();
        embeddable = metamodel.getEmbeddables().stream().filter(type -> type.getJavaType().equals(javaType))
            .findFirst().orElse(null);
      }
      Class<?> javaType = attribute == null ? null : attribute instanceof PluralAttribute<?, ?, ?> plural
          ? plural.getElementType().getJavaType() : attribute.getJavaType();
      return message(field.getMessageType(), embeddable, javaType);
    }
    return scalar(field, attribute, 0);
  }

  private DynamicMessage message(Descriptor type, ManagedType<?> embeddable) {
    return message(type, embeddable, null);
  }

  /** {@code javaType}: the attribute's, which decides the precision a timestamp keeps (milliseconds for Date). */
  private DynamicMessage message(Descriptor type, ManagedType<?> embeddable, Class<?> javaType) {
    boolean millis = javaType != null && (javaType == java.util.Date.class || javaType == java.util.Calendar.class
        || javaType == java.util.GregorianCalendar.class);
    DynamicMessage.Builder builder = DynamicMessage.newBuilder(type);
    switch (type.getFullName()) {
      case "google.protobuf.Timestamp" -> {
        builder.setField(type.findFieldByName("seconds"), FROM + (long) (random.nextDouble() * (TO - FROM)));
        builder.setField(type.findFieldByName("nanos"), millis ? random.nextInt(1000) * 1_000_000
            : random.nextInt(1_000_000) * 1000);
      }
      case "google.protobuf.Duration" -> {
        builder.setField(type.findFieldByName("seconds"), (long) random.nextInt(10_000_000));
        builder.setField(type.findFieldByName("nanos"), random.nextInt(1_000_000) * 1000);
      }
      case "google.type.Date" -> date(builder, type, javaType);
      case "google.type.TimeOfDay" -> {
        builder.setField(type.findFieldByName("hours"), random.nextInt(24));
        builder.setField(type.findFieldByName("minutes"), random.nextInt(60));
        builder.setField(type.findFieldByName("seconds"), random.nextInt(60));
      }
      case "google.type.DateTime" -> {
        date(builder, type, null);
        builder.setField(type.findFieldByName("hours"), random.nextInt(24));
        builder.setField(type.findFieldByName("minutes"), random.nextInt(60));
        builder.setField(type.findFieldByName("seconds"), random.nextInt(60));
        builder.setField(type.findFieldByName("nanos"), random.nextInt(1_000_000) * 1000);
      }
      default -> {
        if (embeddable instanceof EmbeddableType<?> || embeddable == null) {
          fill(builder, embeddable);
        }
      }
    }
    return builder.build();
  }

  /** A date; a {@code YearMonth} has no day (0) and a {@code MonthDay} no year (0), as google.type.Date allows. */
  private void date(DynamicMessage.Builder builder, Descriptor type, Class<?> javaType) {
    builder.setField(type.findFieldByName("year"), javaType == java.time.MonthDay.class ? 0 : 2000 + random.nextInt(38));
    builder.setField(type.findFieldByName("month"), 1 + random.nextInt(12));
    builder.setField(type.findFieldByName("day"), javaType == java.time.YearMonth.class ? 0 : 1 + random.nextInt(28));
  }

  /** A scalar or enum value; {@code maxLength} > 0 bounds a string with no attribute to say how long it may be. */
  private Object scalar(FieldDescriptor field, Attribute<?, ?> attribute, int maxLength) {
    Class<?> attributeType = attribute == null ? null : attribute instanceof PluralAttribute<?, ?, ?> plural
        ? plural.getElementType().getJavaType() : attribute.getJavaType();
    // A basic array (a SQL array, such as UUID[]) is a repeated field of its elements.
    Class<?> javaType = attributeType != null && attributeType.isArray() && field.isRepeated()
        ? attributeType.getComponentType() : attributeType;
    Column column = annotation(attribute, Column.class);
    return switch (field.getJavaType()) {
      case BOOLEAN -> random.nextBoolean();
      case INT -> {
        int value = intValue(javaType);
        yield nonNegative(column) && value < 0 ? -(value + 1) : value; // -(MIN + 1) is MAX, in every width
      }
      case LONG -> {
        long value = javaType == null || javaType == Long.class || javaType == long.class
            || javaType == BigInteger.class ? random.nextLong() : (long) intValue(javaType);
        yield nonNegative(column) && value < 0 ? -(value + 1) : value;
      }
      case FLOAT -> (float) ((random.nextDouble() - 0.5) * 1e6);
      case DOUBLE -> (random.nextDouble() - 0.5) * 1e12;
      case BYTE_STRING -> {
        byte[] bytes = new byte[1 + random.nextInt(Math.min(32, length(column, 255)))];
        random.nextBytes(bytes);
        yield ByteString.copyFrom(bytes);
      }
      case ENUM -> {
        List<EnumValueDescriptor> values = new ArrayList<>(field.getEnumType().getValues());
        values.removeIf(value -> value.getNumber() == 0);
        yield values.get(random.nextInt(values.size()));
      }
      case STRING -> {
        // A Bean Validation @Pattern is a buf.validate rule the service enforces: draw a value it matches.
        jakarta.validation.constraints.Pattern pattern =
            annotation(attribute, jakarta.validation.constraints.Pattern.class);
        yield pattern != null && !field.isRepeated() ? PatternSample.of(pattern.regexp(), random)
            : string(javaType, column, maxLength > 0 ? maxLength : length(column, 255),
                annotation(attribute, Lob.class) != null);
      }
      case MESSAGE -> throw new AssertionError("not a scalar: " + field.getFullName());
    };
  }

  private int intValue(Class<?> javaType) {
    if (javaType == Short.class || javaType == short.class) {
      return (short) random.nextInt();
    }
    if (javaType == Byte.class || javaType == byte.class) {
      return (byte) random.nextInt();
    }
    if (javaType == Character.class || javaType == char.class) {
      return 'a' + random.nextInt(26);
    }
    if (javaType == java.time.Year.class) {
      return 1000 + random.nextInt(2000);
    }
    return random.nextInt();
  }

  /**
   * The column's length: {@code @Column(length)}, or the one its {@code columnDefinition} declares
   * ({@code varchar(2) not null}), which JPA does not know but the database enforces.
   */
  private static int length(Column column, int otherwise) {
    if (column == null) {
      return otherwise;
    }
    java.util.regex.Matcher declared = DECLARED_LENGTH.matcher(column.columnDefinition());
    return declared.find() ? Math.min(column.length(), Integer.parseInt(declared.group(1))) : column.length();
  }

  /** {@code varchar(20)}, {@code character varying (20)}, {@code char(2)} in a column definition. */
  private static final java.util.regex.Pattern DECLARED_LENGTH = java.util.regex.Pattern.compile(
      "(?i)\\b(?:var)?char(?:acter)?(?:\\s+varying)?\\s*\\(\\s*(\\d+)\\s*\\)");

  /** Whether the column definition checks that the column is not negative ({@code check (age >= 0)}). */
  private static boolean nonNegative(Column column) {
    return column != null && NON_NEGATIVE.matcher(column.columnDefinition()).find();
  }

  private static final java.util.regex.Pattern NON_NEGATIVE = java.util.regex.Pattern.compile(
      "(?i)\\bcheck\\s*\\(\\s*\\w+\\s*>=\\s*0\\s*\\)");

  private String string(Class<?> javaType, Column column, int length, boolean lob) {
    if (javaType == null || javaType == String.class) {
      int max = lob ? 200 : Math.min(length, 24);
      return text(Math.max(1, Math.min(max, 6 + random.nextInt(19))));
    }
    if (javaType == UUID.class) {
      return new UUID(random.nextLong(), random.nextLong()).toString();
    }
    if (javaType == BigDecimal.class) {
      int precision = column == null || column.precision() == 0 ? 38 : column.precision();
      int scale = column == null || (column.precision() == 0 && column.scale() == 0) ? 2 : column.scale();
      int integerDigits = Math.max(0, Math.min(9, precision - scale));
      long integer = integerDigits == 0 ? 0 : (long) (random.nextDouble() * Math.pow(10, integerDigits));
      BigDecimal value = BigDecimal.valueOf(integer);
      if (scale > 0) {
        long fraction = (long) (random.nextDouble() * Math.pow(10, Math.min(scale, 9)));
        value = value.add(BigDecimal.valueOf(fraction, Math.min(scale, 9))).setScale(scale);
      }
      return (random.nextBoolean() ? value.negate() : value).toPlainString();
    }
    if (javaType == BigInteger.class) {
      return BigInteger.valueOf(random.nextLong()).multiply(BigInteger.valueOf(1 + random.nextInt(1000)))
          .toString();
    }
    if (javaType == Character.class || javaType == char.class) {
      return String.valueOf(LETTERS.charAt(random.nextInt(26)));
    }
    if (javaType == java.util.Locale.class) {
      return List.of("en-US", "de-DE", "pt-BR", "ja-JP").get(random.nextInt(4));
    }
    if (javaType == java.util.Currency.class) {
      return List.of("EUR", "USD", "BRL", "JPY").get(random.nextInt(4));
    }
    if (javaType == java.time.OffsetTime.class) {
      return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d+%02d:00", random.nextInt(24), random.nextInt(60),
          random.nextInt(60), random.nextInt(12));
    }
    if (javaType == java.time.ZoneOffset.class) {
      return java.time.ZoneOffset.ofHours(random.nextInt(12)).getId();   // "Z" for zero, as the mapper writes it
    }
    if (javaType == java.util.TimeZone.class) {
      return List.of("UTC", "Europe/Berlin", "America/New_York").get(random.nextInt(3));
    }
    if (javaType == java.time.ZoneId.class) {
      return List.of("UTC", "Europe/Paris", "America/Sao_Paulo").get(random.nextInt(3));
    }
    if (javaType == java.time.Period.class) {
      return java.time.Period.of(random.nextInt(10), random.nextInt(12), random.nextInt(28)).toString();
    }
    if (javaType == java.net.URI.class || javaType == java.net.URL.class) {
      return "https://example.com/" + text(8);
    }
    return text(Math.max(1, Math.min(length, 12)));
  }

  private String text(int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(i > 0 && random.nextInt(8) == 0 ? WIDE.charAt(random.nextInt(WIDE.length()))
          : LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return out.toString();
  }
}
