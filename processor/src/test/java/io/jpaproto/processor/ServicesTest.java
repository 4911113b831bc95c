package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated service files ({@code @ProtoService}): their shape on the descriptors protoc builds, the real buf CLI's
 * verdict, and their life in the proto directory (lock, check mode, stale files) like entity files. The
 * {@code services} golden case holds their exact text and the JpaServices compiled against grpc-java's classes.
 *
 * <p>buf runs when {@code -Djpaproto.buf=/path/to/buf} is given (CI does).
 */
class ServicesTest {
  private static final String CASE = "services";

  @TempDir
  Path work;

  /** The protos of the {@code services} golden case, as the processor writes them. */
  private static Map<String, String> serviceCaseProtos() {
    Compilation compilation = ProcessorRun.compile(GoldenCases.options(CASE), GoldenCases.firstPassSources(CASE));
    assertThat(compilation).succeededWithoutWarnings();
    return ProcessorRun.protos(compilation);
  }

  /**
   * buf 1.75 has no PAGINATION rule, so AIP-158 is checked here: every List RPC takes {@code int32 page_size} and
   * {@code string page_token} and answers {@code string next_page_token}; only the Stream RPC streams.
   */
  @Test
  void everyListRpcHasTheAip158PaginationShape() {
    Map<String, String> protos = serviceCaseProtos();
    FileDescriptorSet set = Protoc.compile(protos);
    Map<String, DescriptorProto> messages = new HashMap<>();
    List<ServiceDescriptorProto> services = new ArrayList<>();
    for (FileDescriptorProto file : set.getFileList()) {
      file.getMessageTypeList().forEach(message -> messages.put("." + file.getPackage() + "." + message.getName(),
          message));
      if (protos.containsKey(file.getName())) {
        services.addAll(file.getServiceList());
      }
    }
    assertEquals(3, services.size(), "services of the golden case");
    int lists = 0;
    for (ServiceDescriptorProto service : services) {
      for (MethodDescriptorProto method : service.getMethodList()) {
        String rpc = service.getName() + "." + method.getName();
        assertEquals(method.getName().startsWith("Stream"), method.getServerStreaming(), rpc + " streams");
        assertFalse(method.getClientStreaming(), rpc + " streams from the client");
        if (method.getName().startsWith("List")) {
          lists++;
          DescriptorProto request = messages.get(method.getInputType());
          DescriptorProto response = messages.get(method.getOutputType());
          assertField(request, "page_size", FieldDescriptorProto.Type.TYPE_INT32, rpc);
          assertField(request, "page_token", FieldDescriptorProto.Type.TYPE_STRING, rpc);
          assertField(response, "next_page_token", FieldDescriptorProto.Type.TYPE_STRING, rpc);
        }
      }
    }
    assertEquals(3, lists, "List RPCs");
  }

  private static void assertField(DescriptorProto message, String name, FieldDescriptorProto.Type type, String rpc) {
    FieldDescriptorProto field = message.getFieldList().stream()
        .filter(candidate -> candidate.getName().equals(name)).findFirst().orElse(null);
    assertTrue(field != null, rpc + ": " + message.getName() + " has no field " + name);
    assertEquals(type, field.getType(), rpc + ": " + message.getName() + "." + name);
    assertEquals(FieldDescriptorProto.Label.LABEL_OPTIONAL, field.getLabel(), rpc + ": " + name + " is singular");
  }

  @Test
  void derivedPluralsFollowTheRegularEnglishRules() {
    Map<String, String> plurals = Map.of("Book", "Books", "Category", "Categories", "Day", "Days",
        "Address", "Addresses", "Box", "Boxes", "Match", "Matches", "OrderLine", "OrderLines");
    plurals.forEach((singular, plural) -> assertEquals(plural, io.jpaproto.processor.schema.Naming.plural(singular)));
  }

  @Test
  void filterFieldsKeepTheEntitysNamesTypesNumbersAndReservations() {
    Path protoDir = work.resolve("proto");
    assertThat(compile(protoDir, book("String title;", "String isbn;", "Integer pages;"))).succeeded();
    Compilation compilation = compile(protoDir, book("String title;", "Integer pages;"));
    assertThat(compilation).succeededWithoutWarnings();

    String entity = ProcessorRun.protos(compilation).get("com/acme/shop/v1/shop.proto");
    String service = ProcessorRun.protos(compilation).get("com/acme/shop/v1/book_service.proto");
    assertTrue(entity.contains("  reserved 3;\n  reserved \"isbn\";\n"), entity);
    assertTrue(service.contains("message BookFilter {\n  reserved 3;\n  reserved \"isbn\";\n"), service);
    assertTrue(service.contains("  optional string title = 2;\n"), service);
    assertTrue(service.contains("  optional int32 pages = 4;\n"), service);
    assertFalse(readLock(protoDir).contains("BookFilter"), "the filter adds no numbering state");
  }

