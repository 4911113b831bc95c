package io.jpaproto.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Runs the processor in-memory through compile-testing and reads back what it wrote. */
final class ProcessorRun {
  private static final String CLASS_OUTPUT_PREFIX = "/" + StandardLocation.CLASS_OUTPUT.name() + "/";

  private ProcessorRun() {
  }

  /** Compiles {@code sources} with the processor and the given {@code -A} options (keys without {@code -A}). */
  static Compilation compile(Map<String, String> options, List<JavaFileObject> sources) {
    return compile(new JpaProtoProcessor(), options, sources);
  }

  static Compilation compile(JpaProtoProcessor processor, Map<String, String> options, List<JavaFileObject> sources) {
    return compile(processor, true, options, sources);
  }

  /** Compiles and processes {@code sources} fully (not {@code -proc:only}), as the second pass of a build does. */
  static Compilation compileFully(Map<String, String> options, List<JavaFileObject> sources) {
    return compile(new JpaProtoProcessor(), false, options, sources);
  }

  private static Compilation compile(JpaProtoProcessor processor, boolean procOnly, Map<String, String> options,
      List<JavaFileObject> sources) {
    List<String> javacOptions = new ArrayList<>();
    if (procOnly) {
      javacOptions.add("-proc:only");
    }
    options.forEach((key, value) -> javacOptions.add("-A" + key + "=" + value));
    return javac().withProcessors(processor).withOptions(javacOptions).compile(sources);
  }

  /** Every {@code .java} file below {@code root}, sorted by path. */
  static List<JavaFileObject> sourcesIn(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<JavaFileObject> sources = new ArrayList<>();
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        sources.add(JavaFileObjects.forSourceString(
            relative.substring(0, relative.length() - ".java".length()).replace('/', '.'),
            Files.readString(file, StandardCharsets.UTF_8)));
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The generated {@code .proto} files of a compilation: path below the class output -> content. */
  static Map<String, String> protos(Compilation compilation) {
    Map<String, String> protos = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int start = path.indexOf(CLASS_OUTPUT_PREFIX);
      if (start >= 0 && path.endsWith(".proto")) {
        try {
          protos.put(path.substring(start + CLASS_OUTPUT_PREFIX.length()), file.getCharContent(true).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return protos;
  }

  /** The files a compilation wrote to the class output below {@code folder}: path -> content. */
  static Map<String, String> classOutput(Compilation compilation, String folder) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int start = path.indexOf(CLASS_OUTPUT_PREFIX);
      if (start >= 0 && path.startsWith(folder, start + CLASS_OUTPUT_PREFIX.length())) {
        try {
          files.put(path.substring(start + CLASS_OUTPUT_PREFIX.length()), file.getCharContent(true).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }

  /** The generated Java sources of a compilation whose names end with {@code suffix}: path -> content. */
  static Map<String, String> generatedSources(Compilation compilation, String suffix) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      int start = path.indexOf("/SOURCE_OUTPUT/");
      if (start >= 0 && path.endsWith(suffix)) {
        try {
          sources.put(path.substring(start + "/SOURCE_OUTPUT/".length()), file.getCharContent(true).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return sources;
  }

  /** Source files from a map of path -> content. */
  static List<JavaFileObject> sources(Map<String, String> files) {
    List<JavaFileObject> sources = new ArrayList<>();
    files.forEach((path, content) -> sources.add(JavaFileObjects.forSourceString(
        path.substring(0, path.length() - ".java".length()).replace('/', '.'), content)));
    return sources;
  }

  /** One source file from lines. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }
}
