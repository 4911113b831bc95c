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
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A lost {@code jpaproto.lock} (never committed, dropped in a merge) is rebuilt from the protos jpaproto wrote: every
 * field and value number, every reserved number and name, so the next build writes the same protos byte for byte and
 * never hands out a number that a removed field used.
 */
class LockRecoveryTest {
  private static final String SHOP = "com/acme/shop/v1/shop.proto";

  @TempDir
  Path protoDir;

  /** Customer loses its highest field, Order two fields, Status one constant. */
  private void buildHistory() {
    assertThat(write(
        customer("String name;", "String email;", "Integer age;", "String phone;"),
        order("String note;", "Integer quantity;", "String coupon;", "String channel;"),
        status("ACTIVE", "SUSPENDED", "CLOSED"))).succeededWithoutWarnings();
    assertThat(write(
        customer("String name;", "String email;", "Integer age;"),
        order("Integer quantity;", "String channel;"),
        status("ACTIVE", "CLOSED"))).succeededWithoutWarnings();
  }

  @Test
  void aDeletedLockIsRecoveredAndTheProtosStayByteForByte() throws Exception {
    buildHistory();
    Map<String, String> before = GoldenCases.readTree(protoDir);
    String lock = before.get("jpaproto.lock");
    assertTrue(before.get(SHOP).contains("  reserved 5;\n  reserved \"phone\";\n"), before.get(SHOP));
    assertTrue(before.get(SHOP).contains("  reserved 2, 4;\n  reserved \"coupon\", \"note\";\n"), before.get(SHOP));

    Files.delete(protoDir.resolve("jpaproto.lock"));
    assertThat(write(
        customer("String name;", "String email;", "Integer age;"),
        order("Integer quantity;", "String channel;"),
        status("ACTIVE", "CLOSED"))).succeededWithoutWarnings();

    Map<String, String> after = GoldenCases.readTree(protoDir);
    Map<String, String> protosBefore = new TreeMap<>(before);
    Map<String, String> protosAfter = new TreeMap<>(after);
    protosBefore.remove("jpaproto.lock");
    protosAfter.remove("jpaproto.lock");
    assertEquals(protosBefore, protosAfter, "the recovered state writes the same protos, byte for byte");

    // The recovered lock says everything the protos say: a reserved number and name that pair up keep their pair (a
    // proto does not record the removed field's type), two of each are kept apart.
    for (String line : List.of("  reserved 5 phone string optional\n", "  reserved 2 note string optional\n",
        "  reserved 4 coupon string optional\n", "enum com.acme.shop.v1.Status\n")) {
      assertTrue(lock.contains(line), lock);
    }
    String expected = lock
        .replace("  reserved 5 phone string optional\n", "  reserved 5 phone\n")
        .replace("  reserved 2 note string optional\n", "  reserved 2\n")
        .replace("  reserved 4 coupon string optional\n", "  reserved 4\n")
        .replace("enum com.acme.shop.v1.Status\n", "  reserved coupon\n  reserved note\nenum com.acme.shop.v1.Status\n");
    assertEquals(expected, after.get("jpaproto.lock"));

    // A reserved number that a naive renumbering would hand out again stays reserved: the new field takes 6, not 5.
    assertThat(write(
        customer("String name;", "String email;", "Integer age;", "String mobile;"),
        order("Integer quantity;", "String channel;"),
        status("ACTIVE", "CLOSED", "ARCHIVED"))).succeededWithoutWarnings();
    String shop = Files.readString(protoDir.resolve(SHOP));
    assertTrue(ProtoLines.declares(shop, "optional string mobile = 6"), shop);
    assertTrue(shop.contains("STATUS_ARCHIVED = 4;"), shop);
    assertTrue(shop.contains("  reserved 5;\n  reserved \"phone\";\n"), shop);
  }

  static List<String> goldenCases() {
    return GoldenCases.names();
  }

