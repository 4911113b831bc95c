package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Entities with private fields and no accessors (JPA field access, DDD style) and with only a private no-argument
 * constructor: the generated mapper reaches them through {@code private static final} handles obtained once with
 * {@code MethodHandles.privateLookupIn}, and the whole pipeline (pass 1, protoc, pass 2) compiles without a warning.
 */
class FieldAccessTest {

  private static final JavaFileObject ACCOUNT = ProcessorRun.source("ddd.ledger.Account",
      "package ddd.ledger;",
      "import jakarta.persistence.*;",
      "import java.math.BigDecimal;",
      "import java.util.*;",
      "@Entity",
      "public class Account {",
      "  @Id @GeneratedValue private Long id;",
      "  @Version private long version;",
      "  @Column(nullable = false) private String name;",
      "  private BigDecimal balance;",
      "  private int openedYear;",
      "  @ElementCollection private List<String> tags = new ArrayList<>();",
      "  @ManyToOne private Branch branch;",
      "  private Account() {",
      "  }",
      "  public Account(String name) {",
      "    this.name = name;",
      "  }",
      "}");

  /** Another package, with a package-private id and no getter: reached from Account's mapper through a handle. */
  private static final JavaFileObject BRANCH = ProcessorRun.source("ddd.ledger.branch.Branch",
      "package ddd.ledger.branch;",
      "import jakarta.persistence.*;",
      "@Entity",
      "public class Branch {",
      "  @Id Long id;",
      "  String city;",
      "  protected Branch() {",
      "  }",
      "}");

  @Test
  void privateFieldsAndConstructorsAreReachedThroughHandles() {
    JavaFileObject branch = ProcessorRun.source("ddd.ledger.Branch",
        "package ddd.ledger;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Branch {",
        "  @Id private Long id;",
        "  protected Branch() {",
        "  }",
        "}");
    Pipeline pipeline = Pipeline.run(ACCOUNT, branch);
    assertThat(pipeline.secondPass()).succeededWithoutWarnings();
    String mapper = pipeline.generated("ddd.ledger.AccountProtoMapper");
    assertTrue(mapper.contains("private static final VarHandle NAME;"), mapper);
    assertTrue(mapper.contains("MethodHandles.privateLookupIn(Account.class, MethodHandles.lookup())"), mapper);
    assertTrue(mapper.contains("NEW_ACCOUNT.invokeExact()"), mapper);
    assertFalse(mapper.contains("java.lang.reflect.Field"), mapper);
  }

  @Test
  void aRelationToAPackagePrivateIdOfAnotherPackageIsReadThroughAHandle() {
    JavaFileObject account = ProcessorRun.source("ddd.ledger.Account",
        "package ddd.ledger;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Account {",
        "  @Id Long id;",
        "  @ManyToOne ddd.ledger.branch.Branch branch;",
        "}");
    Pipeline pipeline = Pipeline.run(account, BRANCH);
    assertThat(pipeline.secondPass()).succeededWithoutWarnings();
    String mapper = pipeline.generated("ddd.ledger.AccountProtoMapper");
    assertTrue(mapper.contains("BRANCH_ID"), mapper);
  }
}
