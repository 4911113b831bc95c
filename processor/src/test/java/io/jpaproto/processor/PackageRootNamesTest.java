package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Message;
import io.jpaproto.ReferenceResolver;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Packages whose first segment is the name of a variable of generated code: {@code entity.model}, {@code message.x},
 * {@code references.shelf}, {@code values.catalog}, {@code key.stock}, {@code field.kind}, {@code request.desk},
 * {@code filter.review}, {@code where.stock}. Java
 * reads the first segment of a qualified name as a variable in scope, and generated code writes some types qualified
 * (the protoc message class always, since it shares the entity's simple name; two enums or entities of one simple
 * name). The generated mappers and services choose other names for such variables, so the whole pipeline (pass 1,
 * protoc and grpc-java, pass 2) compiles without a warning, and the mapper round-trips an entity.
 */
class PackageRootNamesTest {

  /** A {@code @ProtoService} entity in {@code entity.model}, whose message class is {@code entity.model.proto.Book}. */
  private static final JavaFileObject BOOK = ProcessorRun.source("entity.model.Book",
      "package entity.model;",
      "import jakarta.persistence.*;",
      "import java.util.*;",
      "@Entity @io.jpaproto.ProtoService",
      "public class Book {",
      "  @Id public Long id;",
      "  @Version public Long version;",
      "  public String title;",
      "  public field.kind.Format format;",
      "  @ElementCollection public List<values.catalog.Status> history = new ArrayList<>();",
      "  @ElementCollection public Map<String, key.stock.Status> stock = new LinkedHashMap<>();",
      "  @ElementCollection public List<String> tags = new ArrayList<>();",
      "  @ManyToOne public references.shelf.Book original;",
      "}");

  /** A related entity in {@code references.shelf}, of the same simple name: written qualified in Book's mapper. */
  private static final JavaFileObject SHELVED = ProcessorRun.source("references.shelf.Book",
      "package references.shelf;",
      "import jakarta.persistence.*;",
      "@Entity @Table(name = \"shelved_book\")",
      "public class Book {",
      "  @Id public Long id;",
      "  public String shelf;",
      "  @ManyToOne public message.x.Note pinned;",
      "}");

  /** An entity in {@code message.x}: its mapper's builder local would be {@code message}. */
  private static final JavaFileObject NOTE = ProcessorRun.source("message.x.Note",
      "package message.x;",
      "import jakarta.persistence.*;",
      "@Entity",
      "public class Note {",
      "  @Id public Long id;",
      "  public String text;",
      "  @ManyToOne public entity.model.Book book;",
      "}");

  /**
   * A {@code @ProtoService} entity in {@code request.desk} (its rpc methods' parameter would be {@code request}) with
   * filter fields of two enums named Status, of {@code filter.review} and {@code where.stock}: the filter method's
   * parameters would be {@code filter} and {@code where}.
   */
  private static final JavaFileObject TICKET = ProcessorRun.source("request.desk.Ticket",
      "package request.desk;",
      "import jakarta.persistence.*;",
      "@Entity @io.jpaproto.ProtoService",
      "public class Ticket {",
      "  @Id @GeneratedValue public Long id;",
      "  @Version public long version;",
      "  public String subject;",
      "  public field.kind.Format format;",
      "  public filter.review.Status review;",
      "  public where.stock.Status stock;",
      "}");

  private static final JavaFileObject REVIEW_STATUS = ProcessorRun.source("filter.review.Status",
      "package filter.review;",
      "public enum Status { OPEN, CLOSED }");

  private static final JavaFileObject WHERE_STATUS = ProcessorRun.source("where.stock.Status",
      "package where.stock;",
      "public enum Status { ORDERED, DELIVERED }");

  /** Two enums named Status, so one of them (and its mapper) is written qualified where both are used. */
  private static final JavaFileObject CATALOG_STATUS = ProcessorRun.source("values.catalog.Status",
      "package values.catalog;",
      "public enum Status { DRAFT, PUBLISHED }");

  private static final JavaFileObject STOCK_STATUS = ProcessorRun.source("key.stock.Status",
      "package key.stock;",
      "public enum Status { IN_STOCK, SOLD_OUT }");

