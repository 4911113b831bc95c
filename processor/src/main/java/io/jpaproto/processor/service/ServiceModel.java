package io.jpaproto.processor.service;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.schema.Naming;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.ProtoMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The CRUD service of one entity: what its {@code <message>_service.proto} defines and what its
 * {@code <Entity>JpaService} needs. For message {@code Book} with plural {@code Books}: service {@code BookService}
 * with {@code GetBook}, {@code ListBooks}, {@code CreateBook}, {@code UpdateBook}, {@code DeleteBook} and
 * {@code StreamBooks}, one {@code <Rpc>Request} and {@code <Rpc>Response} each, and the filter {@code BookFilter}.
 *
 * @param file the entity's proto file; the service file shares its directory, package and Java options
 * @param message the entity's message
 * @param path the service file's path below the proto root, such as {@code library/v1/book_service.proto}
 * @param plural the PascalCase plural of the message name
 * @param http whether the RPCs (but the stream) carry {@code google.api.http} options
 * @param httpPrefix {@code /v1} when the proto package ends with a version, else empty
 * @param id the message's id field: one scalar
 * @param version the message's numeric {@code @Version} field the service compares on update, or {@code null}
 * @param filters the fields of the filter message, by number
 * @param sortable proto field name -> JPA attribute path of every field {@code order_by} may name, sorted
 * @param imports the files the service file imports, sorted
 */
public record ServiceModel(
    ProtoFile file,
    ProtoMessage message,
    String path,
    String plural,
    boolean http,
    String httpPrefix,
    ProtoField id,
    ProtoField version,
    List<FilterField> filters,
    SortedMap<String, String> sortable,
    List<String> imports) {

  /**
   * A field of the filter message: the entity's field with the same name, type and number, made {@code optional}.
   *
   * @param field the entity message's field
   * @param attributePath the JPA attribute path it compares ({@code title}, or {@code author.id} for a relation)
   */
  public record FilterField(ProtoField field, String attributePath) {
  }

  /** The six RPCs, in the order the service declares them. */
  public enum Rpc {
    GET("Get", false), LIST("List", true), CREATE("Create", false), UPDATE("Update", false),
    DELETE("Delete", false), STREAM("Stream", true);

    private final String verb;
    private final boolean plural;

    Rpc(String verb, boolean plural) {
      this.verb = verb;
      this.plural = plural;
    }
  }

  /** The entity. */
  public EntityType entity() {
    return message.entity();
  }

  /** The id attribute of the entity. */
  public Attribute idAttribute() {
    return id.attribute();
  }

  /** The message name, such as {@code Book}. */
  public String name() {
    return message.name();
  }

  /** The proto package, the entity file's. */
  public String protoPackage() {
    return file.protoPackage();
  }

  /** The {@code java_package}, the entity file's. */
  public String javaPackage() {
    return file.javaPackage();
  }

  /** {@code BookService}. */
  public String serviceName() {
    return name() + "Service";
  }

  /** {@code BookServiceProto}. */
  public String outerClassname() {
    return serviceName() + "Proto";
  }

  /** {@code BookFilter}. */
  public String filterName() {
    return name() + "Filter";
  }

  /** {@code GetBook}, {@code ListBooks}, ... */
  public String rpcName(Rpc rpc) {
    return rpc.verb + (rpc.plural ? plural : name());
  }

  /** {@code GetBookRequest}, ... */
  public String requestName(Rpc rpc) {
    return rpcName(rpc) + "Request";
  }

  /** {@code GetBookResponse}, ... */
  public String responseName(Rpc rpc) {
    return rpcName(rpc) + "Response";
  }

  /** The field holding one entity in requests and responses: {@code book}. */
  public String singularField() {
    return Naming.lowerSnakeCase(name());
  }

  /** The repeated field of the list response: {@code books}. */
  public String pluralField() {
    return Naming.lowerSnakeCase(plural);
  }

  /** The HTTP collection path (AIP-122: the plural in lowerCamelCase), such as {@code /v1/books}. */
  public String collectionPath() {
    String camel = Naming.pascalCase(plural);
    return httpPrefix + "/" + Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
  }

  /** Every proto name the service file defines in the proto package (and its outer class name), in file order. */
  public List<String> definedNames() {
    List<String> names = new ArrayList<>();
    names.add(serviceName());
    for (Rpc rpc : Rpc.values()) {
      names.add(requestName(rpc));
      names.add(responseName(rpc));
    }
    names.add(filterName());
    names.add(outerClassname());
    return names;
  }
}
