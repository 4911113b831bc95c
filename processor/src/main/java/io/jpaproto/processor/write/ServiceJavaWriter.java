package io.jpaproto.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.Shape;
import io.jpaproto.processor.schema.Naming;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.service.ServiceModel;
import io.jpaproto.processor.service.ServiceModel.Rpc;
import io.jpaproto.processor.types.TypeMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Renders the {@code <Entity>JpaService} of a {@link ServiceModel}: a subclass of
 * {@code io.jpaproto.grpc.JpaCrudService} that implements the grpc-java service, adapts the entity's generated mapper
 * and turns filter fields into conditions, converting every value exactly as the mapper does.
 */
public final class ServiceJavaWriter {
  /** The base class, from the artifact {@code io.jpaproto:jpaproto-grpc}. */
  public static final ClassName BASE = ClassName.get("io.jpaproto.grpc", "JpaCrudService");
  private static final ClassName FILTER = ClassName.get("io.jpaproto.grpc", "Filter");
  private static final ClassName LIST_PAGE = ClassName.get("io.jpaproto.grpc", "ListPage");
  private static final ClassName BINDABLE_SERVICE = ClassName.get("io.grpc", "BindableService");
  private static final ClassName SERVICE_DEFINITION = ClassName.get("io.grpc", "ServerServiceDefinition");
  private static final ClassName STREAM_OBSERVER = ClassName.get("io.grpc.stub", "StreamObserver");
  private static final ClassName ENTITY_MANAGER_FACTORY = ClassName.get("jakarta.persistence", "EntityManagerFactory");
  private static final ClassName FIELD_MASK = ClassName.get("com.google.protobuf", "FieldMask");
  private static final ClassName RESOLVER = ClassName.get("io.jpaproto", "ReferenceResolver");

  private final ValueConversions conversions;
  private final Set<String> packageRoots;

  /** A writer for the services of entities of {@code files}. */
  public ServiceJavaWriter(List<ProtoFile> files) {
    this.conversions = new ValueConversions(files);
    this.packageRoots = VariableNames.packageRoots(files);
  }

  /** The class grpc-java generates for the service, such as {@code BookServiceGrpc}. */
  public static ClassName grpcClass(ServiceModel service) {
    return ClassName.get(service.javaPackage(), service.serviceName() + "Grpc");
  }

  /**
   * The collection attributes the mapper reads, in field order: the base class loads each before converting an
   * entity, since the mapper refuses unloaded collections.
   */
  private static List<String> collectionsToLoad(ServiceModel service) {
    return service.message().fields().stream()
        .map(ProtoField::attribute)
        .filter(attribute -> attribute.shape() == Shape.TO_MANY || attribute.shape() == Shape.ELEMENT_COLLECTION
            || attribute.shape() == Shape.MAP)
        .map(Attribute::name)
        .distinct()
        .toList();
  }

  /** The generated service class, such as {@code BookJpaService} in the entity's package. */
  public static ClassName serviceClass(ServiceModel service) {
    EntityType entity = service.entity();
    return ClassName.get(entity.javaPackage(), entity.nestedName() + "JpaService");
  }