  /** An enum in {@code field.kind}: its mapper's parameter would be {@code field}, its proto enum is qualified. */
  private static final JavaFileObject FORMAT = ProcessorRun.source("field.kind.Format",
      "package field.kind;",
      "public enum Format { HARDCOVER, PAPERBACK }");

  @Test
  void variablesOfGeneratedCodeDoNotShadowPackageRoots() throws Exception {
    Pipeline pipeline = Pipeline.run(BOOK, SHELVED, NOTE, TICKET, CATALOG_STATUS, STOCK_STATUS, FORMAT,
        REVIEW_STATUS, WHERE_STATUS);
    assertThat(pipeline.secondPass()).succeededWithoutWarnings();

    String mapper = pipeline.generated("entity.model.BookProtoMapper");
    assertTrue(mapper.contains("public entity.model.proto.Book toProto(Book jpaEntity) {"), mapper);
    assertTrue(mapper.contains("resolver.getReference(references.shelf.Book.class, "), mapper);
    assertFalse(mapper.contains("(Book entity"), mapper);
    String note = pipeline.generated("message.x.NoteProtoMapper");
    assertTrue(note.contains("message.x.proto.Note.Builder proto = message.x.proto.Note.newBuilder();"), note);
    String format = pipeline.generated("field.kind.FormatProtoMapper");
    assertTrue(format.contains("fromProto(field.kind.proto.Format value, String fieldName)"), format);
    String service = pipeline.generated("request.desk.TicketJpaService");
    assertTrue(service.contains("GetTicketRequest rpcRequest"), service);
    assertTrue(service.contains("private static void filter(TicketFilter filterMessage, Filter conditions) {"),
        service);
    assertTrue(pipeline.generated("entity.model.BookJpaService").contains("class BookJpaService"));

    // A round trip through the compiled mapper.
    ClassLoader classes = pipeline.classes();
    Class<?> bookType = classes.loadClass("entity.model.Book");
    Class<?> shelvedType = classes.loadClass("references.shelf.Book");
    Object shelved = shelvedType.getConstructor().newInstance();
    shelvedType.getField("id").set(shelved, 7L);
    Object book = bookType.getConstructor().newInstance();
    set(book, "id", 42L);
    set(book, "title", "Dune");
    set(book, "format", constant(classes, "field.kind.Format", "PAPERBACK"));
    set(book, "history", new ArrayList<>(List.of(constant(classes, "values.catalog.Status", "DRAFT"),
        constant(classes, "values.catalog.Status", "PUBLISHED"))));
    Map<String, Object> stock = new LinkedHashMap<>();
    stock.put("north", constant(classes, "key.stock.Status", "SOLD_OUT"));
    stock.put("south", constant(classes, "key.stock.Status", "IN_STOCK"));
    set(book, "stock", stock);
    set(book, "tags", new ArrayList<>(List.of("classic", "desert")));
    set(book, "original", shelved);

    Class<?> mapperType = classes.loadClass("entity.model.BookProtoMapper");
    Object instance = mapperType.getField("INSTANCE").get(null);
    Method toProto = CompiledModel.toProto(mapperType);
    Message message = (Message) toProto.invoke(instance, book);
    assertEquals(7L, message.getField(message.getDescriptorForType().findFieldByName("original_id")));
    Method fromProto = CompiledModel.method(mapperType, "fromProto", toProto.getReturnType());
    ReferenceResolver resolver = new ReferenceResolver() {
      @Override
      public <T> T getReference(Class<T> entityType, Object id) {
        assertSame(shelvedType, entityType);
        try {
          T reference = entityType.getConstructor().newInstance();
          entityType.getField("id").set(reference, id);
          return reference;
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    };
    Object back = fromProto.invoke(instance, message, resolver);
    assertEquals(message, toProto.invoke(instance, back));
    assertEquals(book.getClass().getField("stock").get(book), back.getClass().getField("stock").get(back));
    assertEquals("Dune", bookType.getField("title").get(back));
  }

  private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
    Field declared = target.getClass().getField(field);
    declared.set(target, value);
  }

  private static Object constant(ClassLoader classes, String enumType, String name) throws ClassNotFoundException {
    for (Object constant : classes.loadClass(enumType).getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError("no " + enumType + "." + name);
  }
}
