package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new field takes the lowest number that is neither used nor reserved at or above the message's next number, and
 * wraps below a number pinned at the maximum instead of running out; 19000 to 19999 are never handed out. protoc
 * compiles every result.
 */
class NumberGapsTest {
  private static final String SHOP = "com/acme/shop/v1/shop.proto";

  @TempDir
  Path protoDir;

  @Test
  void aPinAtTheMaximumLeavesNewFieldsAValidNumberThatWasNeverUsed() throws Exception {
    assertThat(write(customer("String name;", "String email;",
        "@io.jpaproto.ProtoField(number = 536870911) String legacy;"))).succeededWithoutWarnings();
    assertThat(write(customer("String name;",
        "@io.jpaproto.ProtoField(number = 536870911) String legacy;"))).succeededWithoutWarnings();

    assertThat(write(customer("String name;", "@io.jpaproto.ProtoField(number = 536870911) String legacy;",
        "String phone;", "String mobile;"))).succeededWithoutWarnings();

    String shop = Files.readString(protoDir.resolve(SHOP));
    assertTrue(ProtoLines.declares(shop, "optional string legacy = 536870911"), shop);
    assertTrue(shop.contains("  reserved 3;\n  reserved \"email\";\n"), shop);
    assertTrue(ProtoLines.declares(shop, "optional string phone = 4"), shop);
    assertTrue(ProtoLines.declares(shop, "optional string mobile = 5"), shop);
    Protoc.compile(Map.of(SHOP, shop));
  }

  @Test
  void theNextNumberStaysAboveTheHighestUsedAndSkipsProtobufsOwnRange() throws Exception {
    assertThat(write(customer("String name;", "@io.jpaproto.ProtoField(number = 18999) String legacy;")))
        .succeededWithoutWarnings();

    assertThat(write(customer("String name;", "@io.jpaproto.ProtoField(number = 18999) String legacy;",
        "String phone;"))).succeededWithoutWarnings();

    String shop = Files.readString(protoDir.resolve(SHOP));
    assertTrue(ProtoLines.declares(shop, "optional string phone = 20000"), shop);
    Protoc.compile(Map.of(SHOP, shop));
  }

  @Test
  void anEnumValuePinnedAtTheMaximumWrapsToo() throws Exception {
    JavaFileObject pinned = status("ACTIVE", "@io.jpaproto.ProtoField(number = 2147483647) LEGACY");
    assertThat(write(customer("String name;", "Status status;"), pinned)).succeededWithoutWarnings();

    assertThat(write(customer("String name;", "Status status;"),
        status("ACTIVE", "@io.jpaproto.ProtoField(number = 2147483647) LEGACY", "CLOSED")))
        .succeededWithoutWarnings();

    String shop = Files.readString(protoDir.resolve(SHOP));
    assertTrue(shop.contains("STATUS_LEGACY = 2147483647;"), shop);
    assertTrue(shop.contains("STATUS_CLOSED = 2;"), shop);
    Protoc.compile(Map.of(SHOP, shop));
  }

  @Test
  void aRemovedNameBackOnAnotherPinnedNumberIsNoLongerReserved() throws Exception {
    assertThat(write(customer("String name;", "String email;"))).succeededWithoutWarnings();
    assertThat(write(customer("String name;"))).succeededWithoutWarnings();

    assertThat(write(customer("String name;", "@io.jpaproto.ProtoField(number = 9) String email;")))
        .succeededWithoutWarnings();

    String shop = Files.readString(protoDir.resolve(SHOP));
    assertTrue(shop.contains("  reserved 3;\n  // The id"), shop);
    assertTrue(!shop.contains("reserved \"email\""), shop);
    assertTrue(ProtoLines.declares(shop, "optional string email = 9"), shop);
    Protoc.compile(Map.of(SHOP, shop));
  }

  private Compilation write(JavaFileObject... sources) {
    return ProcessorRun.compile(Map.of("jpaproto.protoDir", protoDir.toString()), List.of(sources));
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

  private static JavaFileObject status(String... constants) {
    return ProcessorRun.source("com.acme.shop.Status",
        "package com.acme.shop;",
        "/** A status. */",
        "public enum Status { " + String.join(", ", constants) + " }");
  }
}
