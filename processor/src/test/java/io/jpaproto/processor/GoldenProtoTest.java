package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case goes through the build users run: pass 1 ({@code -proc:only}) writes the protos, protoc compiles
 * them to Java, pass 2 compiles everything and the processor writes the mappers, the services and their index
 * ({@code META-INF/jpaproto/services}). Protos, mappers, services and index must equal their golden files byte for byte, and the mappers must compile against the real protoc classes without a warning.
 */
class GoldenProtoTest {

  static List<String> cases() {
    return GoldenCases.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesTheExpectedProtosAndMappers(String name) {
    Map<String, String> options = GoldenCases.options(name);
    Compilation firstPass = ProcessorRun.compile(options, GoldenCases.firstPassSources(name));
    assertThat(firstPass).succeeded();
    compareWarnings(name, firstPass);
    Map<String, String> protos = ProcessorRun.protos(firstPass);
    assertFalse(protos.isEmpty(), "the processor wrote no proto file");
    compareWithGolden(GoldenCases.expected(name), protos, "proto");

    List<JavaFileObject> secondPassSources = new ArrayList<>(ProcessorRun.sourcesIn(GoldenCases.sources(name)));
    secondPassSources.addAll(ProcessorRun.sources(Protoc.generateJava(protos, GoldenCases.protoDeps(name))));
    Compilation secondPass = ProcessorRun.compileFully(options, secondPassSources);
    assertThat(secondPass).succeeded();
    compareWarnings(name, secondPass);
    compareWithGolden(GoldenCases.expectedMappers(name),
        ProcessorRun.generatedSources(secondPass, "ProtoMapper.java"), "mapper");
    compareWithGolden(GoldenCases.expectedServices(name),
        ProcessorRun.generatedSources(secondPass, "JpaService.java"), "service");
    compareWithGolden(GoldenCases.expectedServiceIndex(name),
        ProcessorRun.classOutput(secondPass, "META-INF/jpaproto/"), "service index");
    assertEquals(Map.of(), ProcessorRun.classOutput(firstPass, "META-INF/jpaproto/"),
        "the first pass generates no service, so it writes no service index");
  }

  /**
   * The warnings of a pass must be exactly those of the case's {@code warnings.txt} (one message a line, sorted; no
   * file means none): a warning is part of what the processor says about a model.
   */
  /** The compilation succeeded with exactly the warnings of the case's {@code warnings.txt}. */
  static void assertWarningsOfCase(String name, Compilation compilation) {
    assertThat(compilation).succeeded();
    compareWarnings(name, compilation);
  }

  private static void compareWarnings(String name, Compilation compilation) {
    String actual = compilation.warnings().stream()
        .map(warning -> warning.getMessage(java.util.Locale.ROOT) + "\n")
        .sorted()
        .collect(java.util.stream.Collectors.joining());
    Path file = GoldenCases.expectedWarnings(name);
    try {
      if (GoldenCases.UPDATE) {
        if (actual.isEmpty()) {
          java.nio.file.Files.deleteIfExists(file);
        } else {
          java.nio.file.Files.writeString(file, actual);
        }
      }
      String expected = java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : "";
      assertEquals(expected, actual, name + ": warnings differ from " + file
          + "; if the change is intended, regenerate with -Djpaproto.updateGoldens=true");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void compareWithGolden(Path goldenRoot, Map<String, String> actual, String what) {
    if (GoldenCases.UPDATE) {
      GoldenCases.writeTree(goldenRoot, actual);
    }
    Map<String, String> expected = GoldenCases.readTree(goldenRoot);
    assertEquals(expected.keySet(), actual.keySet(), "generated " + what + " file paths");
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertEquals(file.getValue(), actual.get(file.getKey()), file.getKey()
          + " differs from its golden file; if the change is intended, regenerate with -Djpaproto.updateGoldens=true");
    }
  }
}
