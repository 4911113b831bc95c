package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Constructs that protoc accepts, or that pass 1 once let through, but that protoc, its Java classes or the second
 * compile then reject: each is refused with a located error naming the fix (JP170 to JP173), and the fix, applied as
 * named, goes through the whole pipeline (pass 1, the real protoc, pass 2 without a warning).
 */
class RefusedNamesTest {

  private static JavaFileObject entity(String name, String... members) {
    List<String> lines = new java.util.ArrayList<>(List.of(
        "package names;",
        "import jakarta.persistence.*;",
        "import io.jpaproto.ProtoField;",
        "@Entity",
        "public class " + name + " {",
        "  @Id Long id;"));
    lines.addAll(List.of(members));
    lines.add("}");
    return ProcessorRun.source("names." + name, lines.toArray(String[]::new));
  }

  @Test
  void fieldsWithOneJsonNameAreRefused() {
    JavaFileObject clash = entity("Sensor", "  Integer foo1;", "  @Column(name = \"foo_1\") Integer foo_1;");
    Compilation compilation = ProcessorRun.compile(Map.of(), List.of(clash));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP172] attribute Sensor.foo_1 becomes proto field \"foo_1\", whose JSON name \"foo1\" "
            + "is that of field \"foo1\" (attribute Sensor.foo1), which protoc rejects. Fix: rename one of them "
            + "with @ProtoField(name = \"...\").")
        .inFile(clash).onLineContaining("Integer foo_1;");

    Pipeline fixed = Pipeline.run(entity("Sensor", "  Integer foo1;",
        "  @ProtoField(name = \"foo_one\") @Column(name = \"foo_1\") Integer foo_1;"));
    assertThat(fixed.secondPass()).succeededWithoutWarnings();
  }

  @Test
  void fieldsWhoseAccessorsEveryMessageHasAreRefused() {
    JavaFileObject odd = entity("Odd", "  String descriptor;", "  String defaultInstance;");
    Compilation compilation = ProcessorRun.compile(Map.of(), List.of(odd));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP171] attribute Odd.descriptor becomes proto field \"descriptor\", whose Java "
            + "accessor getDescriptor() would be the static method every message class of Odd has, so protoc's "
            + "Java classes or the generated mapper would not compile. Fix: rename the field with "
            + "@ProtoField(name = \"...\").")
        .inFile(odd).onLineContaining("String descriptor;");
    assertThat(compilation)
        .hadErrorContaining("[JP171] attribute Odd.defaultInstance becomes proto field \"default_instance\", whose "
            + "Java accessor getDefaultInstance() would be the static method")
        .inFile(odd).onLineContaining("String defaultInstance;");

    Pipeline fixed = Pipeline.run(entity("Odd", "  @ProtoField(name = \"descriptor_text\") String descriptor;",
        "  @ProtoField(name = \"default_instance_name\") String defaultInstance;",
        // The names protoc decorates itself are fine: getSerializedSize_(), getUnknownFields_(), ...
        "  int serializedSize;", "  String unknownFields;", "  String initializationErrorString;",
        "  String parserForType;"));
    assertThat(fixed.secondPass()).succeededWithoutWarnings();
  }

  @Test
  void aFieldNamedLikeAnotherFieldsDerivedAccessorIsRefused() {
    JavaFileObject tagged = entity("Tagged", "  String name;", "  byte[] nameBytes;",
        "  @ElementCollection java.util.List<String> tags;", "  int tagsCount;");
    Compilation compilation = ProcessorRun.compile(Map.of(), List.of(tagged));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP171] attribute Tagged.nameBytes becomes proto field \"name_bytes\", whose Java "
            + "accessor getNameBytes() would be an accessor protoc also generates for field name of Tagged")
        .inFile(tagged).onLineContaining("byte[] nameBytes;");
    assertThat(compilation)
        .hadErrorContaining("[JP171] attribute Tagged.tagsCount becomes proto field \"tags_count\", whose Java "
            + "accessor getTagsCount() would be an accessor protoc also generates for field tags of Tagged")
        .inFile(tagged).onLineContaining("int tagsCount;");

    Pipeline fixed = Pipeline.run(entity("Tagged", "  String name;",
        "  @ProtoField(name = \"name_data\") byte[] nameBytes;",
        "  @ElementCollection java.util.List<String> tags;", "  @ProtoField(name = \"tag_total\") int tagsCount;"));
    assertThat(fixed.secondPass()).succeededWithoutWarnings();
  }

  @Test
  void anAbstractOrInterfaceEmbeddableIsRefused() {
    JavaFileObject shape = ProcessorRun.source("names.Shape",
        "package names;",
        "@jakarta.persistence.Embeddable",
        "public abstract class Shape { double area; }");
    JavaFileObject marker = ProcessorRun.source("names.Marker",
        "package names;",
        "@jakarta.persistence.Embeddable",
        "public interface Marker { }");
    JavaFileObject drawing = entity("Drawing", "  @Embedded Shape shape;", "  @Embedded Marker marker;");
    Compilation compilation = ProcessorRun.compile(Map.of(), List.of(shape, marker, drawing));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP173] attribute Drawing.shape has type names.Shape, an @Embeddable abstract class, "
            + "which JPA cannot instantiate and the generated mapper cannot create. Fix: make it a concrete class "
            + "(or a record) with a no-argument constructor.")
        .inFile(drawing).onLineContaining("Shape shape;");
    assertThat(compilation)
        .hadErrorContaining("[JP173] attribute Drawing.marker has type names.Marker, an @Embeddable interface")
        .inFile(drawing).onLineContaining("Marker marker;");

    JavaFileObject concrete = ProcessorRun.source("names.Shape",
        "package names;",
        "@jakarta.persistence.Embeddable",
        "public class Shape { double area; }");
    Pipeline fixed = Pipeline.run(concrete, entity("Drawing", "  @Embedded Shape shape;"));
    assertThat(fixed.secondPass()).succeededWithoutWarnings();
  }

  @Test
  void anEntityWithoutANoArgumentConstructorIsRefusedWhenItsMapperIsWritten() {
    JavaFileObject fixedOnly = ProcessorRun.source("names.Fixed",
        "package names;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Fixed {",
        "  @Id private Long id;",
        "  private String label;",
        "  public Fixed(String label) { this.label = label; }",
        "}");
    Compilation firstPass = ProcessorRun.compile(Map.of(), List.of(fixedOnly));
    assertThat(firstPass).succeededWithoutWarnings();
    List<JavaFileObject> sources = new java.util.ArrayList<>(List.of(fixedOnly));
    sources.addAll(ProcessorRun.sources(Protoc.generateJava(ProcessorRun.protos(firstPass),
        java.nio.file.Path.of("does-not-exist"))));
    Compilation secondPass = ProcessorRun.compileFully(Map.of(), sources);
    assertThat(secondPass).failed();
    assertThat(secondPass)
        .hadErrorContaining("[JP170] Fixed has no constructor without parameters, so the generated mapper cannot "
            + "create instances of it from names.proto.Fixed messages (and JPA cannot either). Fix: add a "
            + "no-argument constructor; it may be protected or private.")
        .inFile(fixedOnly).onLineContaining("public class Fixed {");

    Pipeline fixed = Pipeline.run(ProcessorRun.source("names.Fixed",
        "package names;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Fixed {",
        "  @Id private Long id;",
        "  private String label;",
        "  private Fixed() { }",
        "  public Fixed(String label) { this.label = label; }",
        "}"));
    assertThat(fixed.secondPass()).succeededWithoutWarnings();
    assertTrue(fixed.generated("names.FixedProtoMapper").contains("NEW_FIXED.invokeExact()"));
  }
}
