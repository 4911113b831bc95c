package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proto directory as committed state: check mode, stale files and the lock file. */
class CheckModeTest {
  @TempDir
  Path protoDir;

  @Test
  void checkModePassesWhenTheCommittedProtosAreCurrent() {
    assertThat(write(customer("String name;"))).succeededWithoutWarnings();
    assertThat(check(customer("String name;"))).succeededWithoutWarnings();
  }

  @Test
  void checkModeFailsWithADiffAndWritesNothing() throws Exception {
    assertThat(write(customer("String name;"))).succeeded();
    Map<String, String> committed = GoldenCases.readTree(protoDir);

    Compilation compilation = check(customer("String name;", "String phone;"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP123]");
    assertThat(compilation).hadErrorContaining("com/acme/shop/v1/shop.proto is not what the entities generate");
    assertThat(compilation).hadErrorContaining("+   optional string phone = 3;");
    assertThat(compilation).hadErrorContaining("+   field 3 phone string optional");
    assertThat(compilation).hadErrorContaining("Fix: run the build without -Ajpaproto.check=true");
    assertEquals(committed, GoldenCases.readTree(protoDir));
  }

  @Test
  void checkModeNeedsAProtoDir() {
    Compilation compilation = ProcessorRun.compile(Map.of("jpaproto.check", "true"), List.of(customer("String name;")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP124]");
  }

  @Test
  void aFileNoEntityGeneratesAnyMoreIsDeletedOrReported() throws Exception {
    JavaFileObject order = ProcessorRun.source("com.acme.orders.Order",
        "package com.acme.orders;",
        "@jakarta.persistence.Entity public class Order { @jakarta.persistence.Id Long id; }");
    assertThat(write(customer("String name;"), order)).succeeded();
    Path orders = protoDir.resolve("com/acme/orders/v1/orders.proto");
    assertTrue(Files.exists(orders));

    Compilation checked = check(customer("String name;"));
    assertThat(checked).failed();
    assertThat(checked).hadErrorContaining("no entity generates com/acme/orders/v1/orders.proto any more");
    assertTrue(Files.exists(orders), "check mode deletes nothing");

    assertThat(write(customer("String name;"))).succeeded();
    assertFalse(Files.exists(orders), "a normal build deletes the stale file");
  }

  @Test
  void filesThatAreNotJpaprotosAreNeverDeleted() throws Exception {
    Path own = protoDir.resolve("com/acme/shop/v1/handwritten.proto");
    Files.createDirectories(own.getParent());
    Files.writeString(own, "syntax = \"proto3\";\n");
    assertThat(write(customer("String name;"))).succeeded();
    assertThat(write(customer("String name;"))).succeeded();
    assertTrue(Files.exists(own));
  }

  @Test
  void aBrokenLockFileIsAnErrorNotAFreshStart() throws Exception {
    Files.writeString(protoDir.resolve("jpaproto.lock"), "message com.acme.shop.v1.Customer\n  field x name string plain\n");
    Compilation compilation = write(customer("String name;"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP122]");
    assertThat(compilation).hadErrorContaining("line 2: not a number");
  }

  @Test
  void theLockFileCanLiveElsewhere() throws Exception {
    Path lock = protoDir.resolveSibling(protoDir.getFileName() + "-state").resolve("numbers.lock");
    Compilation compilation = ProcessorRun.compile(Map.of("jpaproto.lockFile", lock.toString()),
        List.of(customer("String name;")));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(Files.readString(lock).contains("  field 2 name string optional\n"));
  }

  private Compilation write(JavaFileObject... sources) {
    return ProcessorRun.compile(Map.of("jpaproto.protoDir", protoDir.toString()), List.of(sources));
  }

  private Compilation check(JavaFileObject... sources) {
    return ProcessorRun.compile(
        Map.of("jpaproto.protoDir", protoDir.toString(), "jpaproto.check", "true"), List.of(sources));
  }

  private static JavaFileObject customer(String... fields) {
    return ProcessorRun.source("com.acme.shop.Customer",
        "package com.acme.shop;",
        "import jakarta.persistence.*;",
        "@Entity public class Customer {",
        "  @Id Long id;",
        String.join("\n", fields),
        "}");
  }
}
