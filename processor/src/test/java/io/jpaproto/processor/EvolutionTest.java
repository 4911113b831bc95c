package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted evolution of an entity and an enum through the processor, with the numbering state in a proto directory,
 * as a user rebuilds after each edit. After each accepted step the real buf CLI compares the new protos with the
 * previous step's: FILE rules for changes that keep every field, WIRE_JSON rules (reserved numbers and names) for
 * removals and renames, which FILE forbids by design. Refused steps must fail with their diagnostic and leave the
 * proto directory untouched.
 *
 * <p>buf runs when {@code -Djpaproto.buf=/path/to/buf} is given (CI does); without it only the buf comparisons are
 * skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvolutionTest {
  private static final String SHOP = "com/acme/shop/v1/shop.proto";

  @TempDir
  Path work;

  private Path protoDir;
  private final List<Path> snapshots = new ArrayList<>();

  @Test
  @Order(1)
  void scriptedEvolution() throws Exception {
    protoDir = work.resolve("proto");

    String step0 = accept("00-initial", customer(
        "  @Id @GeneratedValue Long id;",
        "  String name;",
        "  String email;",
        "  Integer age;",
        "  java.util.Date since;"),
        status("ACTIVE", "SUSPENDED"));
    assertTrue(ProtoLines.declares(step0, "optional int64 id = 1"), step0);
    assertTrue(ProtoLines.declares(step0, "google.protobuf.Timestamp since = 5"), step0);

    String added = accept("01-add-field", customer(
        "  @Id @GeneratedValue Long id;",
        "  String name;",
        "  String email;",
        "  Integer age;",
        "  java.util.Date since;",
        "  String phone;"),
        status("ACTIVE", "SUSPENDED"));
    assertTrue(ProtoLines.declares(added, "optional string phone = 6"), added);
    bufBreaking("FILE");

    String reordered = accept("02-reorder-fields", customer(
        "  String phone;",
        "  java.util.Date since;",
        "  @Id @GeneratedValue Long id;",
        "  Integer age;",
        "  String email;",
        "  String name;"),
        status("ACTIVE", "SUSPENDED"));
    assertEquals(added, reordered, "reordering fields changes nothing");

    String renamedPinned = accept("03-rename-pinned", customer(
        "  String phone;",
        "  java.util.Date since;",
        "  @Id @GeneratedValue Long id;",
        "  Integer age;",
        "  String email;",
        "  @io.jpaproto.ProtoField(name = \"name\") String fullName;"),
        status("ACTIVE", "SUSPENDED"));
    assertEquals(added, renamedPinned, "a rename pinned by its proto name changes nothing");

    String renamed = accept("04-rename-unpinned", customer(
        "  String mobile;",
        "  java.util.Date since;",
        "  @Id @GeneratedValue Long id;",
        "  Integer age;",
        "  String email;",
        "  @io.jpaproto.ProtoField(name = \"name\") String fullName;"),
        status("ACTIVE", "SUSPENDED"));
    assertTrue(renamed.contains("reserved 6;"), renamed);
    assertTrue(renamed.contains("reserved \"phone\";"), renamed);
    assertTrue(ProtoLines.declares(renamed, "optional string mobile = 7"), renamed);
    bufBreaking("WIRE_JSON");

    String removed = accept("05-remove-field", customer(
        "  String mobile;",
        "  java.util.Date since;",
        "  @Id @GeneratedValue Long id;",
        "  String email;",
        "  @io.jpaproto.ProtoField(name = \"name\") String fullName;"),
        status("ACTIVE", "SUSPENDED"));
    assertTrue(removed.contains("reserved 4, 6;"), removed);
    assertTrue(removed.contains("reserved \"age\", \"phone\";"), removed);
    bufBreaking("WIRE_JSON");

    String compatibleType = accept("06-compatible-type-change", customer(
        "  String mobile;",
        "  java.time.Instant since;",
        "  @Id @GeneratedValue Long id;",
        "  String email;",
        "  @io.jpaproto.ProtoField(name = \"name\") String fullName;"),
        status("ACTIVE", "SUSPENDED"));
    assertEquals(removed, compatibleType, "Date -> Instant keeps google.protobuf.Timestamp");
    bufBreaking("FILE");

    refuse("07-incompatible-type-change", "[JP121]", "from optional string to optional int64",
        customer(
            "  String mobile;",
            "  java.time.Instant since;",
            "  @Id @GeneratedValue Long id;",
            "  Long email;",
            "  @io.jpaproto.ProtoField(name = \"name\") String fullName;"),
        status("ACTIVE", "SUSPENDED"));

    refuse("08-presence-change", "[JP121]", "from optional string to string",
        customer(
            "  String mobile;",
            "  java.time.Instant since;",
            "  @Id @GeneratedValue Long id;",
            "  @Column(nullable = false) String email;",
            "  @io.jpaproto.ProtoField(name = \"name\") String fullName;"),
        status("ACTIVE", "SUSPENDED"));

    refuse("09-pin-a-reserved-number", "[JP120]", "number 4, which the removed field or value \"age\" used",
        customer(
            "  String mobile;",
            "  java.time.Instant since;",
            "  @Id @GeneratedValue Long id;",
            "  String email;",
            "  @io.jpaproto.ProtoField(name = \"name\") String fullName;",
            "  @io.jpaproto.ProtoField(number = 4) String nickname;"),
        status("ACTIVE", "SUSPENDED"));

    String enumAdded = accept("10-enum-add-constant", customerWithStatus(),
        status("ACTIVE", "SUSPENDED", "CLOSED"));
    assertTrue(enumAdded.contains("STATUS_CLOSED = 3;"), enumAdded);
    bufBreaking("FILE");

    String enumReordered = accept("11-enum-reorder", customerWithStatus(),
        status("CLOSED", "SUSPENDED", "ACTIVE"));
    assertEquals(enumAdded, enumReordered, "reordering constants changes nothing");

    String enumRemoved = accept("12-enum-remove-constant", customerWithStatus(),
        status("CLOSED", "ACTIVE"));
    assertTrue(enumRemoved.contains("reserved 2;"), enumRemoved);
    assertTrue(enumRemoved.contains("reserved \"STATUS_SUSPENDED\";"), enumRemoved);
    bufBreaking("WIRE_JSON");

    String accepted = accept("13-accepted-breaking-change", customerWithStatus()
            .replace("String email;", "@io.jpaproto.ProtoField(allowBreakingChange = true) Long email;"),
        status("CLOSED", "ACTIVE"));
    assertTrue(ProtoLines.declares(accepted, "optional int64 email = 3"), accepted);
    assertNotEquals(enumRemoved, accepted);

    String lock = Files.readString(protoDir.resolve("jpaproto.lock"));
    assertTrue(lock.contains("  reserved 4 age int32 optional\n"), lock);
    assertTrue(lock.contains("  field 3 email int64 optional\n"), lock);
  }

  private static String customer(String... fields) {
    return String.join("\n",
        "package com.acme.shop;",
        "import jakarta.persistence.*;",
        "/** A customer. */",
        "@Entity public class Customer {",
        String.join("\n", fields),
        "}");
  }

  private static String customerWithStatus() {
    return customer(
        "  String mobile;",
        "  java.time.Instant since;",
        "  @Id @GeneratedValue Long id;",
        "  String email;",
        "  @io.jpaproto.ProtoField(name = \"name\") String fullName;",
        "  Status status;");
  }

  private static String status(String... constants) {
    return "package com.acme.shop;\n/** A status. */\npublic enum Status { " + String.join(", ", constants) + " }";
  }

  /** Runs the processor on the step's sources; it must succeed; returns the shop proto in the proto directory. */
  private String accept(String step, String customer, String status) throws IOException {
    Compilation compilation = compile(customer, status);
    assertThat(compilation).succeededWithoutWarnings();
    Path snapshot = work.resolve("steps").resolve(step);
    GoldenCases.writeTree(snapshot, GoldenCases.readTree(protoDir));
    snapshots.add(snapshot);
    return Files.readString(protoDir.resolve(SHOP), StandardCharsets.UTF_8);
  }

  /** Runs the processor on the step's sources; it must fail with {@code id} and leave the proto directory as it was. */
  private void refuse(String step, String id, String detail, String customer, String status) {
    Map<String, String> before = GoldenCases.readTree(protoDir);
    Compilation compilation = compile(customer, status);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(id);
    assertThat(compilation).hadErrorContaining(detail);
    assertEquals(before, GoldenCases.readTree(protoDir), step + " must not touch the proto directory");
  }

  private Compilation compile(String customer, String status) {
    return ProcessorRun.compile(Map.of("jpaproto.protoDir", protoDir.toString()), List.of(
        ProcessorRun.source("com.acme.shop.Customer", customer),
        ProcessorRun.source("com.acme.shop.Status", status)));
  }

  /** {@code buf breaking} of the newest step against the one before, with the given rule category. */
  private void bufBreaking(String category) throws Exception {
    String buf = System.getProperty("jpaproto.buf", "");
    if (buf.isEmpty()) {
      return;
    }
    Path current = workspace(snapshots.get(snapshots.size() - 1), category);
    Path previous = workspace(snapshots.get(snapshots.size() - 2), category);
    Process process = new ProcessBuilder(buf, "breaking", current.toString(), "--against", previous.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "buf breaking (" + category + ") " + current.getFileName() + " against "
        + previous.getFileName() + ":\n" + output);
  }

  private Path workspace(Path snapshot, String category) throws IOException {
    Path workspace = work.resolve("buf").resolve(category).resolve(snapshot.getFileName());
    GoldenCases.writeTree(workspace.resolve("proto"), GoldenCases.readTree(snapshot));
    Files.delete(workspace.resolve("proto/jpaproto.lock"));
    // The protos import buf/validate/validate.proto for their rules: a vendor module, as buf works offline here.
    Path includes = Path.of(System.getProperty("jpaproto.protoIncludes", "target/proto-includes"));
    Map<String, String> vendor = new TreeMap<>();
    GoldenCases.readTree(includes).forEach((path, text) -> {
      if (path.startsWith("buf/validate/")) {
        vendor.put(path, text);
      }
    });
    GoldenCases.writeTree(workspace.resolve("vendor"), vendor);
    Files.writeString(workspace.resolve("buf.yaml"), "version: v2\nmodules:\n  - path: proto\n  - path: vendor\n"
        + "    breaking: { ignore: [vendor] }\nbreaking:\n  use: [" + category + "]\n");
    return workspace;
  }

  @Test
  @Order(2)
  void bufRunsInCi() {
    Assumptions.assumeTrue(!System.getProperty("jpaproto.buf", "").isEmpty(),
        "set -Djpaproto.buf to the buf CLI to run the buf breaking comparisons (CI does)");
    assertTrue(Files.isExecutable(Path.of(System.getProperty("jpaproto.buf"))), "jpaproto.buf must be executable");
  }
}
