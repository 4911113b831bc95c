package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Type-use annotations (Bean Validation's {@code @NotNull}, {@code @Size}, checker annotations, ...) are part of a
 * field's type in javac's model; they must not change how the type maps. Real models put them on primitives as often
 * as on references ({@code @NotNull private boolean activated}).
 */
class TypeUseAnnotationsTest {

  private static final JavaFileObject NOT_NULL = ProcessorRun.source("checks.NotNull",
      "package checks;",
      "import java.lang.annotation.*;",
      "@Retention(RetentionPolicy.RUNTIME)",
      "@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE})",
      "public @interface NotNull {}");

  @Test
  void typeUseAnnotationsOnEveryKindOfTypeMapLikeTheBareType() {
    JavaFileObject entity = ProcessorRun.source("accounts.Account",
        "package accounts;",
        "import checks.NotNull;",
        "import jakarta.persistence.*;",
        "import java.util.*;",
        "@Entity public class Account {",
        "  public enum Kind { PERSONAL, BUSINESS }",
        "  @Id @NotNull Long id;",
        "  @NotNull boolean activated;",
        "  @NotNull int loginCount;",
        "  @NotNull long quota;",
        "  @NotNull double score;",
        "  @NotNull String login;",
        "  @NotNull byte @NotNull [] avatar;",
        "  @NotNull java.math.BigDecimal balance;",
        "  @NotNull java.time.Instant createdAt;",
        "  @Enumerated(EnumType.STRING) @NotNull Kind kind;",
        "  @ElementCollection List<@NotNull String> tags = new ArrayList<>();",
        "  @ElementCollection Map<@NotNull String, @NotNull Integer> limits = new HashMap<>();",
        "}");

    Compilation firstPass = ProcessorRun.compile(Map.of(), List.of(NOT_NULL, entity));
    assertThat(firstPass).succeededWithoutWarnings();
    String proto = ProcessorRun.protos(firstPass).get("accounts/v1/accounts.proto");
    for (String field : List.of("optional int64 id = 1;", "bool activated = 2;", "int32 login_count = 3;",
        "int64 quota = 4;", "double score = 5;", "optional string login = 6;", "optional bytes avatar = 7;",
        "optional string balance = 8;", ".google.protobuf.Timestamp created_at = 9;",
        "optional .accounts.v1.AccountKind kind = 10;", "repeated string tags = 11;", "map<string, int32> limits = 12;")) {
      assertTrue(ProtoLines.declares(proto, field.substring(0, field.length() - 1)),
          () -> "expected `" + field + "` in\n" + proto);
    }

    List<JavaFileObject> sources = new ArrayList<>(List.of(NOT_NULL, entity));
    sources.addAll(ProcessorRun.sources(
        Protoc.generateJava(ProcessorRun.protos(firstPass), Path.of("does-not-exist"))));
    Compilation secondPass = ProcessorRun.compileFully(Map.of(), sources);

    assertThat(secondPass).succeededWithoutWarnings();
    assertThat(secondPass).generatedSourceFile("accounts.AccountProtoMapper").contentsAsUtf8String()
        .doesNotContain("@NotNull");
  }
}