  /** Every shape the golden cases cover (maps, repeated fields, embeddables, enums, services...) recovers exactly. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void everyGoldenCaseIsRecoveredToTheSameLockAndProtos(String name) throws Exception {
    Map<String, String> options = new TreeMap<>(GoldenCases.options(name));
    options.put("jpaproto.protoDir", protoDir.toString());
    GoldenProtoTest.assertWarningsOfCase(name, ProcessorRun.compile(options, GoldenCases.firstPassSources(name)));
    Map<String, String> before = GoldenCases.readTree(protoDir);
    assertTrue(before.get("jpaproto.lock").contains("  field 1 "), before.get("jpaproto.lock"));

    Files.delete(protoDir.resolve("jpaproto.lock"));
    GoldenProtoTest.assertWarningsOfCase(name, ProcessorRun.compile(options, GoldenCases.firstPassSources(name)));

    assertEquals(before, GoldenCases.readTree(protoDir), "protos and lock, recovered from the protos alone");
  }

  @Test
  void checkModePassesAgainstTheRecoveredLock() throws Exception {
    buildHistory();
    Files.delete(protoDir.resolve("jpaproto.lock"));
    JavaFileObject[] sources = {
        customer("String name;", "String email;", "Integer age;"),
        order("Integer quantity;", "String channel;"),
        status("ACTIVE", "CLOSED")};
    Compilation checked = check(sources);
    assertThat(checked).failed();
    assertThat(checked).hadErrorContaining("jpaproto.lock is not what the entities generate");
    assertThat(checked).hadErrorContaining("the file does not exist, and the entities generate it");

    assertThat(write(sources)).succeededWithoutWarnings();
    assertThat(check(sources)).succeededWithoutWarnings();
  }

  @Test
  void aMessageTheLockLacksIsRecoveredFromItsProto() throws Exception {
    buildHistory();
    Path lockFile = protoDir.resolve("jpaproto.lock");
    String lock = Files.readString(lockFile);
    int start = lock.indexOf("message com.acme.shop.v1.Order\n");
    int end = lock.indexOf("enum ", start);
    Files.writeString(lockFile, lock.substring(0, start) + lock.substring(end));

    assertThat(write(
        customer("String name;", "String email;", "Integer age;"),
        order("Integer quantity;", "String channel;", "String region;"),
        status("ACTIVE", "CLOSED"))).succeededWithoutWarnings();

    String shop = Files.readString(protoDir.resolve(SHOP));
    assertTrue(ProtoLines.declares(shop, "optional int32 quantity = 3"), shop);
    assertTrue(ProtoLines.declares(shop, "optional string channel = 5"), shop);
    assertTrue(ProtoLines.declares(shop, "optional .com.acme.shop.v1.Status status = 6"), shop);
    assertTrue(ProtoLines.declares(shop, "optional string region = 7"), shop);
    assertTrue(shop.contains("  reserved 2, 4;\n  reserved \"coupon\", \"note\";\n"), shop);
  }

  @Test
  void aRemovedFieldThatComesBackTakesItsPairedNumber() throws Exception {
    buildHistory();
    Files.delete(protoDir.resolve("jpaproto.lock"));

    assertThat(write(
        customer("String name;", "String email;", "Integer age;", "String phone;"),
        order("Integer quantity;", "String channel;"),
        status("ACTIVE", "CLOSED", "SUSPENDED"))).succeededWithoutWarnings();

    String shop = Files.readString(protoDir.resolve(SHOP));
    assertTrue(ProtoLines.declares(shop, "optional string phone = 5"), shop);
    assertTrue(shop.contains("STATUS_SUSPENDED = 2;"), shop);
    assertFalse(shop.contains("reserved \"phone\""), shop);
  }

  @Test
  void aRemovedFieldWhoseNumberCannotBeToldIsRefusedUntilPinned() throws Exception {
    buildHistory();
    Files.delete(protoDir.resolve("jpaproto.lock"));
    Map<String, String> before = GoldenCases.readTree(protoDir);
    JavaFileObject order = order("Integer quantity;", "String channel;", "String coupon;");

    Compilation refused = write(customer("String name;", "String email;", "Integer age;"), order,
        status("ACTIVE", "CLOSED"));

    assertThat(refused).failed();
    assertThat(refused)
        .hadErrorContaining("[JP129] attribute Order.coupon takes back the name \"coupon\" of a removed field or "
            + "value of com.acme.shop.v1.Order, but its old number is not known: the numbering state was recovered "
            + "from the protos, which list reserved numbers (2, 4) and names apart")
        .inFile(order).onLineContaining("String coupon;");
    assertThat(refused).hadErrorContaining("Fix: pin its old number with @ProtoField(number = ...), or restore "
        + "jpaproto.lock from version control, or take a new number with @ProtoField(allowBreakingChange = true).");
    assertEquals(before, GoldenCases.readTree(protoDir), "a refused build writes nothing");

    assertThat(write(customer("String name;", "String email;", "Integer age;"),
        order("Integer quantity;", "String channel;", "@io.jpaproto.ProtoField(number = 4) String coupon;"),
        status("ACTIVE", "CLOSED"))).succeededWithoutWarnings();
    String shop = Files.readString(protoDir.resolve(SHOP));
    assertTrue(ProtoLines.declares(shop, "optional string coupon = 4"), shop);
    assertTrue(shop.contains("  reserved 2;\n  reserved \"note\";\n"), shop);
  }

  @Test
  void anUnreadableProtoIsAnErrorNotAFreshStart() throws Exception {
    assertThat(write(customer("String name;"), order("String note;"), status("ACTIVE"))).succeeded();
    Files.delete(protoDir.resolve("jpaproto.lock"));
    Path shop = protoDir.resolve(SHOP);
    Files.writeString(shop, Files.readString(shop).replace("message Order {", "message Order {\n<<<<<<< HEAD"));
    Map<String, String> before = GoldenCases.readTree(protoDir);
    JavaFileObject customer = customer("String name;");

    Compilation compilation = write(customer, order("String note;"), status("ACTIVE"));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP128] the numbering state lacks the messages and enums of " + SHOP
            + " and cannot recover it from " + SHOP + ", line 23: expected a name, found '<'")
        .inFile(customer).onLineContaining("public class Customer");
    assertThat(compilation).hadErrorContaining("Fix: restore jpaproto.lock from version control, or repair the "
        + "proto file (delete it only to forget its numbers on purpose).");
    assertEquals(before, GoldenCases.readTree(protoDir));
  }

  @Test
  void aProtoThatReservesWhatJpaprotoNeverWritesIsRefusedOnItsEntity() throws Exception {
    assertThat(write(customer("String name;"), order("String note;"), status("ACTIVE"))).succeeded();
    Files.delete(protoDir.resolve("jpaproto.lock"));
    Path shop = protoDir.resolve(SHOP);
    Files.writeString(shop, Files.readString(shop)
        .replace("message Customer {\n", "message Customer {\n  reserved \"x\\\";message_Pwn{\";\n"));
    JavaFileObject customer = customer("String name;");

    Compilation compilation = write(customer, order("String note;"), status("ACTIVE"));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP128] the numbering state lacks message com.acme.shop.v1.Customer and cannot recover "
            + "it from " + SHOP + ", line 15: it reserves the name \"x\";message_Pwn{\", which is not a proto identifier")
        .inFile(customer).onLineContaining("public class Customer");
    assertFalse(Files.exists(protoDir.resolve("jpaproto.lock")));
  }

  @Test
  void protosJpaprotoDidNotWriteAreNotRecoveredFrom() throws Exception {
    Path own = protoDir.resolve("com/acme/shop/v1/handwritten.proto");
    Files.createDirectories(own.getParent());
    Files.writeString(own, "syntax = \"proto3\";\npackage com.acme.shop.v1;\nmessage Customer { string name = 7; }\n");

    assertThat(write(customer("String name;"))).succeededWithoutWarnings();

    assertTrue(ProtoLines.declares(Files.readString(protoDir.resolve(SHOP)), "optional string name = 2"));
    assertFalse(Files.readString(protoDir.resolve("jpaproto.lock")).contains("handwritten"));
  }

  private Compilation write(JavaFileObject... sources) {
    return ProcessorRun.compile(Map.of("jpaproto.protoDir", protoDir.toString()), List.of(sources));
  }

  private Compilation check(JavaFileObject... sources) {
    return ProcessorRun.compile(
        Map.of("jpaproto.protoDir", protoDir.toString(), "jpaproto.check", "true"), List.of(sources));
  }

  static JavaFileObject customer(String... fields) {
    return ProcessorRun.source("com.acme.shop.Customer",
        "package com.acme.shop;",
        "import jakarta.persistence.*;",
        "/** A customer. */",
        "@Entity public class Customer {",
        "  @Id Long id;",
        String.join("\n", fields),
        "}");
  }

  private static JavaFileObject order(String... fields) {
    return ProcessorRun.source("com.acme.shop.Order",
        "package com.acme.shop;",
        "import jakarta.persistence.*;",
        "/** An order. */",
        "@Entity public class Order {",
        "  @Id Long id;",
        String.join("\n", fields),
        "  Status status;",
        "}");
  }

  private static JavaFileObject status(String... constants) {
    return ProcessorRun.source("com.acme.shop.Status",
        "package com.acme.shop;",
        "/** A status. */",
        "public enum Status { " + String.join(", ", constants) + " }");
  }
}
