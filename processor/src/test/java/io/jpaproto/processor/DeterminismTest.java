package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same sources give byte-identical protos, whatever order javac sees them in. */
class DeterminismTest {

  static List<String> cases() {
    return GoldenCases.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameSourcesInAnyOrderGiveIdenticalBytes(String name) {
    List<JavaFileObject> sources = GoldenCases.firstPassSources(name);
    Map<String, String> options = GoldenCases.options(name);
    Map<String, String> first = protos(options, sources);
    List<JavaFileObject> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    assertEquals(first, protos(options, reversed), "reversed source order");
    assertEquals(first, protos(options, sources), "second run");
  }

  private static Map<String, String> protos(Map<String, String> options, List<JavaFileObject> sources) {
    Compilation compilation = ProcessorRun.compile(options, sources);
    assertThat(compilation).succeeded();
    return ProcessorRun.protos(compilation);
  }
}
