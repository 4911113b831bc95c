package io.jpaproto.bench.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jpaproto.ReferenceResolver;
import io.jpaproto.bench.model.Category;
import io.jpaproto.bench.model.Manufacturer;
import io.jpaproto.bench.model.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * Jackson JSON of the same entity, configured as a JSON API usually is: the entity's getters and setters,
 * {@code java.time} values as ISO-8601 strings (jackson-datatype-jsr310 with {@code WRITE_DATES_AS_TIMESTAMPS} and
 * {@code WRITE_DURATIONS_AS_TIMESTAMPS} off), {@code BigDecimal} as a JSON number, the UUID and the enum as strings.
 *
 * <p>Relations travel as ids, as in the proto message: a mix-in renames {@code manufacturer} to
 * {@code manufacturerId} and {@code categories} to {@code categoryIds}, and a module writes a {@link Manufacturer} or
 * {@link Category} as its id only and reads an id back into a detached instance holding it (what
 * {@link DetachedReferences} does for the proto paths). ObjectWriter and ObjectReader are built once and reused.
 */
public final class JacksonProductMapper {
  private final ObjectWriter writer;
  private final ObjectReader reader;

  /** A mapper with the configuration above. */
  public JacksonProductMapper() {
    SimpleModule relationsAsIds = new SimpleModule("relations-as-ids");
    relationsAsIds.addSerializer(Manufacturer.class, new IdSerializer<>(Manufacturer.class, Manufacturer::getId));
    relationsAsIds.addSerializer(Category.class, new IdSerializer<>(Category.class, Category::getId));
    relationsAsIds.addDeserializer(Manufacturer.class, new IdDeserializer<>(Manufacturer.class, Manufacturer::new));
    relationsAsIds.addDeserializer(Category.class, new IdDeserializer<>(Category.class, Category::new));
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(relationsAsIds)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .addMixIn(Product.class, ProductMixIn.class)
        .build();
    this.writer = mapper.writerFor(Product.class);
    this.reader = mapper.readerFor(Product.class);
  }

  /** The JSON bytes (UTF-8) of an entity. */
  public byte[] toBytes(Product entity) {
    try {
      return writer.writeValueAsBytes(entity);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new entity read from JSON bytes. */
  public Product fromBytes(byte[] json) {
    try {
      return reader.readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renames the relations so the JSON says what it carries: ids. */
  abstract static class ProductMixIn {
    @JsonProperty("manufacturerId")
    abstract Manufacturer getManufacturer();

    @JsonProperty("manufacturerId")
    abstract void setManufacturer(Manufacturer manufacturer);

    @JsonProperty("categoryIds")
    abstract List<Category> getCategories();

    @JsonProperty("categoryIds")
    abstract void setCategories(List<Category> categories);
  }

  /** Writes an entity as its id. */
  static final class IdSerializer<T> extends StdSerializer<T> {
    private final transient Function<T, Long> id;

    IdSerializer(Class<T> type, Function<T, Long> id) {
      super(type);
      this.id = id;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(id.apply(value));
    }
  }

  /**
   * Reads an id into a detached instance holding it; the JSON counterpart of a {@link ReferenceResolver}.
   */
  static final class IdDeserializer<T> extends StdDeserializer<T> {
    private final transient Function<Long, T> reference;

    IdDeserializer(Class<T> type, Function<Long, T> reference) {
      super(type);
      this.reference = reference;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return reference.apply(p.getLongValue());
    }
  }
}