  /** The source of the service class. */
  public MapperWriter.Mapper write(ServiceModel service) {
    EntityType entity = service.entity();
    ClassName entityClass = ClassName.get(entity.element());
    ClassName messageClass = ClassName.get(service.javaPackage(), service.name());
    ClassName mapper = MapperWriter.mapperClass(entity);
    ClassName grpc = grpcClass(service);
    TypeName idType = TypeName.get(service.idAttribute().type()).box();
    boolean references = MapperWriter.takesReferences(service.message());
    Set<String> roots = new java.util.TreeSet<>(packageRoots);
    roots.add(service.javaPackage().split("\\.")[0]);
    VariableNames variables = VariableNames.avoiding(roots);
    String request = variables.of("request");
    String responses = variables.of("responses");
    String where = variables.of("where");
    String entityName = variables.of("entity");
    String messageName = variables.of("message");
    String resolver = variables.of("references");
    String mask = variables.of("mask");

    NameAllocator names = new NameAllocator();
    Stream.of("SORTABLE", "COLLECTIONS", "filter").forEach(names::newName);
    Map<String, FieldSpec> converters = new LinkedHashMap<>();
    List<ProtoField> converted = new ArrayList<>();
    service.filters().forEach(filter -> converted.add(filter.field()));
    converted.add(service.id());
    if (service.version() != null) {
      converted.add(service.version());
    }
    for (ProtoField field : converted) {
      for (String converter : ValueConversions.converterClasses(field.mapping())) {
        converters.computeIfAbsent(converter, owner -> {
          ClassName type = ClassName.bestGuess(owner.replace('$', '.'));
          return FieldSpec.builder(type, names.newName(Naming.upperSnakeCase(type.simpleName())),
                  Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T()", type)
              .build();
        });
      }
    }

    TypeSpec.Builder type = TypeSpec.classBuilder(serviceClass(service))
        .addOriginatingElement(entity.element())
        .addModifiers(Modifier.PUBLIC)
        .superclass(ParameterizedTypeName.get(BASE, entityClass, idType, messageClass))
        .addSuperinterface(grpc.nestedClass("AsyncService"))
        .addSuperinterface(BINDABLE_SERVICE)
        .addAnnotation(AnnotationSpec.builder(MapperWriter.GENERATED)
            .addMember("value", "$S", MapperWriter.PROCESSOR).build())
        .addJavadoc("Serves {@code $L.$L} from JPA: each call runs in its own transaction on an entity manager of\n",
            service.protoPackage(), service.serviceName())
        .addJavadoc("the factory and converts through {@link $T}.\n", mapper)
        .addJavadoc("\n<p>Generated by jpaproto. Add it to a gRPC server as it is, or subclass it and override the\n")
        .addJavadoc("hooks of {@link $T}: authorization, query restrictions, transactions.\n", BASE)
        .addJavadoc(wrap("\n<p>Filter fields: " + (service.filters().isEmpty() ? "none" : String.join(", ",
            service.filters().stream().map(filter -> filter.field().name()).toList())) + "."))
        .addJavadoc(wrap("\n<p>Sortable fields: " + String.join(", ", service.sortable().keySet()) + "."));
    type.addField(FieldSpec.builder(
            ParameterizedTypeName.get(Map.class, String.class, String.class), "SORTABLE",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(sortable(service))
        .build());
    converters.values().forEach(type::addField);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Serves $L over entity managers of this factory.\n", service.serviceName())
        .addParameter(ENTITY_MANAGER_FACTORY, variables.of("entityManagerFactory"))
        .addStatement("super($N, $T.class, $S, SORTABLE)", variables.of("entityManagerFactory"), entityClass,
            service.idAttribute().name())
        .build());
    type.addMethod(MethodSpec.methodBuilder("bindService")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(SERVICE_DEFINITION)
        .addStatement("return $T.bindService(this)", grpc)
        .build());

    String setOne = "set" + Naming.protocCamelCase(service.singularField());
    CodeBlock requestId = convertValue(service.id(), "id", CodeBlock.of("$N.getId()", request), converters);
    type.addMethod(rpc(service, Rpc.GET, variables, statement(
        "respond($N, () -> $T.newBuilder().$L(get($L)).build())", responses, response(service, Rpc.GET), setOne,
        requestId)));
    String page = variables.of("page");
    type.addMethod(rpc(service, Rpc.LIST, variables, CodeBlock.builder()
        .add("respond($N, () -> {\n", responses).indent()
        .addStatement("$T $N = list(\n$N.getPageSize(), $N.getPageToken(), $N.getOrderBy(), "
                + "$N.getFilter(),\n$N -> filter($N.getFilter(), $N))",
            ParameterizedTypeName.get(LIST_PAGE, messageClass), page, request, request, request, request, where,
            request, where)
        .addStatement("return $T.newBuilder()\n.addAll$L($N.messages())\n"
                + ".setNextPageToken($N.nextPageToken())\n.build()",
            response(service, Rpc.LIST), Naming.protocCamelCase(service.pluralField()), page, page)
        .unindent().add("});\n")
        .build()));
    String getOne = "get" + Naming.protocCamelCase(service.singularField());
    type.addMethod(rpc(service, Rpc.CREATE, variables, statement(
        "respond($N, () -> $T.newBuilder().$L(create($N.$L())).build())",
        responses, response(service, Rpc.CREATE), setOne, request, getOne)));
    type.addMethod(rpc(service, Rpc.UPDATE, variables, statement(
        "respond($N, () -> $T.newBuilder()\n.$L(update($N.$L(), $N.getUpdateMask()))\n.build())",
        responses, response(service, Rpc.UPDATE), setOne, request, getOne, request)));
    type.addMethod(rpc(service, Rpc.DELETE, variables, CodeBlock.builder()
        .add("respond($N, () -> {\n", responses).indent()
        .addStatement("delete($L)", requestId)
        .addStatement("return $T.getDefaultInstance()", response(service, Rpc.DELETE))
        .unindent().add("});\n")
        .build()));
    String element = Character.toLowerCase(service.name().charAt(0)) + service.name().substring(1);
    if (Stream.of(request, responses, where).anyMatch(element::equals) || roots.contains(element)
        || !javax.lang.model.SourceVersion.isName(element)) {
      element = messageName;
    }
    type.addMethod(rpc(service, Rpc.STREAM, variables, statement(
        "stream($N.getOrderBy(), $N -> filter($N.getFilter(), $N), $N,\n"
            + "$L -> $T.newBuilder().$L($L).build())",
        request, where, request, where, responses, element, response(service, Rpc.STREAM), setOne, element)));

    type.addMethod(MethodSpec.methodBuilder("toProto")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(messageClass)
        .addParameter(entityClass, entityName)
        .addStatement("return $T.INSTANCE.toProto($N)", mapper, entityName)
        .build());
    type.addMethod(MethodSpec.methodBuilder("fromProto")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(entityClass)
        .addParameter(messageClass, messageName)
        .addParameter(RESOLVER, resolver)
        .addStatement("return $T.INSTANCE.fromProto($N$L)", mapper, messageName,
            references ? CodeBlock.of(", $N", resolver) : "")
        .build());
    type.addMethod(MethodSpec.methodBuilder("applyMask")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(entityClass, entityName)
        .addParameter(messageClass, messageName)
        .addParameter(FIELD_MASK, mask)
        .addParameter(RESOLVER, resolver)
        .addStatement("$T.INSTANCE.update($N, $N, $N$L)", mapper, entityName, messageName, mask,
            references ? CodeBlock.of(", $N", resolver) : "")
        .build());
    List<String> collections = collectionsToLoad(service);
    if (!collections.isEmpty()) {
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "COLLECTIONS",
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.of($L)", List.class, collections.stream()
              .map(name -> CodeBlock.of("$S", name)).collect(CodeBlock.joining(", ")))
          .build());
      type.addMethod(MethodSpec.methodBuilder("collectionsToLoad")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PROTECTED)
          .returns(ParameterizedTypeName.get(List.class, String.class))
          .addStatement("return COLLECTIONS")
          .build());
    }
    type.addMethod(idOf(service, messageClass, idType, converters, variables));
    MemberAccess access = new MemberAccess(entity.element(), entity.javaPackage(), Set.of("SORTABLE", "COLLECTIONS"),
        variables);
    if (service.version() != null) {
      type.addMethod(isStale(service, entityClass, messageClass, converters, access, variables));
    }
    type.addMethod(filter(service, converters, variables));
    access.addTo(type);
    return new MapperWriter.Mapper(MapperWriter.javaFile(entity.javaPackage(), type.build()), entity.element());
  }

  private static CodeBlock sortable(ServiceModel service) {
    if (service.sortable().isEmpty()) {
      return CodeBlock.of("$T.of()", Map.class);
    }
    List<CodeBlock> entries = new ArrayList<>();
    service.sortable().forEach((field, path) -> entries.add(CodeBlock.of("$T.entry($S, $S)", Map.class, field, path)));
    return CodeBlock.of("$T.ofEntries(\n$>$>$L$<$<)", Map.class, CodeBlock.join(entries, ",\n"));
  }

  /** {@code text} as Javadoc lines of at most 100 characters. */
  private static CodeBlock wrap(String text) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    for (String word : text.split(" ")) {
      if (out.length() - lineStart + word.length() > 100) {
        out.setLength(out.length() - 1);
        out.append('\n');
        lineStart = out.length();
      }
      out.append(word).append(' ');
    }
    out.setLength(out.length() - 1);
    return CodeBlock.of("$L\n", out);
  }

  private static CodeBlock statement(String format, Object... args) {
    return CodeBlock.builder().addStatement(format, args).build();
  }

  private static ClassName request(ServiceModel service, Rpc rpc) {
    return ClassName.get(service.javaPackage(), service.requestName(rpc));
  }

  private static ClassName response(ServiceModel service, Rpc rpc) {
    return ClassName.get(service.javaPackage(), service.responseName(rpc));
  }

  private static MethodSpec rpc(ServiceModel service, Rpc rpc, VariableNames variables, CodeBlock body) {
    String rpcName = service.rpcName(rpc);
    return MethodSpec.methodBuilder(Character.toLowerCase(rpcName.charAt(0)) + rpcName.substring(1))
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(request(service, rpc), variables.of("request"))
        .addParameter(ParameterizedTypeName.get(STREAM_OBSERVER, response(service, rpc)), variables.of("responses"))
        .addCode(body)
        .build();
  }

  private MethodSpec idOf(ServiceModel service, ClassName messageClass, TypeName idType,
      Map<String, FieldSpec> converters, VariableNames variables) {
    ProtoField id = service.id();
    String camel = Naming.protocCamelCase(id.name());
    String message = variables.of("message");
    CodeBlock value = convertValue(id, id.name(), CodeBlock.of("$N.get$L()", message, camel), converters);
    CodeBlock idOrNull = id.optional()
        ? CodeBlock.of("$N.has$L() ? $L : null", message, camel, value)
        : switch (id.mapping().protoType().name()) {
          case "string" -> CodeBlock.of("$N.get$L().isEmpty() ? null : $L", message, camel, value);
          case "bool" -> CodeBlock.of("$N.get$L() ? $L : null", message, camel, value);
          default -> CodeBlock.of("$N.get$L() == 0 ? null : $L", message, camel, value);
        };
    return MethodSpec.methodBuilder("idOf")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(idType)
        .addParameter(messageClass, message)
        .addStatement("return $L", idOrNull)
        .build();
  }

  private MethodSpec isStale(ServiceModel service, ClassName entityClass, ClassName messageClass,
      Map<String, FieldSpec> converters, MemberAccess access, VariableNames variables) {
    ProtoField version = service.version();
    String camel = Naming.protocCamelCase(version.name());
    String entity = variables.of("entity");
    String message = variables.of("message");
    CodeBlock value = convertValue(version, version.name(), CodeBlock.of("$N.get$L()", message, camel), converters);
    CodeBlock differs = CodeBlock.of("!$T.equals($L, $L)", Objects.class, value,
        access.read(CodeBlock.of("$N", entity), service.entity().element(), version.attribute().reader()));
    // A version with presence is checked when sent. Without presence, 0 cannot be told from "not sent", and the
    // provider's first version is 0: the version is always checked, so a stale 0 never overwrites a newer row.
    return MethodSpec.methodBuilder("isStale")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(boolean.class)
        .addParameter(entityClass, entity)
        .addParameter(messageClass, message)
        .addStatement(version.optional() ? CodeBlock.of("return $N.has$L()\n&& $L", message, camel, differs)
            : CodeBlock.of("return $L", differs))
        .build();
  }

  private MethodSpec filter(ServiceModel service, Map<String, FieldSpec> converters, VariableNames variables) {
    String filter = variables.of("filter");
    String where = variables.of("where");
    MethodSpec.Builder method = MethodSpec.methodBuilder("filter")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(ClassName.get(service.javaPackage(), service.filterName()), filter)
        .addParameter(FILTER, where);
    for (ServiceModel.FilterField filterField : service.filters()) {
      ProtoField field = filterField.field();
      String camel = Naming.protocCamelCase(field.name());
      String label = "filter." + field.name();
      CodeBlock value = ValueConversions.refuseUnspecified(field.mapping(), label,
          convertValue(field, label, CodeBlock.of("$N.get$L()", filter, camel), converters));
      method.beginControlFlow("if ($N.has$L())", filter, camel)
          .addStatement(value.toString().length() > 60 ? "$N.equal($S,\n$L)" : "$N.equal($S, $L)", where,
              filterField.attributePath(), value)
          .endControlFlow();
    }
    return method.build();
  }

  /** A proto value of {@code field} as the Java value of its attribute (a relation: of the target's id). */
  private CodeBlock convertValue(ProtoField field, String label, CodeBlock value, Map<String, FieldSpec> converters) {
    TypeMapping mapping = field.mapping();
    return conversions.convert(mapping, label, value, false, converters::get);
  }
}