  @Test
  void serviceFilesAreListedInTheLockCheckedAndDeletedWhenTheAnnotationGoes() throws IOException {
    Path protoDir = work.resolve("proto");
    Path serviceFile = protoDir.resolve("com/acme/shop/v1/book_service.proto");
    assertThat(compile(protoDir, book("String title;"))).succeededWithoutWarnings();
    assertTrue(Files.exists(serviceFile));
    assertTrue(readLock(protoDir).contains("file com/acme/shop/v1/book_service.proto\n"), readLock(protoDir));

    assertThat(check(protoDir, book("String title;"))).succeededWithoutWarnings();
    Compilation changed = check(protoDir, book("String title;", "String isbn;"));
    assertThat(changed).failed();
    assertThat(changed).hadErrorContaining("com/acme/shop/v1/book_service.proto is not what the entities generate");
    assertThat(changed).hadErrorContaining("[JP123] message BookFilter in " + protoDir.resolve(
        "com/acme/shop/v1/book_service.proto") + " is not what the entities generate (check mode): "
        + "+ // Only Books whose isbn equals this value. | + optional string isbn = 3;");
    assertThat(changed).hadErrorContaining("[JP123] message StreamBooksRequest in ");
    assertThat(changed).hadNoteContaining("generated +   optional string isbn = 3;");
    for (String unchanged : List.of("DeleteBookResponse", "GetBookRequest", "service BookService")) {
      assertFalse(changed.errors().stream().anyMatch(error -> error.getMessage(null).contains(unchanged + " in ")),
          unchanged + " did not change: " + changed.errors());
    }

    JavaFileObject withoutService = ProcessorRun.source("com.acme.shop.Book",
        "package com.acme.shop;",
        "import jakarta.persistence.*;",
        "@Entity public class Book { @Id Long id; String title; }");
    Compilation stale = check(protoDir, withoutService);
    assertThat(stale).failed();
    assertThat(stale).hadErrorContaining("no entity generates com/acme/shop/v1/book_service.proto any more");
    assertTrue(Files.exists(serviceFile), "check mode deletes nothing");

    assertThat(compile(protoDir, withoutService)).succeededWithoutWarnings();
    assertFalse(Files.exists(serviceFile), "a normal build deletes the stale service file");
    assertFalse(readLock(protoDir).contains("book_service.proto"), readLock(protoDir));
  }

  /**
   * The two-module layout: the model module (entities, class files and protos in its jar) writes the service file; the
   * API module lists the entity in {@code @ProtoMappers}, compiles the protos with protoc and grpc-java, and gets the
   * mapper and the JpaService, which compile without a warning. It writes no proto of its own.
   */
  @Test
  void theApiModuleOfATwoModuleBuildGetsTheJpaService() throws IOException {
    Compilation model = ProcessorRun.compileFully(Map.of(), List.of(book("String title;")));
    assertThat(model).succeeded();
    Map<String, String> protos = ProcessorRun.protos(model);
    assertEquals(List.of("com/acme/shop/v1/book_service.proto", "com/acme/shop/v1/shop.proto"),
        List.copyOf(protos.keySet()));
    Path modelJar = work.resolve("model-classes");
    for (JavaFileObject file : model.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.endsWith(".class")) {
        Path target = modelJar.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (var in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
    List<java.io.File> classpath = new ArrayList<>();
    classpath.add(modelJar.toFile());
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      classpath.add(new java.io.File(entry));
    }
    List<JavaFileObject> api = new ArrayList<>(ProcessorRun.sources(Protoc.generateJava(protos, work.resolve("none"))));
    api.add(ProcessorRun.source("com.acme.api.package-info",
        "@io.jpaproto.ProtoMappers(com.acme.shop.Book.class)",
        "package com.acme.api;"));

    Compilation apiModule = com.google.testing.compile.Compiler.javac()
        .withProcessors(new JpaProtoProcessor())
        .withClasspath(classpath)
        .compile(api);

    assertThat(apiModule).succeededWithoutWarnings();
    assertEquals(List.of("com/acme/shop/BookJpaService.java"),
        List.copyOf(ProcessorRun.generatedSources(apiModule, "JpaService.java").keySet()));
    assertEquals(Map.of(), ProcessorRun.protos(apiModule), "the API module writes no proto");
  }

  @Test
  void bufLintsBuildsAndFormatsTheServiceProtosCleanly() throws Exception {
    String buf = System.getProperty("jpaproto.buf", "");
    Assumptions.assumeTrue(!buf.isEmpty(), "set -Djpaproto.buf to the buf CLI to lint the service protos (CI does)");
    Path workspace = work.resolve("buf");
    Map<String, String> protos = serviceCaseProtos();
    GoldenCases.writeTree(workspace.resolve("proto"), protos);
    Path includes = Path.of(System.getProperty("jpaproto.protoIncludes", "target/proto-includes"));
    Map<String, String> vendor = new HashMap<>();
    GoldenCases.readTree(includes).forEach((path, text) -> {
      if (path.startsWith("google/api/") || path.startsWith("google/type/") || path.startsWith("buf/validate/")) {
        vendor.put(path, text);
      }
    });
    assertTrue(vendor.containsKey("google/api/annotations.proto"), "google/api protos in " + includes);
    GoldenCases.writeTree(workspace.resolve("vendor"), vendor);
    Files.writeString(workspace.resolve("buf.yaml"), """
        version: v2
        modules:
          - path: proto
          - path: vendor
            lint: { ignore: [vendor] }
        lint:
          use: [STANDARD, COMMENTS, PROTOVALIDATE]
        """);
    assertTrue(protos.keySet().stream().anyMatch(path -> path.endsWith("_service.proto")), protos.keySet().toString());
    runBuf(workspace, buf, "lint");
    runBuf(workspace, buf, "build", "-o", "/dev/null");
    runBuf(workspace, buf, "format", "--diff", "--exit-code", "proto");
  }

  private static void runBuf(Path workspace, String buf, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(buf));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(workspace.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "buf " + String.join(" ", arguments) + ":\n" + output);
  }

