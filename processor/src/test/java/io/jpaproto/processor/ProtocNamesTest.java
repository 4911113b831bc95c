package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.jpaproto.processor.schema.Naming;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Generated mappers call the accessors protoc really generates, including its renamed ones. */
class ProtocNamesTest {

  @Test
  void camelCaseFollowsProtoc() {
    assertEquals("CreatedAt", Naming.protocCamelCase("created_at"));
    assertEquals("Line2Text", Naming.protocCamelCase("line2_text"));
    assertEquals("Address2X", Naming.protocCamelCase("address2x"));
    assertEquals("Class_", Naming.protocCamelCase("class"));
    assertEquals("SerializedSize_", Naming.protocCamelCase("serialized_size"));
  }

  @Test
  void attributesNamedLikeMessageMethodsStillMap() {
    JavaFileObject entity = ProcessorRun.source("names.Odd",
        "package names;",
        "import jakarta.persistence.*;",
        "@Entity public class Odd {",
        "  @Id Long id;",
        "  int serializedSize;",
        "  String unknownFields;",
        "  @io.jpaproto.ProtoField(name = \"class\") String kind;",
        "  String address2x;",
        "}");
    Compilation firstPass = ProcessorRun.compile(Map.of(), List.of(entity));
    assertThat(firstPass).succeededWithoutWarnings();

    List<JavaFileObject> sources = new ArrayList<>(List.of(entity));
    sources.addAll(ProcessorRun.sources(
        Protoc.generateJava(ProcessorRun.protos(firstPass), Path.of("does-not-exist"))));
    Compilation secondPass = ProcessorRun.compileFully(Map.of(), sources);

    assertThat(secondPass).succeededWithoutWarnings();
    assertThat(secondPass).generatedSourceFile("names.OddProtoMapper").contentsAsUtf8String()
        .contains("message.setSerializedSize_(entity.serializedSize);");
    assertThat(secondPass).generatedSourceFile("names.OddProtoMapper").contentsAsUtf8String()
        .contains("message.setClass_(kind);");
  }
}
