package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation stage's diagnostics (JP180 to JP182), one test each: the id, the message and its fix, the line it
 * points at; and the option that turns the rules off. What each rule looks like is the golden case
 * {@code validation}.
 */
class ValidationRulesTest {
  @TempDir
  Path protoDir;

  @Test
  void aPatternRe2CannotRunIsAnErrorNamingTheConstruct() {
    JavaFileObject customer = entity("shop.Customer",
        "@Id Long id;",
        "@jakarta.validation.constraints.Pattern(regexp = \"(\\\\w+)-\\\\1\")",
        "String code;");

    Compilation compilation = compile(Map.of(), customer);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP180] attribute Customer.code has @Pattern(regexp = \"(\\w+)-\\1\"), which uses a back "
            + "reference (\\1): RE2, the engine protovalidate checks buf.validate patterns with in every language, "
            + "cannot run it")
        .inFile(customer).onLineContaining("@jakarta.validation.constraints.Pattern");
    assertThat(compilation).hadErrorContaining("Fix: rewrite the expression without that construct (RE2 syntax: "
        + "https://github.com/google/re2/wiki/Syntax), or leave validation rules out of the schema with "
        + "-Ajpaproto.validation=false.");
    assertNothingWritten();
  }

  @Test
  void aConstraintWithoutARuleForItsTypeIsAWarningOnTheConstraint() {
    JavaFileObject customer = entity("shop.Customer",
        "@Id Long id;",
        "@jakarta.validation.constraints.Past",
        "java.time.LocalDate birthday;");

    Compilation compilation = compile(Map.of(), customer);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[JP181] attribute Customer.birthday has @Past, which has no buf.validate rule for its "
            + "proto field Customer.birthday (.google.type.Date): clients do not see it in the schema")
        .inFile(customer).onLineContaining("@jakarta.validation.constraints.Past");
    assertThat(compilation).hadWarningContaining("Fix: nothing, if the server's own checks suffice; otherwise "
        + "express the constraint in a form the README's rule table lists, or silence validation rules with "
        + "-Ajpaproto.validation=false.");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void constraintsThatLeaveNoValidValueAreAnError() {
    JavaFileObject customer = entity("shop.Customer",
        "@Id Long id;",
        "@Column(length = 5) @jakarta.validation.constraints.Size(min = 8)",
        "String code;");

    Compilation compilation = compile(Map.of(), customer);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP182] attribute Customer.code allows no value for proto field Customer.code: its "
            + "length must be at least 8 and at most 5")
        .inFile(customer).onLineContaining("String code;");
    assertThat(compilation).hadErrorContaining("Fix: correct the constraints (Bean Validation's and the @Column's) "
        + "so that some value satisfies all of them.");
    assertNothingWritten();
  }

  @Test
  void integerBoundsThatCrossAreAnError() {
    JavaFileObject customer = entity("shop.Customer",
        "@Id Long id;",
        "@jakarta.validation.constraints.Min(10) @jakarta.validation.constraints.Negative",
        "int points;");

    Compilation compilation = compile(Map.of(), customer);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP182] attribute Customer.points allows no value for proto field Customer.points: it "
            + "must be at least 10 and at most -1")
        .inFile(customer).onLineContaining("int points;");
  }

  @Test
  void theOptionOffWritesNoRulesAndNoImport() {
    JavaFileObject customer = entity("shop.Customer",
        "@Id Long id;",
        "@Column(nullable = false, length = 40) @jakarta.validation.constraints.Email String email;",
        "@jakarta.validation.constraints.Pattern(regexp = \"(?=x)\") String code;");

    Compilation compilation = compile(Map.of("jpaproto.validation", "false"), customer);

    assertThat(compilation).succeededWithoutWarnings();
    String proto = ProcessorRun.protos(compilation).get("shop/v1/shop.proto");
    assertFalse(proto.contains("buf.validate") || proto.contains("buf/validate"), proto);
    assertTrue(proto.contains("  string email = 2;\n"), proto);
  }

  @Test
  void rulesAreOnTheEntityMessagesOnlyNotOnTheServicesRequestsOrFilters() {
    JavaFileObject customer = ProcessorRun.source("shop.Customer",
        "package shop;",
        "import jakarta.persistence.*;",
        "@Entity @io.jpaproto.ProtoService",
        "public class Customer {",
        "  @Id @GeneratedValue Long id;",
        "  @Column(nullable = false, length = 40) String name;",
        "}");

    Compilation compilation = compile(Map.of(), customer);

    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> protos = ProcessorRun.protos(compilation);
    assertTrue(protos.get("shop/v1/shop.proto").contains("string name = 2 [\n"
        + "    (buf.validate.field).required = true,\n"
        + "    (buf.validate.field).string.max_len = 40\n"
        + "  ];\n"), protos.get("shop/v1/shop.proto"));
    String service = protos.get("shop/v1/customer_service.proto");
    assertFalse(service.contains("buf.validate") || service.contains("buf/validate"), service);
  }

  @Test
  void aValueTheProviderAssignsIsNeitherARuleNorRequiredByTheMapper() throws Exception {
    JavaFileObject post = ProcessorRun.source("blog.Post",
        "package blog;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Post {",
        "  @Id @GeneratedValue Long id;",
        "  @Column(nullable = false, length = 80) String title;",
        "  @org.hibernate.annotations.CreationTimestamp @Column(nullable = false, updatable = false)",
        "  java.time.Instant createdAt;",
        "  @org.hibernate.annotations.UpdateTimestamp @Column(nullable = false) java.time.Instant updatedAt;",
        "}");

    Pipeline pipeline = Pipeline.run(post);

    String proto = pipeline.protos().get("blog/v1/blog.proto");
    assertTrue(proto.contains("  .google.protobuf.Timestamp created_at = 3;\n"), proto);
    assertTrue(proto.contains("  .google.protobuf.Timestamp updated_at = 4;\n"), proto);
    assertTrue(proto.contains("(buf.validate.field).string.max_len = 80"), proto);
    // The mapper takes a message without them: Hibernate writes both on insert.
    ClassLoader classes = pipeline.classes();
    Class<?> message = classes.loadClass("blog.proto.Post");
    Object builder = message.getMethod("newBuilder").invoke(null);
    builder.getClass().getMethod("setTitle", String.class).invoke(builder, "hello");
    Object built = builder.getClass().getMethod("build").invoke(builder);
    Class<?> mapper = classes.loadClass("blog.PostProtoMapper");
    Object entity = mapper.getMethod("fromProto", message).invoke(mapper.getField("INSTANCE").get(null), built);
    assertEquals("blog.Post", entity.getClass().getName());
  }

  private Compilation compile(Map<String, String> options, JavaFileObject... sources) {
    Map<String, String> all = new java.util.HashMap<>(options);
    all.put("jpaproto.protoDir", protoDir.toString());
    return ProcessorRun.compile(all, List.of(sources));
  }

  private void assertNothingWritten() {
    try (Stream<Path> files = Files.walk(protoDir)) {
      List<Path> written = files.filter(file -> file.toString().endsWith(".proto")).toList();
      assertEquals(List.of(), written, "proto files written despite an error");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JavaFileObject entity(String qualifiedName, String... members) {
    int dot = qualifiedName.lastIndexOf('.');
    List<String> lines = new ArrayList<>();
    lines.add("package " + qualifiedName.substring(0, dot) + ";");
    lines.add("import jakarta.persistence.*;");
    lines.add("@Entity");
    lines.add("public class " + qualifiedName.substring(dot + 1) + " {");
    for (String member : members) {
      lines.add("  " + member);
    }
    lines.add("}");
    return ProcessorRun.source(qualifiedName, lines.toArray(new String[0]));
  }
}