  private static String readLock(Path protoDir) {
    try {
      return Files.readString(protoDir.resolve("jpaproto.lock"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Compilation compile(Path protoDir, JavaFileObject... sources) {
    return ProcessorRun.compile(Map.of("jpaproto.protoDir", protoDir.toString()), List.of(sources));
  }

  private static Compilation check(Path protoDir, JavaFileObject... sources) {
    return ProcessorRun.compile(
        Map.of("jpaproto.protoDir", protoDir.toString(), "jpaproto.check", "true"), List.of(sources));
  }

  private static JavaFileObject book(String... fields) {
    List<String> lines = new ArrayList<>(List.of(
        "package com.acme.shop;",
        "import jakarta.persistence.*;",
        "@Entity",
        "@io.jpaproto.ProtoService",
        "public class Book {",
        "  @Id Long id;"));
    Stream.of(fields).forEach(field -> lines.add("  " + field));
    lines.add("}");
    return ProcessorRun.source("com.acme.shop.Book", lines.toArray(new String[0]));
  }

  /**
   * {@code -Ajpaproto.services=all} serves every entity that can have a service without {@code @ProtoService},
   * leaves a composite-key entity out without an error, and still honours {@code @ProtoService(false)}.
   */
  @Test
  void servicesAllServesEveryEntityThatCanHaveOne() {
    List<JavaFileObject> sources = List.of(
        ProcessorRun.source("com.acme.all.Plain",
            "package com.acme.all;",
            "import jakarta.persistence.*;",
            "@Entity public class Plain { @Id @GeneratedValue Long id; String name; }"),
        ProcessorRun.source("com.acme.all.Pair",
            "package com.acme.all;",
            "import jakarta.persistence.*;",
            "@Entity @IdClass(Pair.Key.class) public class Pair { @Id Long left; @Id Long right;",
            "  public static class Key implements java.io.Serializable { Long left; Long right; } }"),
        ProcessorRun.source("com.acme.all.Hidden",
            "package com.acme.all;",
            "import jakarta.persistence.*;",
            "@Entity @io.jpaproto.ProtoService(false) public class Hidden { @Id Long id; }"));

    Compilation all = ProcessorRun.compile(Map.of("jpaproto.services", "all"), sources);
    assertThat(all).succeeded();
    assertThat(all).hadErrorCount(0);
    Map<String, String> protos = ProcessorRun.protos(all);
    assertTrue(protos.containsKey("com/acme/all/v1/plain_service.proto"), protos.keySet().toString());
    assertFalse(protos.containsKey("com/acme/all/v1/pair_service.proto"), "a composite key cannot be served");
    assertFalse(protos.containsKey("com/acme/all/v1/hidden_service.proto"), "@ProtoService(false) opts out");

    Compilation annotated = ProcessorRun.compile(Map.of(), sources);
    assertThat(annotated).succeeded();
    assertFalse(ProcessorRun.protos(annotated).keySet().stream().anyMatch(path -> path.endsWith("_service.proto")),
        "by default only @ProtoService asks for services");

    Compilation wrong = ProcessorRun.compile(Map.of("jpaproto.services", "every"), sources);
    assertThat(wrong).hadErrorContaining("-Ajpaproto.services=every names no service default");
  }
}
