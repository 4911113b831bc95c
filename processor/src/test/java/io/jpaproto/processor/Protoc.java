package io.jpaproto.processor;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the real protoc (fetched by the build into {@code target/protoc}) over proto files, with the well-known,
 * {@code google/type}, {@code google/api} and {@code buf/validate} protos on the import path, and returns the parsed descriptors. Java
 * generation also runs grpc-java's plugin, so service files get their {@code <Service>Grpc} classes.
 */
final class Protoc {
  private Protoc() {
  }

  /** Writes {@code files} (path -> content) to a temporary root and compiles them, to descriptors and to Java. */
  static FileDescriptorSet compile(Map<String, String> files, Path... extraImportPaths) {
    try {
      Path root = Files.createTempDirectory("jpaproto-protoc");
      GoldenCases.writeTree(root.resolve("proto"), files);
      return compileTree(root.resolve("proto"), List.copyOf(files.keySet()), extraImportPaths);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Java sources protoc generates for {@code files} (path -> content) and the files under {@code deps}. */
  static Map<String, String> generateJava(Map<String, String> files, Path deps) {
    try {
      Path root = Files.createTempDirectory("jpaproto-protoc-java").resolve("proto");
      Map<String, String> all = new java.util.TreeMap<>(files);
      all.putAll(GoldenCases.readTree(deps));
      if (all.isEmpty()) {
        return Map.of();
      }
      GoldenCases.writeTree(root, all);
      Path javaOut = Files.createTempDirectory("jpaproto-protoc-java-out");
      compileWithJavaOut(root, List.copyOf(all.keySet()), javaOut);
      return GoldenCases.readTree(javaOut);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles {@code files} below {@code protoRoot}; fails with protoc's output when protoc rejects them. */
  static FileDescriptorSet compileTree(Path protoRoot, List<String> files, Path... extraImportPaths) {
    return compileWithJavaOut(protoRoot, files, null, extraImportPaths);
  }

  private static FileDescriptorSet compileWithJavaOut(Path protoRoot, List<String> files, Path javaOutDir,
      Path... extraImportPaths) {
    try {
      Path protoc = Path.of(System.getProperty("jpaproto.protoc", "target/protoc/protoc.exe"));
      protoc.toFile().setExecutable(true);
      Path includes = Path.of(System.getProperty("jpaproto.protoIncludes", "target/proto-includes"));
      Path work = Files.createTempDirectory("jpaproto-protoc-out");
      Path descriptors = work.resolve("descriptors.pb");
      Path javaOut = javaOutDir != null ? javaOutDir : Files.createDirectories(work.resolve("java"));
      List<String> command = new ArrayList<>(List.of(
          protoc.toAbsolutePath().toString(),
          "-I", protoRoot.toAbsolutePath().toString(),
          "-I", includes.toAbsolutePath().toString()));
      for (Path extra : extraImportPaths) {
        command.add("-I");
        command.add(extra.toAbsolutePath().toString());
      }
      command.add("--include_imports");
      command.add("--descriptor_set_out=" + descriptors);
      command.add("--java_out=" + javaOut);
      Path grpcPlugin =
          Path.of(System.getProperty("jpaproto.grpcJavaPlugin", "target/protoc/protoc-gen-grpc-java.exe"));
      if (javaOutDir != null && Files.exists(grpcPlugin)) {
        // grpc-java writes the <Service>Grpc classes of service files, and nothing for files without a service.
        grpcPlugin.toFile().setExecutable(true);
        command.add("--plugin=protoc-gen-grpc-java=" + grpcPlugin.toAbsolutePath());
        command.add("--grpc-java_out=" + javaOut);
      }
      command.addAll(files);
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      if (exit != 0) {
        throw new AssertionError("protoc rejected " + files + " (exit " + exit + "):\n" + output);
      }
      return FileDescriptorSet.parseFrom(Files.readAllBytes(descriptors));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
