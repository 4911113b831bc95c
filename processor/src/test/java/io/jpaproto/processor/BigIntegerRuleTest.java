package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.testing.compile.Compilation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule django-socio-grpc got wrong: big integers are int64. Checked on the descriptors protoc builds from the
 * generated file, not on text.
 */
class BigIntegerRuleTest {

  @Test
  void bigAutoIdBigIntegerColumnAndPositiveBigIntegerColumnAreInt64() {
    DescriptorProto counter = message(Map.of(), "Counter");
    for (String field : new String[] {"id", "views", "reach", "total", "legacy_count"}) {
      assertEquals(Type.TYPE_INT64, field(counter, field).getType(), field);
    }
  }

  @Test
  void smallIntegersStayInt32() {
    DescriptorProto counter = message(Map.of(), "Small");
    for (String field : new String[] {"count", "small", "tiny"}) {
      assertEquals(Type.TYPE_INT32, field(counter, field).getType(), field);
    }
  }

  @Test
  void oneLineOfConfigurationSwitchesBigIntegerToString() {
    Compilation compilation = ProcessorRun.compile(Map.of(), java.util.List.of(
        ProcessorRun.source("golden.bigint.package-info",
            "@io.jpaproto.ProtoTypeMapping(javaType = java.math.BigInteger.class, protoType = \"string\")",
            "package golden.bigint;"),
        counterSource()));
    assertOnlyTheLegacyCountWarning(compilation);
    DescriptorProto counter = messageOf(compilation, "Counter");
    assertEquals(Type.TYPE_STRING, field(counter, "reach").getType());
    assertEquals(Type.TYPE_INT64, field(counter, "views").getType());
  }

  private static DescriptorProto message(Map<String, String> options, String name) {
    Compilation compilation = ProcessorRun.compile(options, java.util.List.of(counterSource(), smallSource()));
    assertOnlyTheLegacyCountWarning(compilation);
    return messageOf(compilation, name);
  }

  /** The Integer in a BIGINT column is published as int64, and warned about (JP134): it refuses most of that range. */
  private static void assertOnlyTheLegacyCountWarning(Compilation compilation) {
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[JP134] attribute Counter.legacyCount has Java type Integer, but its "
        + "column is BIGINT");
  }

  private static DescriptorProto messageOf(Compilation compilation, String name) {
    FileDescriptorSet set = Protoc.compile(ProcessorRun.protos(compilation));
    for (FileDescriptorProto file : set.getFileList()) {
      for (DescriptorProto message : file.getMessageTypeList()) {
        if (message.getName().equals(name)) {
          return message;
        }
      }
    }
    throw new AssertionError("no message " + name);
  }

  private static FieldDescriptorProto field(DescriptorProto message, String name) {
    return message.getFieldList().stream()
        .filter(field -> field.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + name + " in " + message.getName()));
  }

  private static javax.tools.JavaFileObject counterSource() {
    return ProcessorRun.source("golden.bigint.Counter",
        "package golden.bigint;",
        "import jakarta.persistence.*;",
        "import java.math.BigInteger;",
        "@Entity public class Counter {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @Column(columnDefinition = \"BIGINT\") Long views;",
        "  @Column(columnDefinition = \"BIGINT CHECK (reach >= 0)\") BigInteger reach;",
        "  long total;",
        "  @Column(columnDefinition = \"bigint\") Integer legacyCount;",
        "}");
  }

  private static javax.tools.JavaFileObject smallSource() {
    return ProcessorRun.source("golden.bigint.Small",
        "package golden.bigint;",
        "import jakarta.persistence.*;",
        "@Entity public class Small {",
        "  @Id Integer count;",
        "  short small;",
        "  Byte tiny;",
        "}");
  }
}
