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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Protos and lock are written all or nothing: when one of them cannot be written, neither changes, so the lock never
 * remembers numbers that no proto shows and no proto shows numbers that the lock forgot. No temporary file is left.
 */
class AtomicWriteTest {
  private static final String SHOP = "com/acme/shop/v1/shop.proto";

  @TempDir
  Path work;

  @Test
  void whenAProtoCannotBeWrittenTheLockDoesNotChange() throws Exception {
    Path protoDir = work.resolve("proto");
    assertThat(write(protoDir, null, customer("String name;"))).succeededWithoutWarnings();
    Map<String, String> before = GoldenCases.readTree(protoDir);
    // A new package's proto cannot be written: a folder stands where the file should go.
    Files.createDirectories(protoDir.resolve("com/acme/orders/v1/orders.proto"));
    JavaFileObject order = ProcessorRun.source("com.acme.orders.Order",
        "package com.acme.orders;",
        "/** An order. */",
        "@jakarta.persistence.Entity public class Order { @jakarta.persistence.Id Long id; }");

    Compilation compilation = write(protoDir, null, customer("String name;", "String phone;"), order);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP119] could not write " + protoDir.resolve("com/acme/orders/v1/orders.proto")
            + ": it exists and is not a regular file")
        .inFile(order).onLineContaining("public class Order");
    assertEquals(before, GoldenCases.readTree(protoDir), "neither the changed shop.proto nor the lock was written");
    assertNoTemporaryFiles(protoDir);
  }

  @Test
  void whenTheLockCannotBeWrittenNoProtoChanges() throws Exception {
    Path protoDir = work.resolve("proto");
    assertThat(write(protoDir, null, customer("String name;"))).succeededWithoutWarnings();
    Map<String, String> before = GoldenCases.readTree(protoDir);
    Path blocker = Files.writeString(work.resolve("blocker"), "a file, not a folder");
    Path lockFile = blocker.resolve("jpaproto.lock");
    JavaFileObject customer = customer("String name;", "String phone;");

    Compilation compilation = write(protoDir, lockFile, customer);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP119] could not write " + lockFile)
        .inFile(customer).onLineContaining("public class Customer");
    assertEquals(before, GoldenCases.readTree(protoDir), "shop.proto keeps its content");
    assertNoTemporaryFiles(protoDir);
  }

  @Test
  void whenTheLockCannotBeWrittenNoNewFolderOrProtoIsLeft() throws Exception {
    Path protoDir = work.resolve("proto");
    Path blocker = Files.writeString(work.resolve("blocker"), "a file, not a folder");

    Compilation compilation = write(protoDir, blocker.resolve("jpaproto.lock"), customer("String name;"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP119] could not write " + blocker.resolve("jpaproto.lock"));
    assertFalse(Files.exists(protoDir.resolve("com")), "the folders created for shop.proto are removed again");
  }

  @Test
  void aReadOnlyProtoIsNotReplacedBehindTheUsersBack() throws Exception {
    Path protoDir = work.resolve("proto");
    assertThat(write(protoDir, null, customer("String name;"))).succeededWithoutWarnings();
    Path shop = protoDir.resolve(SHOP);
    Assumptions.assumeTrue(shop.toFile().setWritable(false) && !Files.isWritable(shop),
        "read-only files are writable for root");
    try {
      Map<String, String> before = GoldenCases.readTree(protoDir);

      Compilation compilation = write(protoDir, null, customer("String name;", "String phone;"));

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("[JP119] could not write " + shop + ": it is read-only");
      assertEquals(before, GoldenCases.readTree(protoDir));
    } finally {
      shop.toFile().setWritable(true);
    }
  }

  @Test
  void aSuccessfulBuildReplacesTheFilesAndLeavesNoTemporaryFile() throws Exception {
    Path protoDir = work.resolve("proto");
    assertThat(write(protoDir, null, customer("String name;"))).succeededWithoutWarnings();

    assertThat(write(protoDir, null, customer("String name;", "String phone;"))).succeededWithoutWarnings();

    assertTrue(ProtoLines.declares(Files.readString(protoDir.resolve(SHOP)), "optional string phone = 3"));
    assertTrue(Files.readString(protoDir.resolve("jpaproto.lock")).contains("  field 3 phone string optional\n"));
    assertNoTemporaryFiles(protoDir);
  }

  private static void assertNoTemporaryFiles(Path protoDir) {
    GoldenCases.readTree(protoDir).keySet().forEach(path -> assertFalse(path.endsWith(".tmp"), path));
  }

  private static Compilation write(Path protoDir, Path lockFile, JavaFileObject... sources) {
    Map<String, String> options = lockFile == null
        ? Map.of("jpaproto.protoDir", protoDir.toString())
        : Map.of("jpaproto.protoDir", protoDir.toString(), "jpaproto.lockFile", lockFile.toString());
    return ProcessorRun.compile(options, List.of(sources));
  }

  private static JavaFileObject customer(String... fields) {
    return ProcessorRun.source("com.acme.shop.Customer",
        "package com.acme.shop;",
        "import jakarta.persistence.*;",
        "/** A customer. */",
        "@Entity public class Customer {",
        "  @Id Long id;",
        String.join("\n", fields),
        "}");
  }
}
