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
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two branches that each add a field give it the same number. After a real {@code git merge} the lock either shows a
 * conflict (markers) or, with a union merge, two fields with one number; both are refused with an error naming both
 * fields and the way out, and the build that follows the fix numbers the second field anew.
 */
class MergeConflictTest {
  private static final String CUSTOMER = "src/com/acme/shop/Customer.java";
  private static final String LOCK = "proto/jpaproto.lock";

  @TempDir
  Path repo;

  @BeforeEach
  void twoBranchesEachAddAField() throws Exception {
    git("init", "-q", "-b", "main");
    commitBuild("initial", customer("", ""));
    git("checkout", "-q", "-b", "phone");
    commitBuild("add phone", customer("  String phone;", ""));
    git("checkout", "-q", "main");
    git("checkout", "-q", "-b", "email");
    commitBuild("add email", customer("", "  String email;"));
    git("checkout", "-q", "main");
    git("merge", "-q", "phone");
  }

  @Test
  void aConflictInTheLockIsRefusedNamingBothFields() throws Exception {
    int exit = gitExit("merge", "email");
    assertNotEquals(0, exit, "the lock conflicts");
    String lock = Files.readString(repo.resolve(LOCK));
    assertTrue(lock.contains("<<<<<<< HEAD\n  field 3 phone string optional\n=======\n"
        + "  field 3 email string optional\n>>>>>>> email\n"), lock);
    String merged = Files.readString(repo.resolve(CUSTOMER));
    assertTrue(merged.contains("String phone;") && merged.contains("String email;") && !merged.contains("<<<<"),
        "the entity merges cleanly:\n" + merged);
    Map<String, String> before = GoldenCases.readTree(repo.resolve("proto"));
    JavaFileObject customer = source(merged);

    Compilation compilation = build(customer);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP126] the numbering state " + repo.resolve(LOCK) + " has an unresolved merge "
            + "conflict at lines 7 to 11 (message com.acme.shop.v1.Customer): HEAD gives number 3 of message "
            + "com.acme.shop.v1.Customer to field phone, email gives it to field email")
        .inFile(customer).onLineContaining("String phone;");
    assertThat(compilation).hadErrorContaining("Fix: decide which field keeps number 3: the one already released "
        + "keeps it (usually HEAD's phone); delete the other side's line (field email, line 10) and the conflict "
        + "marker lines, then rebuild: email takes the next free number.");
    assertEquals(before, GoldenCases.readTree(repo.resolve("proto")), "a refused build writes nothing");

    // The fix, as the message says: keep HEAD's line, drop the other and the markers.
    Files.writeString(repo.resolve(LOCK), lock.replace("<<<<<<< HEAD\n", "")
        .replace("=======\n  field 3 email string optional\n>>>>>>> email\n", ""));
    assertThat(build(customer)).succeededWithoutWarnings();
    String shop = Files.readString(repo.resolve("proto/com/acme/shop/v1/shop.proto"));
    assertTrue(ProtoLines.declares(shop, "optional string phone = 3"), shop);
    assertTrue(ProtoLines.declares(shop, "optional string email = 4"), shop);
    assertTrue(!shop.contains("<<<<"), shop);
  }

  @Test
  void aUnionMergeThatGivesOneNumberToTwoFieldsIsRefusedNamingBoth() throws Exception {
    Files.writeString(repo.resolve(".gitattributes"), "*.lock merge=union\n*.proto merge=union\n");
    git("add", ".gitattributes");
    git("commit", "-q", "-m", "union merges");
    assertEquals(0, gitExit("merge", "-q", "email"), "a union merge does not conflict");
    String lock = Files.readString(repo.resolve(LOCK));
    assertTrue(lock.contains("  field 3 phone string optional\n  field 3 email string optional\n"), lock);
    JavaFileObject customer = source(Files.readString(repo.resolve(CUSTOMER)));

    Compilation compilation = build(customer);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP127] the numbering state " + repo.resolve(LOCK) + ", lines 7 and 8, gives number 3 "
            + "of message com.acme.shop.v1.Customer to both field phone and field email")
        .inFile(customer).onLineContaining("String email;");
    assertThat(compilation).hadErrorContaining("Fix: the one already released keeps the number (usually the "
        + "earlier line, field phone): delete line 8 and rebuild, and email then takes the next free number.");
  }

  private void commitBuild(String message, String customer) throws Exception {
    Path file = repo.resolve(CUSTOMER);
    Files.createDirectories(file.getParent());
    Files.writeString(file, customer);
    assertThat(build(source(customer))).succeededWithoutWarnings();
    git("add", "-A");
    git("commit", "-q", "-m", message);
  }

  private Compilation build(JavaFileObject customer) {
    return ProcessorRun.compile(Map.of("jpaproto.protoDir", repo.resolve("proto").toString()), List.of(customer));
  }

  private static JavaFileObject source(String text) {
    return ProcessorRun.sources(Map.of("com/acme/shop/Customer.java", text)).get(0);
  }

  /** The entity, with {@code top} and {@code bottom} lines far enough apart for git to merge them. */
  private static String customer(String top, String bottom) {
    return String.join("\n",
        "package com.acme.shop;",
        "import jakarta.persistence.*;",
        "/** A customer. */",
        "@Entity public class Customer {",
        top,
        "  @Id Long id;",
        "  /** The name. */",
        "  String name;",
        "  /** Not published. */",
        "  @io.jpaproto.ProtoIgnore String internalNote;",
        "  /** Not published either. */",
        "  @io.jpaproto.ProtoIgnore String auditTrail;",
        bottom,
        "}",
        "");
  }

  private void git(String... args) throws Exception {
    int exit = gitExit(args);
    assertEquals(0, exit, "git " + String.join(" ", args));
  }

  private int gitExit(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
        "-c", "commit.gpgsign=false", "-c", "merge.conflictstyle=merge"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor();
  }
}
