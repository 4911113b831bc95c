package io.jpaproto.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users of other build tools do: run {@code javac -proc:only} with the packaged processor jar and its
 * dependencies on {@code -processorpath}, and {@code -Ajpaproto.protoDir} naming where the protos go.
 */
class ProcOnlyCommandLineIT {

  @Test
  void javacProcOnlyWritesProtosUnderTheProtoDir(@TempDir Path work) throws Exception {
    Path sources = work.resolve("src/com/acme/shop");
    Files.createDirectories(sources);
    Files.writeString(sources.resolve("Customer.java"), String.join("\n",
        "package com.acme.shop;",
        "import jakarta.persistence.*;",
        "/** A customer. */",
        "@Entity public class Customer {",
        "  @Id @GeneratedValue Long id;",
        "  @Column(nullable = false) String name;",
        "  java.time.Instant createdAt;",
        "}"), StandardCharsets.UTF_8);
    Path protoDir = work.resolve("protos");
    Path classes = work.resolve("classes");

    String processorPath = System.getProperty("jpaproto.processorJar") + File.pathSeparator
        + Files.readString(Path.of(System.getProperty("jpaproto.processorDependencies"))).strip();
    String classPath = location(jakarta.persistence.Entity.class) + File.pathSeparator
        + location(io.jpaproto.ProtoField.class);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-proc:only",
        "-cp", classPath,
        "-processorpath", processorPath,
        "-Ajpaproto.protoDir=" + protoDir,
        "-d", classes.toString(),
        sources.resolve("Customer.java").toString()));
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, javac.waitFor(), output);

    Path proto = protoDir.resolve("com/acme/shop/v1/shop.proto");
    assertTrue(Files.exists(proto), "expected " + proto + "; javac said:\n" + output);
    String text = Files.readString(proto);
    assertTrue(text.contains("message Customer {"), text);
    assertTrue(ProtoLines.declares(text, "google.protobuf.Timestamp created_at = 3"), text);
    try (Stream<Path> written = Files.walk(classes)) {
      assertTrue(written.noneMatch(path -> path.toString().endsWith(".class")), "-proc:only compiles nothing");
    }
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
