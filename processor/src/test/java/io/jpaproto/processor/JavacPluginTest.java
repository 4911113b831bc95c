package io.jpaproto.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * jpaproto as a javac plugin ({@code -Xplugin:JpaProto}, found through its service file on the processor path, with
 * annotation processing off) writes the same protos as the annotation processor's first pass, byte for byte, and
 * reports its diagnostics on the source element as the processor does.
 */
class JavacPluginTest {
  @TempDir
  Path work;

  static List<String> cases() {
    return GoldenCases.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesTheGoldenProtos(String name) {
    Path protoDir = work.resolve("proto");
    Path classes = work.resolve("classes");
    StringBuilder args = new StringBuilder("JpaProto jpaproto.protoDir=" + protoDir + " classOutput=" + classes);
    GoldenCases.options(name).forEach((key, value) -> args.append(' ').append(key).append('=').append(value));
    DiagnosticCollector<JavaFileObject> diagnostics = compile(args.toString(), classes,
        GoldenCases.firstPassSources(name));
    assertEquals(List.of(), errors(diagnostics));

    Map<String, String> expected = GoldenCases.readTree(GoldenCases.expected(name));
    assertFalse(expected.isEmpty());
    assertEquals(expected, protosIn(classes), "the protos in the class output");
    Map<String, String> written = GoldenCases.readTree(protoDir);
    assertTrue(written.remove("jpaproto.lock") != null, "the plugin wrote the lock");
    assertEquals(expected, written, "the protos in the proto directory");
  }

  @Test
  void reportsAnErrorOnTheElementItIsAbout() {
    Path classes = work.resolve("classes");
    DiagnosticCollector<JavaFileObject> diagnostics = compile(
        "JpaProto jpaproto.protoDir=" + work.resolve("proto"), classes, ProcessorRun.sources(Map.of(
            "shop/Account.java", """
                package shop;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;

                @Entity
                public class Account {
                  @Id Long id;
                  String password;
                }
                """)));
    List<Diagnostic<? extends JavaFileObject>> errors = errors(diagnostics);
    assertEquals(1, errors.size(), errors.toString());
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertTrue(error.getMessage(null).startsWith("[JP140]"), error.getMessage(null));
    assertTrue(error.getSource().getName().endsWith("Account.java"), error.getSource().getName());
    assertEquals(9, error.getLineNumber(), "on the field");
    assertFalse(Files.exists(work.resolve("proto")), "nothing written after an error");
  }

  @Test
  void withoutAProtoDirectoryItSaysWhatToWrite() {
    DiagnosticCollector<JavaFileObject> diagnostics = compile("JpaProto", work.resolve("classes"),
        ProcessorRun.sources(Map.of("shop/Item.java", """
            package shop;

            @jakarta.persistence.Entity
            public class Item {
              @jakarta.persistence.Id Long id;
            }
            """)));
    List<Diagnostic<? extends JavaFileObject>> errors = errors(diagnostics);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).getMessage(null).contains("jpaproto.protoDir"), errors.get(0).getMessage(null));
    assertTrue(errors.get(0).getMessage(null).contains("Fix: -Xplugin:\"JpaProto jpaproto.protoDir="),
        errors.get(0).getMessage(null));
  }

  @Test
  void withProcessingLeftOnItLeavesTheWorkToTheProcessorAndSaysSo() {
    Path pluginDir = work.resolve("plugin-proto");
    Path processorDir = work.resolve("processor-proto");
    DiagnosticCollector<JavaFileObject> diagnostics = compile("JpaProto jpaproto.protoDir=" + pluginDir,
        work.resolve("classes"), ProcessorRun.sources(Map.of("shop/Item.java", """
            package shop;

            @jakarta.persistence.Entity
            public class Item {
              @jakarta.persistence.Id Long id;
            }
            """)), "-Ajpaproto.protoDir=" + processorDir);
    assertEquals(List.of(), errors(diagnostics));
    List<String> warnings = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING).map(d -> d.getMessage(null)).toList();
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("[JP190]"), warnings.get(0));
    assertTrue(warnings.get(0).contains("Fix: compile with -proc:none"), warnings.get(0));
    assertTrue(Files.exists(processorDir.resolve("jpaproto.lock")), "the processor wrote the protos and the lock");
    assertFalse(Files.exists(pluginDir), "the plugin wrote nothing");
  }

  private static DiagnosticCollector<JavaFileObject> compile(String pluginArgs, Path classes,
      List<JavaFileObject> sources) {
    return compile(pluginArgs, classes, sources, "-proc:none");
  }

  /** A compile with the plugin; {@code processing} is {@code -proc:none}, or a processor option to leave it on. */
  private static DiagnosticCollector<JavaFileObject> compile(String pluginArgs, Path classes,
      List<JavaFileObject> sources, String processing) {
    try {
      Files.createDirectories(classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = System.getProperty("java.class.path");
    List<String> options = new ArrayList<>(List.of(processing, "-classpath", classPath,
        "-processorpath", classPath, "-d", classes.toString(), "-Xplugin:" + pluginArgs));
    javac.getTask(null, null, diagnostics, options, null, sources).call();
    return diagnostics;
  }

  private static List<Diagnostic<? extends JavaFileObject>> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
  }

  private static Map<String, String> protosIn(Path root) {
    Map<String, String> protos = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".proto")).toList()) {
        protos.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return protos;
  }
}
