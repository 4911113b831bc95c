package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The diagnostics of twice-mapped columns, key and map relations (JP165 to JP167), each asserted with its message, fix
 * and element, and, where the build goes on, through the whole pipeline: protoc and the second compile.
 */
class SharedColumnsAndKeysDiagnosticsTest {
  @TempDir
  Path protoDir;

  private static final JavaFileObject STAGE = entity("crm.Stage", "@Id Long id;");

  @Test
  void aReadOnlyTwinOfAnotherProtoTypeIsAnError() {
    JavaFileObject deal = entity("crm.Deal",
        "@Id Long id;",
        "@ManyToOne @JoinColumn(name = \"stage_id\") Stage stage;",
        "@Column(name = \"stage_id\", insertable = false, updatable = false) String stageCode;");

    Compilation compilation = ProcessorRun.compile(protoDirOption(), List.of(STAGE, deal));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP165] attribute Deal.stageCode maps the column stage_id of attribute Deal.stage, but "
            + "becomes proto type string where that one becomes int64; one column is one field, so they must agree. "
            + "Fix: give stageCode the Java type of the column's other attribute (or of the target's id), or exclude "
            + "it with @ProtoIgnore.")
        .inFile(deal).onLineContaining("String stageCode;");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten();
  }

  @Test
  void aRelationMapKeyedByAFloatingPointValueIsAnError() {
    JavaFileObject deal = entity("crm.Deal",
        "@Id Long id;",
        "@ManyToMany @MapKeyColumn(name = \"weight\")",
        "java.util.Map<Double, Stage> stageByWeight;");

    Compilation compilation = ProcessorRun.compile(protoDirOption(), List.of(STAGE, deal));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP166] attribute Deal.stageByWeight is a relation held in a map keyed by "
            + "java.lang.Double, which becomes double; proto map keys are integers, booleans or strings. Fix: key the map by a "
            + "String, integer or boolean attribute of the target (@MapKey(name = \"...\")) or column "
            + "(@MapKeyColumn), or by an entity with such an id (@MapKeyJoinColumn); or leave the relation out with "
            + "@ProtoRelation(ProtoRelation.Style.OMIT).")
        .inFile(deal).onLineContaining("java.util.Map<Double, Stage> stageByWeight;");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten();
  }

  @Test
  void anEntityWithOnlyAJoinColumnIsAToOneRelationWithANoteThroughTheWholeBuild() {
    JavaFileObject deal = entity("crm.Deal",
        "@Id Long id;",
        "@JoinColumn(name = \"stage_id\") Stage stage;");

    Compilation firstPass = ProcessorRun.compile(Map.of(), List.of(STAGE, deal));

    assertThat(firstPass).succeededWithoutWarnings();
    assertThat(firstPass)
        .hadNoteContaining("[JP167] attribute Deal.stage refers to the entity Stage with a join column but no "
            + "@ManyToOne or @OneToOne; JPA providers map it as a to-one relation, and so does jpaproto: it travels "
            + "as the target's id")
        .inFile(deal).onLineContaining("Stage stage;");
    Map<String, String> protos = ProcessorRun.protos(firstPass);
    assertTrue(ProtoLines.declares(protos.get("crm/v1/crm.proto"), "optional int64 stage_id = 2"), protos.toString());

    List<JavaFileObject> sources = new ArrayList<>(List.of(STAGE, deal));
    sources.addAll(ProcessorRun.sources(Protoc.generateJava(protos, Path.of("does-not-exist"))));
    Compilation secondPass = ProcessorRun.compileFully(Map.of(), sources);
    assertThat(secondPass).succeededWithoutWarnings();
    String mapper = ProcessorRun.generatedSources(secondPass, "DealProtoMapper.java").get("crm/DealProtoMapper.java");
    assertTrue(mapper.contains("entity.stage = message.hasStageId() ? references.getReference(Stage.class, "
        + "message.getStageId()) : null;"), mapper);
  }

  private Map<String, String> protoDirOption() {
    return Map.of("jpaproto.protoDir", protoDir.toString());
  }

  /** The processor wrote no proto file (checked in the proto directory, which gets a copy of every proto file). */
  private void assertNothingWritten() {
    try (Stream<Path> files = Files.walk(protoDir)) {
      assertEquals(List.of(), files.filter(file -> file.toString().endsWith(".proto")).toList(),
          "proto files written despite an error");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code package x; imports; @Entity public class Name { members }}, one member per line. */
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
