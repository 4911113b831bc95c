package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden case compiles without a warning and writes exactly its expected proto files, byte for byte. */
class GoldenProtoTest {

  static List<String> cases() {
    return GoldenCases.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesTheExpectedProtos(String name) {
    Compilation compilation = ProcessorRun.compile(
        GoldenCases.options(name), ProcessorRun.sourcesIn(GoldenCases.sources(name)));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> actual = ProcessorRun.protos(compilation);
    assertFalse(actual.isEmpty(), "the processor wrote no proto file");
    if (GoldenCases.UPDATE) {
      GoldenCases.writeTree(GoldenCases.expected(name), actual);
    }
    Map<String, String> expected = GoldenCases.readTree(GoldenCases.expected(name));
    assertEquals(expected.keySet(), actual.keySet(), "generated file paths");
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertEquals(file.getValue(), actual.get(file.getKey()), file.getKey()
          + " differs from its golden file; if the change is intended, regenerate with -Djpaproto.updateGoldens=true");
    }
  }
}
