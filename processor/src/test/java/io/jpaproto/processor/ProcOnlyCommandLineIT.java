package io.jpaproto.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    Path protoDir = work.resolve("protos");
    Path classes = work.resolve("classes");
    String output = javac(work);

    Path proto = protoDir.resolve("com/acme/shop/v1/shop.proto");
    assertTrue(Files.exists(proto), "expected " + proto + "; javac said:\n" + output);
    String text = Files.readString(proto);
    assertTrue(text.contains("message Customer {"), text);
    assertTrue(ProtoLines.declares(text, "google.protobuf.Timestamp created_at = 3"), text);
    try (Stream<Path> written = Files.walk(classes)) {
      assertTrue(written.noneMatch(path -> path.toString().endsWith(".class")), "-proc:only compiles nothing");
    }
  }

  /**
   * The timings of {@code -Ajpaproto.timing=true} read the thread CPU clock through {@code ManagementFactory}, whose
   * first use sets up the JVM's management beans; a compile that does not ask for them must not pay for that.
   */
  @Test
  void managementBeansAreLoadedOnlyForTimings(@TempDir Path work) throws Exception {
    String loaded = "[class,load] java.lang.management.ManagementFactory ";
    String plain = javac(work.resolve("plain"), "-J-Xlog:class+load=info");
    assertTrue(plain.contains("[class,load] " + JpaProtoProcessor.class.getName() + " "), plain);
    assertFalse(plain.contains(loaded), "loaded without -Ajpaproto.timing=true");

    String timed = javac(work.resolve("timed"), "-J-Xlog:class+load=info", "-Ajpaproto.timing=true");
    assertTrue(timed.contains(loaded), "not loaded with -Ajpaproto.timing=true, so the check above proves nothing");
    assertTrue(timed.contains("[JP005]"), timed);
  }

  /** Runs javac -proc:only with jpaproto on one entity under {@code work}; returns what it printed. */
  private static String javac(Path work, String... options) throws Exception {
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
        "-d", classes.toString()));
    command.addAll(List.of(options));
    command.add(sources.resolve("Customer.java").toString());
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, javac.waitFor(), output);
    return output;
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
