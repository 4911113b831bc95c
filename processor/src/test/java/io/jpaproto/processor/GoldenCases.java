package io.jpaproto.processor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The golden cases under {@code src/test/resources/golden}: {@code <case>/src} (entities), {@code <case>/proto}
 * (expected protos), {@code <case>/mappers} and {@code <case>/services} (expected mapper and JpaService sources),
 * {@code <case>/service-index} (the expected {@code META-INF/jpaproto/services}), {@code <case>/options.properties} (processor options) and {@code <case>/proto-deps} (hand-written protos the expected
 * ones import).
 */
final class GoldenCases {
  /** Set {@code -Djpaproto.updateGoldens=true} to rewrite the expected files from the processor's output. */
  static final boolean UPDATE = Boolean.getBoolean("jpaproto.updateGoldens");
  static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private GoldenCases() {
  }

  static List<String> names() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path sources(String name) {
    return ROOT.resolve(name).resolve("src");
  }

  /** The warnings the processor must report for a case, one message a line; absent when there are none. */
  static Path expectedWarnings(String name) {
    return ROOT.resolve(name).resolve("warnings.txt");
  }

  static Path expected(String name) {
    return ROOT.resolve(name).resolve("proto");
  }

  /**
   * The sources of the first pass: the entities, plus the classes of the hand-written protos they use, which in a
   * real build come from a dependency and so exist in both passes.
   */
  static List<javax.tools.JavaFileObject> firstPassSources(String name) {
    List<javax.tools.JavaFileObject> sources = new java.util.ArrayList<>(ProcessorRun.sourcesIn(sources(name)));
    sources.addAll(ProcessorRun.sources(Protoc.generateJava(Map.of(), protoDeps(name))));
    return sources;
  }

  /** Expected mapper sources. */
  static Path expectedMappers(String name) {
    return ROOT.resolve(name).resolve("mappers");
  }

  /** Expected JpaService sources. */
  static Path expectedServices(String name) {
    return ROOT.resolve(name).resolve("services");
  }

  /** The expected service index (META-INF/jpaproto/services), below the class output's root. */
  static Path expectedServiceIndex(String name) {
    return ROOT.resolve(name).resolve("service-index");
  }

  static Path protoDeps(String name) {
    return ROOT.resolve(name).resolve("proto-deps");
  }

  static Map<String, String> options(String name) {
    Path file = ROOT.resolve(name).resolve("options.properties");
    Map<String, String> options = new TreeMap<>();
    if (Files.exists(file)) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      properties.forEach((key, value) -> options.put((String) key, (String) value));
    }
    return options;
  }

  /** The files below {@code root}: relative path -> content. */
  static Map<String, String> readTree(Path root) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Replaces the tree below {@code root} with {@code files}. */
  static void writeTree(Path root, Map<String, String> files) {
    try {
      if (Files.exists(root)) {
        try (Stream<Path> paths = Files.walk(root)) {
          for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = root.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
