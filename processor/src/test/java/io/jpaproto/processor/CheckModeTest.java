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
  void checkModeFailsWithADiffOnTheFieldAndWritesNothing() throws Exception {
    assertThat(write(customer("String name;"))).succeeded();
    Map<String, String> committed = GoldenCases.readTree(protoDir);

    JavaFileObject changed = customer("String name;", "String phone;");
    Compilation compilation = check(changed);

    assertThat(compilation).failed();
    Path proto = protoDir.resolve("com/acme/shop/v1/shop.proto");
    assertThat(compilation).hadErrorContaining("[JP123] field phone of message Customer in " + proto
            + " is not what the entities generate (check mode): + // The phone of the Customer. "
            + "| + optional string phone = 3 [(buf.validate.field).string.max_len = 255];. Fix: run the build without "
            + "-Ajpaproto.check=true and commit the "
            + "changed files.")
        .inFile(changed).onLineContaining("String phone;");
    assertThat(compilation).hadErrorContaining("[JP123] the numbers of phone of message com.acme.shop.v1.Customer in "
            + protoDir.resolve("jpaproto.lock") + " is not what the entities generate (check mode): "
            + "+ field 3 phone string optional")
        .inFile(changed).onLineContaining("String phone;");
    assertThat(compilation).hadErrorCount(2);
    // Every diff line is a message of its own, on the same element.
    assertThat(compilation).hadNoteContaining("[JP142] " + proto
            + " line 20: generated +   optional string phone = 3 [(buf.validate.field).string.max_len = 255];")
        .inFile(changed).onLineContaining("String phone;");
    assertThat(compilation).hadNoteContaining("[JP142] " + proto + " line 19: generated +   // The phone of the Customer.")
        .inFile(changed).onLineContaining("String phone;");
    assertThat(compilation).hadNoteContaining("[JP142] " + protoDir.resolve("jpaproto.lock")
        + " line 7: generated +   field 3 phone string optional");
    assertSingleLineMessages(compilation);
    assertEquals(committed, GoldenCases.readTree(protoDir));
  }

  @Test
  void aDifferenceIsReportedOnTheEntityItBelongsToNotOnAnotherOfTheFile() throws Exception {
    JavaFileObject order = order("String note;");
    assertThat(write(customer("String name;"), order)).succeeded();

    JavaFileObject changedOrder = order("/** What the buyer asks for. */", "String note;");
    JavaFileObject customer = customer("String name;");
    Compilation compilation = ProcessorRun.compile(Map.of("jpaproto.protoDir", protoDir.toString(),
        "jpaproto.check", "true"), List.of(customer, changedOrder));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP123] field note of message Order in ")
        .inFile(changedOrder).onLineContaining("String note;");
    assertThat(compilation).hadErrorContaining("- // The note of the Order. | + // What the buyer asks for.");
    assertThat(compilation).hadErrorCount(1);
    for (var error : compilation.errors()) {
      assertTrue(error.getSource() == null || !error.getSource().getName().contains("Customer"),
          "an error on the unrelated entity Customer: " + error.getMessage(null));
    }
  }

  @Test
  void aNewEntityIsReportedOnItsClassAndAChangedHeaderOnTheFirstEntityOfTheFile() throws Exception {
    assertThat(write(customer("String name;"))).succeeded();

    JavaFileObject order = order("String note;");
    JavaFileObject customer = customer("String name;");
    Compilation compilation = ProcessorRun.compile(Map.of("jpaproto.protoDir", protoDir.toString(),
        "jpaproto.check", "true", "jpaproto.javaPackageSuffix", "api"), List.of(customer, order));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP123] message Order in ")
        .inFile(order).onLineContaining("public class Order");
    assertThat(compilation).hadErrorContaining("[JP123] the file header (syntax, package, options, imports) in ")
        .inFile(customer).onLineContaining("public class Customer");
    assertThat(compilation).hadErrorContaining("- option java_package = \"com.acme.shop.proto\";");
    assertThat(compilation).hadErrorContaining("+ option java_package = \"com.acme.shop.api\";");
    // A new message is one difference, on its entity: not one per field.
    assertThat(compilation).hadErrorContaining("+ // A Order record. | + message Order { | + // The id of the Order. "
        + "| (4 more changed lines)").inFile(order).onLineContaining("public class Order");
    assertThat(compilation).hadErrorContaining("[JP123] the numbers of message com.acme.shop.v1.Order in ")
        .inFile(order).onLineContaining("public class Order");
    assertThat(compilation).hadErrorCount(3);
    assertSingleLineMessages(compilation);
  }

  @Test
  void aChangedEnumValueIsReportedOnItsConstant() throws Exception {
    JavaFileObject before = ProcessorRun.source("com.acme.shop.Level",
        "package com.acme.shop;", "public enum Level { LOW, HIGH }");
    assertThat(write(customer("Level level;"), before)).succeeded();

    JavaFileObject after = ProcessorRun.source("com.acme.shop.Level",
        "package com.acme.shop;", "public enum Level {", "  LOW,", "  HIGH,", "  /** Urgent. */", "  URGENT", "}");
    Compilation compilation = check(customer("Level level;"), after);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP123] value LEVEL_URGENT of enum Level in ")
        .inFile(after).onLineContaining("URGENT");
    assertThat(compilation).hadErrorContaining("+ // Urgent. | + LEVEL_URGENT = 3;");
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
    for (var error : checked.errors()) {
      if (error.getMessage(null).contains("no entity generates")) {
        assertEquals(null, error.getSource(), "a file without entity is reported on no element, not on another one");
      }
    }
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
    assertThat(compilation).hadErrorContaining("jpaproto.lock, line 2, is invalid: not a number: x");
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

  private static void assertSingleLineMessages(Compilation compilation) {
    for (var diagnostic : compilation.diagnostics()) {
      assertFalse(diagnostic.getMessage(null).contains("\n"),
          "a message of several lines, which build tools cut: " + diagnostic.getMessage(null));
    }
  }

  private static JavaFileObject order(String... fields) {
    return ProcessorRun.source("com.acme.shop.Order",
        "package com.acme.shop;",
        "import jakarta.persistence.*;",
        "@Entity public class Order {",
        "  @Id Long id;",
        String.join("\n", fields),
        "}");
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
