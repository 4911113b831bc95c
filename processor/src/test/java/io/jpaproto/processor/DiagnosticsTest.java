package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.jpaproto.processor.spi.ProviderClassLoaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per error of the diagnostic catalogue ({@code report.Diagnostic}): the id, the key part of the message and
 * of the fix, the source line the error points at, and that nothing is written when there is an error.
 *
 * <p>compile-testing hides the generated files of a failed compilation, so "nothing is written" is checked on the
 * proto directory ({@code -Ajpaproto.protoDir}), which the processor fills together with the class output.
 */
class DiagnosticsTest {
  @TempDir
  Path protoDir;

  // ---------------------------------------------------------------------------------------------------------------
  // Types of attributes

  @Nested
  class AttributeTypes {

    @Test
    void typeWithoutAnyRuleIsUnsupported() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "java.io.Serializable payload;");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP101] attribute Shop.payload has type java.io.Serializable, "
              + "which jpaproto cannot map to a proto type")
          .inFile(shop).onLineContaining("java.io.Serializable payload;");
      assertThat(compilation).hadErrorContaining(
          "Fix: exclude it with @ProtoIgnore, convert it with a JPA @Convert(converter = ...) to a type jpaproto "
              + "maps, or choose a type with @ProtoField(type = \"...\", converter = ...) or a @ProtoTypeMapping "
              + "rule for java.io.Serializable.");
      assertNothingWritten();
    }

    @Test
    void narrowJavaTypeInAWiderColumnIsAWarningNamingTheWiderType() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "@Column(columnDefinition = \"BIGINT\") Integer visits;",
          "@Column(columnDefinition = \"integer not null\") short rank;");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningCount(2);
      assertThat(compilation)
          .hadWarningContaining("[JP134] attribute Shop.visits has Java type Integer, but its column is BIGINT: the field "
              + "is published with the column's 64-bit range, and every value beyond 32 bits is refused at run time "
              + "(nor can the entity load one the column holds). Fix: declare it Long, the Java type that matches BIGINT.")
          .inFile(shop).onLineContaining("Integer visits;");
      assertThat(compilation)
          .hadWarningContaining("[JP134] attribute Shop.rank has Java type short, but its column is INTEGER: the field "
              + "is published with the column's 32-bit range, and every value beyond 16 bits is refused at run time")
          .inFile(shop).onLineContaining("short rank;");
      assertThat(compilation).hadWarningContaining("Fix: declare it int, the Java type that matches INTEGER.");
    }

    @Test
    void wideJavaTypeInANarrowerColumnIsAWarning() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "@Column(columnDefinition = \"INT\") Long stock;",
          "@Column(columnDefinition = \"BIGINT\") Long views;",
          "@Column(columnDefinition = \"varchar(20)\") String code;");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningCount(1);
      assertThat(compilation)
          .hadWarningContaining("[JP135] attribute Shop.stock has Java type Long, but its column is INT: the field is "
              + "published with the Java type's 64-bit range, and the database refuses every value beyond 32 bits. Fix: "
              + "declare it Integer, or widen the column to the Java type.")
          .inFile(shop).onLineContaining("Long stock;");
    }

    @Test
    void anOverrideThatNarrowsAnEmbeddedDecimalColumnIsAWarningNamingThePrecisionToRepeat() {
      JavaFileObject money = source("shop.Money", "package shop;",
          "import jakarta.persistence.*;",
          "import java.math.BigDecimal;",
          "@Embeddable public class Money {",
          "  @Column(precision = 19, scale = 4) BigDecimal amount;",
          "  @Column(length = 3) String currency;",
          "}");
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "Money balance;",
          "@AttributeOverride(name = \"amount\", column = @Column(name = \"limit_amount\"))",
          "Money limit;",
          "@AttributeOverride(name = \"amount\", column = @Column(name = \"fee_amount\", precision = 12, scale = 4))",
          "Money fee;",
          "@AttributeOverride(name = \"amount\", column = @Column(name = \"cap_amount\", precision = 21, scale = 4))",
          "@AttributeOverride(name = \"currency\", column = @Column(name = \"cap_currency\"))",
          "Money cap;");

      Compilation compilation = compileWithProtoDir(shop, money);

      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningCount(2);
      assertThat(compilation)
          .hadWarningContaining("[JP136] attribute Shop.limit overrides the column of Money.amount with @Column(no "
              + "precision), which Hibernate creates as numeric(38,2), narrower than the embeddable's own "
              + "numeric(19,4) that the shared generated mapper checks: the database rounds or refuses values the "
              + "mapper lets through. Fix: repeat precision = 19, scale = 4 in the override's @Column.")
          .inFile(shop).onLineContaining("limit_amount");
      assertThat(compilation)
          .hadWarningContaining("[JP136] attribute Shop.fee overrides the column of Money.amount with @Column("
              + "precision = 12, scale = 4), which Hibernate creates as numeric(12,4)")
          .inFile(shop).onLineContaining("fee_amount");
    }

    @Test
    void relationToAClassThatIsNotAnEntityIsUnsupported() {
      JavaFileObject order = entity("shop.Order",
          "@Id Long id;",
          "@ManyToOne",
          "Customer customer;");
      JavaFileObject customer = source("shop.Customer", "package shop;", "public class Customer { Long id; }");

      Compilation compilation = compileWithProtoDir(order, customer);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP102] attribute Order.customer is a relation to shop.Customer, which is not an "
              + "@Entity; jpaproto cannot map it")
          .inFile(order).onLineContaining("Customer customer;");
      assertThat(compilation).hadErrorContaining("Fix: exclude it with @ProtoIgnore, or leave a relation out with "
          + "@ProtoRelation(ProtoRelation.Style.OMIT).");
      assertNothingWritten();
    }

    @Test
    void collectionIsUnsupportedEvenWithoutARelationAnnotation() {
      JavaFileObject order = entity("shop.Order",
          "@Id Long id;",
          "java.util.List<String> tags;");

      Compilation compilation = compileWithProtoDir(order);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP102] attribute Order.tags is a collection")
          .inFile(order).onLineContaining("java.util.List<String> tags;");
      assertNothingWritten();
    }

    @Test
    void overrideNamingAnUnknownMessageWithoutItsFileIsAnUnknownProtoType() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "@ProtoField(type = \"acme.Money\")",
          "String price;");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP103] attribute Shop.price names the proto type \"acme.Money\", "
              + "which is neither a proto scalar nor a message jpaproto knows")
          .inFile(shop).onLineContaining("@ProtoField(type = \"acme.Money\")");
      assertThat(compilation).hadErrorContaining("give its file in typeImport/protoImport");
      assertNothingWritten();
    }

    @Test
    void overrideToATypeWithoutBuiltInConversionNeedsAConverter() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "@ProtoField(type = \"int64\")",
          "String code;");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP104] attribute Shop.code maps java.lang.String to int64, "
              + "and jpaproto has no built-in conversion between them")
          .inFile(shop).onLineContaining("@ProtoField(type = \"int64\")");
      assertThat(compilation).hadErrorContaining(
          "Fix: name a class implementing io.jpaproto.convert.Converter<java.lang.String, ?> in @ProtoField(converter = MyConverter.class)");
      assertNothingWritten();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Field numbers

  @Nested
  class FieldNumbers {

    @Test
    void numbersInTheReservedRangeAreInvalid() {
      for (int reserved : new int[] {19000, 19999}) {
        assertInvalidFieldNumber(reserved);
      }
    }

    @Test
    void numberAboveTheProtoMaximumIsInvalid() {
      assertInvalidFieldNumber(536870912);
    }

    @Test
    void negativeNumberIsInvalid() {
      // 0 is not tested: it means "let jpaproto choose".
      assertInvalidFieldNumber(-5);
    }

    private void assertInvalidFieldNumber(int number) {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "@ProtoField(number = " + number + ")",
          "String code;");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP105] attribute Shop.code asks for number " + number + ", which proto does not allow there")
          .inFile(shop).onLineContaining("@ProtoField(number = " + number + ")");
      assertThat(compilation).hadErrorContaining(
          "Fix: a field takes 1 to 536870911 outside the reserved range 19000 to 19999");
      assertNothingWritten();
    }

    @Test
    void twoFieldsPinnedToTheSameNumberAreDuplicatesReportedOnTheSecondPin() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "@ProtoField(number = 7) String first;",
          "@ProtoField(number = 7) String second;");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation)
          .hadErrorContaining("[JP106] attribute Shop.second asks for number 7, which attribute Shop.first already has")
          .inFile(shop).onLineContaining("String second;");
      assertThat(compilation).hadErrorContaining("Fix: pin one of them to a free number with @ProtoField(number = ...).");
      assertNothingWritten();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Names of fields, messages and enum values

  @Nested
  class Names {

    @Test
    void twoAttributesWithTheSameSnakeCaseNameAreDuplicates() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "String firstName;",
          "String first_name;");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP107] attribute Shop.first_name becomes proto field \"first_name\", "
              + "which attribute Shop.firstName already becomes")
          .inFile(shop).onLineContaining("String first_name;");
      assertThat(compilation).hadErrorContaining(
          "Fix: rename one of them with @ProtoField(name = \"...\") or exclude one with @ProtoIgnore.");
      assertNothingWritten();
    }

    @Test
    void requestedFieldNameThatIsNotLowerSnakeCaseIsInvalid() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "@ProtoField(name = \"BadName\")",
          "String code;");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP108] attribute Shop.code asks for proto field name \"BadName\", "
              + "which is not lower_snake_case")
          .inFile(shop).onLineContaining("@ProtoField(name = \"BadName\")");
      assertThat(compilation).hadErrorContaining("such as \"display_name\"");
      assertNothingWritten();
    }

    @Test
    void derivedFieldNameWithNonAsciiLettersIsInvalid() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "String größe;");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP108] attribute Shop.größe asks for proto field name \"größe\"")
          .inFile(shop).onLineContaining("String größe;");
      assertNothingWritten();
    }

    @Test
    void requestedMessageNameThatIsNotPascalCaseIsInvalid() {
      JavaFileObject shop = source("shop.Shop",
          "package shop;",
          "import io.jpaproto.ProtoMessage;",
          "import jakarta.persistence.*;",
          "@Entity",
          "@ProtoMessage(name = \"lower\")",
          "public class Shop {",
          "  @Id Long id;",
          "}");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP109] shop.Shop asks for proto name \"lower\", which is not PascalCase")
          .inFile(shop);
      assertThat(compilation).hadErrorContaining("such as \"CustomerProfile\"");
      assertNothingWritten();
    }

    @Test
    void invalidMessageNamePointsAtTheProtoMessageAnnotation() {
      JavaFileObject shop = source("shop.Shop",
          "package shop;",
          "import io.jpaproto.ProtoMessage;",
          "import jakarta.persistence.*;",
          "@Entity",
          "@ProtoMessage(name = \"lower\")",
          "public class Shop {",
          "  @Id Long id;",
          "}");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation)
          .hadErrorContaining("[JP109]")
          .inFile(shop).onLineContaining("@ProtoMessage(name = \"lower\")");
    }

    @Test
    void twoEntitiesAskingForTheSameMessageNameAreDuplicateTypes() {
      JavaFileObject first = namedEntity("shop.First", "Same");
      JavaFileObject second = namedEntity("shop.Second", "Same");

      Compilation compilation = compileWithProtoDir(first, second);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP110] shop.Second becomes proto type shop.v1.Same, which shop.First already becomes")
          .inFile(second).onLineContaining("public class Second");
      assertThat(compilation).hadErrorContaining("Fix: rename one of them with @ProtoMessage(name = \"...\").");
      assertNothingWritten();
    }

    @Test
    void nestedEnumWhoseFlattenedNameIsAnEntityNameIsADuplicateType() {
      JavaFileObject orderStatus = entity("shop.OrderStatus", "@Id Long id;");
      JavaFileObject order = entity("shop.Order",
          "@Id Long id;",
          "Status status;",
          "public enum Status { NEW, PAID }");

      Compilation compilation = compileWithProtoDir(orderStatus, order);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP110] shop.Order.Status becomes proto type shop.v1.OrderStatus, which shop.OrderStatus already becomes")
          .inFile(order).onLineContaining("public enum Status");
      assertNothingWritten();
    }

    @Test
    void enumConstantsDifferingOnlyInCaseAreDuplicateValues() {
      JavaFileObject shop = entity("shop.Shop", "@Id Long id;", "Status status;");
      JavaFileObject status = source("shop.Status",
          "package shop;",
          "public enum Status {",
          "  ACTIVE,",
          "  active",
          "}");

      Compilation compilation = compileWithProtoDir(shop, status);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP111] enum constant Status.active becomes enum value STATUS_ACTIVE, "
              + "which enum constant Status.ACTIVE already is")
          .inFile(status).onLineContaining("active");
      assertThat(compilation).hadErrorContaining(
          "Fix: rename the constant, or choose its proto name with @ProtoField(name = \"...\") on the constant.");
      assertNothingWritten();
    }

    @Test
    void enumConstantNamedUnspecifiedClashesWithTheZeroValue() {
      JavaFileObject shop = entity("shop.Shop", "@Id Long id;", "Status status;");
      JavaFileObject status = source("shop.Status",
          "package shop;",
          "public enum Status {",
          "  ACTIVE,",
          "  UNSPECIFIED",
          "}");

      Compilation compilation = compileWithProtoDir(shop, status);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP111] enum constant Status.UNSPECIFIED becomes enum value STATUS_UNSPECIFIED, "
              + "which the zero value STATUS_UNSPECIFIED already is")
          .inFile(status).onLineContaining("UNSPECIFIED");
      assertNothingWritten();
    }

    @Test
    void invalidEnumValueNameAsksForUpperSnakeCase() {
      JavaFileObject shop = entity("shop.Shop", "@Id Long id;", "Status status;");
      JavaFileObject status = source("shop.Status",
          "package shop;",
          "import io.jpaproto.ProtoField;",
          "public enum Status {",
          "  @ProtoField(name = \"lower\")",
          "  ACTIVE",
          "}");

      Compilation compilation = compileWithProtoDir(shop, status);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("lower\"")
          .inFile(status).onLineContaining("@ProtoField(name = \"lower\")");
      assertThat(compilation).hadErrorContaining("UPPER_SNAKE_CASE");
      assertNoErrorContaining(compilation, "lower_snake_case");
      assertNothingWritten();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Packages and files

  @Nested
  class Packages {

    @Test
    void protoPackageThatIsNotLowerCaseIsInvalid() {
      JavaFileObject packageInfo = packageInfo("shop", "@io.jpaproto.ProtoPackage(value = \"Not.Valid\")");

      Compilation compilation = compileWithProtoDir(packageInfo, entity("shop.Shop", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP112] @ProtoPackage asks for proto package \"Not.Valid\", "
              + "which is not a valid package name")
          .inFile(packageInfo).onLineContaining("@io.jpaproto.ProtoPackage");
      assertThat(compilation).hadErrorContaining("a proto package is lower-case identifiers separated by dots "
          + "(\"acme.shop.v1\")");
      assertNothingWritten();
    }

    @Test
    void javaPackageThatIsNotAJavaNameIsInvalid() {
      JavaFileObject packageInfo = packageInfo("shop", "@io.jpaproto.ProtoPackage(javaPackage = \"not valid\")");

      Compilation compilation = compileWithProtoDir(packageInfo, entity("shop.Shop", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP112] @ProtoPackage asks for java_package \"not valid\"")
          .inFile(packageInfo).onLineContaining("@io.jpaproto.ProtoPackage");
      assertNothingWritten();
    }

    @Test
    void entityInTheDefaultPackageHasNoProtoPackage() {
      JavaFileObject thing = source("Thing",
          "import jakarta.persistence.*;",
          "@Entity",
          "public class Thing {",
          "  @Id Long id;",
          "}");

      Compilation compilation = compileWithProtoDir(thing);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP113] Thing is in the unnamed package, which has no proto package")
          .inFile(thing).onLineContaining("public class Thing");
      assertThat(compilation).hadErrorContaining("Fix: move it into a named Java package.");
      assertNothingWritten();
    }

    @Test
    void twoPackagesWithTheSameProtoPackageAndLastSegmentWriteTheSameFile() {
      JavaFileObject firstInfo = packageInfo("a.shop", "@io.jpaproto.ProtoPackage(value = \"common.v1\")");
      JavaFileObject secondInfo = packageInfo("b.shop", "@io.jpaproto.ProtoPackage(value = \"common.v1\")");

      Compilation compilation = compileWithProtoDir(
          firstInfo, entity("a.shop.Shop", "@Id Long id;"),
          secondInfo, entity("b.shop.Store", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP114] the entities of package b.shop would be written to common/v1/shop.proto, "
              + "which package a.shop already writes")
          .inFile(secondInfo).onLineContaining("package b.shop;");
      assertThat(compilation).hadErrorContaining(
          "Fix: give one of the packages another proto package with @ProtoPackage on its package-info.java.");
      assertNothingWritten();
    }

    @Test
    void duplicateFileOfPackagesWithoutPackageInfoPointsAtAnEntity() {
      JavaFileObject store = entity("a.foo_bar.Store", "@Id Long id;");

      Compilation compilation = compileWithProtoDir(entity("a.fooBar.Shop", "@Id Long id;"), store);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP114] the entities of package a.foo_bar would be written to a/foo_bar/v1/foo_bar.proto")
          .inFile(store).onLineContaining("public class Store");
    }

    @Test
    void javaPackageEqualToTheEntityPackageClashes() {
      JavaFileObject packageInfo = packageInfo("shop", "@io.jpaproto.ProtoPackage(javaPackage = \"shop\")");

      Compilation compilation = compileWithProtoDir(packageInfo, entity("shop.Shop", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP115] @ProtoPackage asks for java_package \"shop\", which is the entities' own package, "
              + "so message classes would clash with entity classes")
          .inFile(packageInfo).onLineContaining("@io.jpaproto.ProtoPackage");
      assertThat(compilation).hadErrorContaining("Fix: choose another java package, such as \"shop.proto\".");
      assertNothingWritten();
    }

    @Test
    void packagesSharingAProtoPackageWithDifferentJavaPackagesAreInconsistent() {
      JavaFileObject billingInfo = packageInfo("a.billing", "@io.jpaproto.ProtoPackage(value = \"common.v1\")");
      JavaFileObject ordersInfo = packageInfo("a.orders",
          "@io.jpaproto.ProtoPackage(value = \"common.v1\", javaPackage = \"com.acme.api\")");

      Compilation compilation = compileWithProtoDir(
          billingInfo, entity("a.billing.Bill", "@Id Long id;"),
          ordersInfo, entity("a.orders.Order", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP116] packages a.billing and a.orders share proto package common.v1 "
              + "but get different java_package values (a.billing.proto and com.acme.api)")
          .inFile(ordersInfo).onLineContaining("package a.orders;");
      assertThat(compilation).hadErrorContaining(
          "Fix: set the same javaPackage in both @ProtoPackage annotations.");
      assertNothingWritten();
    }

    @Test
    void packagesSharingAProtoPackageWithoutAnyJavaPackageAreInconsistentToo() {
      JavaFileObject billingInfo = packageInfo("a.billing", "@io.jpaproto.ProtoPackage(value = \"common.v1\")");
      JavaFileObject ordersInfo = packageInfo("a.orders", "@io.jpaproto.ProtoPackage(value = \"common.v1\")");

      Compilation compilation = compileWithProtoDir(
          billingInfo, entity("a.billing.Bill", "@Id Long id;"),
          ordersInfo, entity("a.orders.Order", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP116] packages a.billing and a.orders share proto package common.v1 "
              + "but get different java_package values (a.billing.proto and a.orders.proto)")
          .inFile(ordersInfo).onLineContaining("package a.orders;");
      assertNothingWritten();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // @ProtoTypeMapping rules

  @Nested
  class TypeRules {

    @Test
    void ruleWithAnUnknownProtoTypeIsInvalid() {
      JavaFileObject packageInfo = rules(
          "@ProtoTypeMapping(javaType = java.util.Currency.class, protoType = \"acme.Currency\")");

      Compilation compilation = compileWithProtoDir(packageInfo, entity("shop.Shop", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP117] type-mapping rule @ProtoTypeMapping on package shop is invalid: "
              + "proto type \"acme.Currency\" is neither a proto scalar nor a known message")
          .inFile(packageInfo).onLineContaining("protoType = \"acme.Currency\"");
      assertThat(compilation).hadErrorContaining(
          "Fix: fix the rule; see the README section \"Changing a mapping\".");
      assertNothingWritten();
    }

    @Test
    void ruleWithoutABuiltInConversionIsInvalid() {
      JavaFileObject packageInfo = rules(
          "@ProtoTypeMapping(javaType = java.util.UUID.class, protoType = \"int64\")");

      Compilation compilation = compileWithProtoDir(packageInfo, entity("shop.Shop", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP117] type-mapping rule @ProtoTypeMapping on package shop is invalid: "
              + "there is no built-in conversion from java.util.UUID to int64")
          .inFile(packageInfo).onLineContaining("java.util.UUID.class");
      assertNothingWritten();
    }

    @Test
    void ruleWithAColumnDefinitionThatIsNoRegularExpressionIsInvalid() {
      JavaFileObject packageInfo = rules(
          "@ProtoTypeMapping(javaType = Integer.class, protoType = \"int64\", columnDefinition = \"(BIGINT\")");

      Compilation compilation = compileWithProtoDir(packageInfo, entity("shop.Shop", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP117] type-mapping rule @ProtoTypeMapping on package shop is invalid: "
              + "columnDefinition is not a regular expression: Unclosed group")
          .inFile(packageInfo).onLineContaining("columnDefinition = \"(BIGINT\"");
      assertNothingWritten();
    }

    @Test
    void ruleOnAClassIsCheckedLikeARuleOnAPackage() {
      JavaFileObject holder = source("shop.Rules",
          "package shop;",
          "import io.jpaproto.ProtoTypeMapping;",
          "@ProtoTypeMapping(javaType = java.util.UUID.class, protoType = \"int64\")",
          "class Rules {",
          "}");

      Compilation compilation = compileWithProtoDir(holder, entity("shop.Shop", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP117] type-mapping rule @ProtoTypeMapping on class shop.Rules is invalid")
          .inFile(holder).onLineContaining("@ProtoTypeMapping");
      assertNothingWritten();
    }

    /**
     * The JP117 branch "converter does not implement io.jpaproto.convert.Converter" cannot be reached from source:
     * {@code converter} is a {@code Class<? extends Converter>}, so javac rejects the rule before jpaproto sees it.
     * What matters is that the user gets javac's error on the rule and no jpaproto crash.
     */
    @Test
    void converterThatIsNoConverterIsRejectedByJavacOnTheRule() {
      JavaFileObject packageInfo = rules(
          "@ProtoTypeMapping(javaType = java.util.Currency.class, protoType = \"string\", converter = String.class)");

      Compilation compilation = compileWithProtoDir(packageInfo, entity("shop.Shop", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("incompatible types")
          .inFile(packageInfo).onLineContaining("converter = String.class");
      assertNoErrorContaining(compilation, "[JP199]");
      assertNothingWritten();
    }

    @Test
    void invalidRepeatedRuleIsSpelledOutInTheMessage() {
      JavaFileObject packageInfo = rules(
          "@ProtoTypeMapping(javaType = java.math.BigInteger.class, protoType = \"string\")",
          "@ProtoTypeMapping(javaType = java.util.UUID.class, protoType = \"int64\")");

      Compilation compilation = compileWithProtoDir(packageInfo, entity("shop.Shop", "@Id Long id;"));

      assertThat(compilation).failed();
      // javac cannot locate one annotation inside an implicit repeated-annotation container, so the error points at
      // the package and names the rule itself.
      assertThat(compilation)
          .hadErrorContaining("[JP117] type-mapping rule @ProtoTypeMapping(javaType = java.util.UUID.class, "
              + "protoType = \"int64\") on package shop is invalid: "
              + "there is no built-in conversion from java.util.UUID to int64")
          .inFile(packageInfo).onLineContaining("package shop;");
    }

    @Test
    void ruleWithAMissingConverterClassLeavesTheErrorToJavac() {
      JavaFileObject packageInfo = rules(
          "@ProtoTypeMapping(javaType = java.util.Currency.class, protoType = \"string\", converter = Missing.class)");

      Compilation compilation = compileWithProtoDir(packageInfo, entity("shop.Shop", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("cannot find symbol")
          .inFile(packageInfo).onLineContaining("converter = Missing.class");
      assertNoErrorContaining(compilation, "[JP199]");
    }

    @Test
    void fieldWithAMissingConverterClassLeavesTheErrorToJavac() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "@ProtoField(type = \"string\", converter = Missing.class)",
          "java.util.Currency currency;");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("cannot find symbol")
          .inFile(shop).onLineContaining("converter = Missing.class");
      assertNoErrorContaining(compilation, "[JP199]");
    }

    private JavaFileObject rules(String... annotations) {
      List<String> lines = new ArrayList<>(List.of(annotations));
      lines.add("package shop;");
      lines.add("import io.jpaproto.ProtoTypeMapping;");
      return source("shop.package-info", lines.toArray(new String[0]));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Real models: secrets and proto import cycles

  @Nested
  class Models {
    @Test
    void anAttributeThatLooksLikeASecretIsAnErrorNamingBothWaysOut() {
      JavaFileObject user = entity("shop.User",
          "@Id Long id;",
          "String passwordHash;",
          "@ProtoExposed String publicToken;",
          "@ProtoIgnore String apiKey;");

      Compilation compilation = compileWithProtoDir(user);

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation)
          .hadErrorContaining("[JP140] attribute User.passwordHash looks like a secret and would be published as "
              + "field password_hash of User. Fix: exclude it with @ProtoIgnore, or confirm it may be published "
              + "with @ProtoExposed.")
          .inFile(user).onLineContaining("String passwordHash;");
      assertNothingWritten();
    }

    @Test
    void secretsWarnMakesItAWarningAndPublishes() {
      JavaFileObject user = entity("shop.User",
          "@Id Long id;",
          "String passwordHash;");

      Compilation compilation = ProcessorRun.compile(
          Map.of("jpaproto.protoDir", protoDir.toString(), "jpaproto.secrets", "warn"), List.of(user));

      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningCount(1);
      assertThat(compilation)
          .hadWarningContaining("[JP140] attribute User.passwordHash looks like a secret and would be published as "
              + "field password_hash of User")
          .inFile(user).onLineContaining("String passwordHash;");
      assertTrue(Files.exists(protoDir.resolve("shop/v1/shop.proto")));
    }

    @Test
    void aSecretInheritedByManyEntitiesIsReportedOnceOnItsAttribute() {
      JavaFileObject base = source("shop.Account",
          "package shop;",
          "import jakarta.persistence.*;",
          "@MappedSuperclass public abstract class Account {",
          "  @Id Long id;",
          "  String apiToken;",
          "}");
      JavaFileObject admin = source("shop.Admin",
          "package shop;", "@jakarta.persistence.Entity public class Admin extends Account { }");
      JavaFileObject member = source("shop.Member",
          "package shop;", "@jakarta.persistence.Entity public class Member extends Account { }");

      Compilation compilation = compileWithProtoDir(base, admin, member);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[JP140] attribute Account.apiToken looks like a secret")
          .inFile(base).onLineContaining("String apiToken;");
    }

    @Test
    void aSecretIsReportedInOnePassOfTheTwoPassBuild() {
      JavaFileObject user = entity("shop.User",
          "@Id Long id;",
          "String passwordHash;");
      Map<String, String> warn = Map.of("jpaproto.secrets", "warn");

      // Pass 1 (-proc:only): the protos, and the warning.
      Compilation first = ProcessorRun.compile(warn, List.of(user));
      assertThat(first).succeeded();
      assertThat(first).hadWarningContaining("[JP140] attribute User.passwordHash");

      // Pass 2: the entities with protoc's classes of the protos pass 1 wrote, as the one-module build compiles them.
      List<JavaFileObject> second = new ArrayList<>(List.of(user));
      second.addAll(ProcessorRun.sources(Protoc.generateJava(ProcessorRun.protos(first), protoDir)));
      Compilation compilation = ProcessorRun.compileFully(warn, second);
      assertThat(compilation).succeededWithoutWarnings();
      assertTrue(ProcessorRun.generatedSources(compilation, "UserProtoMapper.java").size() == 1,
          "pass 2 is a real second pass: it wrote the mapper");
    }

    @Test
    void packagesWhoseProtosImportEachOtherAreAnError() {
      JavaFileObject order = entity("a.Order",
          "@Id Long id;",
          "b.Parcel parcel;");
      JavaFileObject status = source("a.Status", "package a;", "public enum Status { OPEN }");
      JavaFileObject parcel = source("b.Parcel",
          "package b;",
          "@jakarta.persistence.Embeddable public class Parcel { a.Status status; }");

      Compilation compilation = compileWithProtoDir(order, status, parcel);

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("[JP141] the proto files of packages a and b import each other "
          + "(a/v1/a.proto -> b/v1/b.proto -> a/v1/a.proto), which protoc rejects");
      assertNothingWritten();
    }
  }

  // Mapper generation

  @Nested
  class Mappers {
    @Test
    void anAttributeTheMapperCannotReachIsAWarningBothWays() {
      // Property access: the getter and setter are protected in another package and no field holds the value, so
      // neither a call nor a VarHandle can reach it. (A field, even a private one, would be reached: FieldAccessTest.)
      JavaFileObject base = source("common.Base",
          "package common;",
          "@jakarta.persistence.MappedSuperclass",
          "@jakarta.persistence.Access(jakarta.persistence.AccessType.PROPERTY)",
          "public abstract class Base {",
          "  private Long key;",
          "  private String text;",
          "  @jakarta.persistence.Id public Long getId() { return key; }",
          "  public void setId(Long id) { key = id; }",
          "  protected String getNote() { return text; }",
          "  protected void setNote(String note) { text = note; }",
          "}");
      JavaFileObject shop = source("shop.Shop",
              "package shop;",
              "@jakarta.persistence.Entity",
              "public class Shop extends common.Base {",
              "}");
      Compilation firstPass = ProcessorRun.compile(Map.of(), List.of(base, shop));
      assertThat(firstPass).succeededWithoutWarnings();
      List<JavaFileObject> sources = new ArrayList<>(List.of(base, shop));
      sources.addAll(ProcessorRun.sources(Protoc.generateJava(ProcessorRun.protos(firstPass),
          Path.of("does-not-exist"))));

      Compilation secondPass = ProcessorRun.compileFully(Map.of(), sources);

      assertThat(secondPass).succeeded();
      assertThat(secondPass).hadWarningCount(2);
      assertThat(secondPass)
          .hadWarningContaining("[JP130] the generated mapper cannot read attribute Base.note: it has no getter "
              + "visible from package shop and no field it can reach (a field of a named module that does not open "
              + "its package), so toProto leaves field note unset. Fix: add a public getter, open the field's "
              + "package to the mapper's module (\"opens <package>;\" in its module-info.java), or exclude the "
              + "attribute with @ProtoIgnore.")
          .inFile(base).onLineContaining("protected String getNote()");
      assertThat(secondPass)
          .hadWarningContaining("[JP133] the generated mapper cannot write attribute Base.note: it has no setter "
              + "visible from package shop and no non-final field it can reach (a final field, or one of a named "
              + "module that does not open its package), so fromProto leaves it unset and field note is lost on the "
              + "way in. Fix: add a setter, make the field non-final, open the field's package to the mapper's "
              + "module (\"opens <package>;\" in its module-info.java), or exclude the attribute with "
              + "@ProtoIgnore.")
          .inFile(base).onLineContaining("protected String getNote()");
    }

    @Test
    void anEntityFromALaterRoundIsAWarning() {
      JavaFileObject shop = entity("shop.Shop", "@Id Long id;");

      Compilation compilation = com.google.testing.compile.Compiler.javac()
          .withProcessors(new JpaProtoProcessor(), new LateEntityProcessor())
          .withOptions("-proc:only")
          .compile(shop);

      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningContaining("[JP131] late.Late appeared in a later annotation-processing "
          + "round (generated by another processor) and is not included");
    }
  }

  /** Stands in for another annotation processor that generates an entity, seen by jpaproto only in round 2. */
  @javax.annotation.processing.SupportedAnnotationTypes("*")
  static final class LateEntityProcessor extends javax.annotation.processing.AbstractProcessor {
    private boolean done;

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return javax.lang.model.SourceVersion.latestSupported();
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      if (!done) {
        done = true;
        try (java.io.Writer writer = processingEnv.getFiler().createSourceFile("late.Late").openWriter()) {
          writer.write("package late; @jakarta.persistence.Entity public class Late { @jakarta.persistence.Id Long id; }");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  // Mappers for entities of another module

  @Nested
  class ProtoMappersTrigger {
    @Test
    void listingAClassThatIsNotAnEntityIsAnError() {
      JavaFileObject config = source("api.Config",
          "package api;",
          "@io.jpaproto.ProtoMappers({String.class})",
          "public class Config {}");

      Compilation compilation = ProcessorRun.compile(Map.of(), List.of(config));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP132] @ProtoMappers lists java.lang.String, which is not an @Entity. "
              + "Fix: list only entity classes.")
          .inFile(config).onLineContaining("@io.jpaproto.ProtoMappers");
    }
  }

  // Providers, output and the safety net

  @Nested
  class Environment {

    @Test
    void providerListedButNotOnThePathFailsToLoad(@TempDir Path services) {
      JpaProtoProcessor processor = new JpaProtoProcessor(ProviderClassLoaders.listing(services, "no.such.Provider"));

      Compilation compilation = ProcessorRun.compile(processor, protoDirOption(),
          List.of(entity("shop.Shop", "@Id Long id;")));

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("[JP118] type-mapping provider");
      assertThat(compilation).hadErrorContaining("Provider no.such.Provider not found");
      assertThat(compilation).hadErrorContaining(
          "Fix: fix or remove the provider from the annotation processor path.");
      assertNothingWritten();
    }

    @Test
    void protoDirBelowARegularFileCannotBeWritten(@TempDir Path work) throws IOException {
      Path blocker = Files.writeString(work.resolve("blocker"), "a file, not a directory");
      Path unwritable = blocker.resolve("protos");
      JavaFileObject shop = entity("shop.Shop", "@Id Long id;");

      Compilation compilation = ProcessorRun.compile(
          Map.of("jpaproto.protoDir", unwritable.toString()), List.of(shop));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP119] could not write " + unwritable.resolve("shop/v1/shop.proto"))
          .inFile(shop).onLineContaining("public class Shop");
      assertThat(compilation).hadErrorContaining(
          "Fix: check that the directory is writable and the path is right.");
      assertTrue(Files.isRegularFile(blocker));
    }

    /**
     * JP199 is the safety net for exceptions nothing else handles. The only inputs found that reach it are bugs (see
     * the disabled tests); this one injects a failure through the provider class-loader seam, a class loader that
     * throws while the processor looks for providers.
     */
    @Test
    void unexpectedExceptionBecomesAnInternalErrorInsteadOfCrashingJavac() {
      JpaProtoProcessor processor = new JpaProtoProcessor(
          ProviderClassLoaders.failingWith(new IllegalStateException("class path exploded")));

      Compilation compilation = ProcessorRun.compile(processor, protoDirOption(),
          List.of(entity("shop.Shop", "@Id Long id;")));

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining(
          "[JP199] internal error while processing the entities: java.lang.IllegalStateException: class path exploded");
      assertThat(compilation).hadErrorContaining(
          "Fix: please report this at https://github.com/jpaproto/jpaproto/issues with the entity that triggers it.");
      assertNothingWritten();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Notes, robustness, what is ignored

  @Nested
  class Behaviour {

    @Test
    void verboseModeNotesTheRuleBehindEveryAttribute() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "String name;",
          "@Column(columnDefinition = \"BIGINT\") Integer visits;");

      Compilation compilation = ProcessorRun.compile(Map.of("jpaproto.verbose", "true"), List.of(shop));

      assertThat(compilation).succeeded();
      assertThat(compilation)
          .hadNoteContaining("[JP001] attribute Shop.id -> int64 via as is (rule: default)")
          .inFile(shop).onLineContaining("Long id;");
      assertThat(compilation)
          .hadNoteContaining("[JP001] attribute Shop.name -> string via as is (rule: default)")
          .inFile(shop).onLineContaining("String name;");
      assertThat(compilation)
          .hadNoteContaining("[JP001] attribute Shop.visits -> int64 via Int64Conversions.fromInt/toInt "
              + "(rule: default when columnDefinition ~ /")
          .inFile(shop).onLineContaining("Integer visits;");
      assertThat(compilation).hadNoteContaining("[JP002] wrote shop/v1/shop.proto");
      assertThat(compilation).hadNoteContaining("[JP003] no mappers written for Shop");
      assertThat(compilation).hadNoteCount(5);
    }

    @Test
    void withoutVerboseModeTheOnlyNoteSaysWhyNoMapperWasWritten() {
      Compilation compilation = ProcessorRun.compile(Map.of(), List.of(entity("shop.Shop",
          "@Id Long id;",
          "String name;")));

      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation).hadNoteContaining("[JP003] no mappers written for Shop: their message classes (such as "
          + "shop.proto.Shop) are not on the class path yet");
      assertThat(compilation).hadNoteCount(1);
    }

    @Test
    void theNoteAboutMissingMessageClassesNamesTenEntitiesAndCountsTheRest() {
      List<JavaFileObject> shops = new ArrayList<>();
      for (int i = 10; i < 22; i++) {
        shops.add(entity("shop.Shop" + i, "@Id Long id;"));
      }

      Compilation compilation = ProcessorRun.compile(Map.of(), shops);

      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation).hadNoteContaining("[JP003] no mappers written for Shop10, Shop11, Shop12, Shop13, Shop14, "
          + "Shop15, Shop16, Shop17, Shop18, Shop19 and 2 more: their message classes (such as shop.proto.Shop10) are "
          + "not on the class path yet");
    }

    @Test
    void timingModeReportsWhatTheProcessorCostTheCompileStageByStage() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "String name;");

      Compilation timed = ProcessorRun.compile(Map.of("jpaproto.timing", "true"), List.of(shop));

      assertThat(timed).succeededWithoutWarnings();
      assertThat(timed).hadNoteContaining("[JP005] jpaproto took ");
      assertThat(timed).hadNoteContaining("in this compile; by stage (CPU time): finding annotated elements ");
      assertThat(timed).hadNoteContaining(", reading entities ");
      assertThat(timed).hadNoteContaining(", writing protos ");
      assertThat(timed).hadNoteCount(2);
      long reported = timed.notes().stream()
          .filter(note -> note.getMessage(java.util.Locale.ROOT).contains("[JP005]"))
          .count();
      org.junit.jupiter.api.Assertions.assertEquals(1, reported, "JP005 is reported once, when processing is over");

      Compilation untimed = ProcessorRun.compile(Map.of(), List.of(shop));
      assertThat(untimed).hadNoteCount(1);
      org.junit.jupiter.api.Assertions.assertTrue(untimed.notes().stream()
          .noneMatch(note -> note.getMessage(java.util.Locale.ROOT).contains("[JP005]")));
    }

    @Test
    void errorInOneEntityDoesNotHideTheErrorsOfAnother() {
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "java.io.Serializable payload;");
      JavaFileObject invoice = entity("billing.Invoice",
          "@Id Long id;",
          "@ProtoField(name = \"BadName\")",
          "String code;");

      Compilation compilation = compileWithProtoDir(shop, invoice);

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(2);
      assertThat(compilation)
          .hadErrorContaining("[JP101] attribute Shop.payload")
          .inFile(shop).onLineContaining("java.io.Serializable payload;");
      assertThat(compilation)
          .hadErrorContaining("[JP108] attribute Invoice.code")
          .inFile(invoice).onLineContaining("@ProtoField(name = \"BadName\")");
      assertNothingWritten();
    }

    @Test
    void nonEntityClassesAndNonPersistentMembersNeverReachTheOutput() {
      JavaFileObject helper = source("shop.Helper",
          "package shop;",
          "import io.jpaproto.ProtoField;",
          "public class Helper {",
          "  @ProtoField(name = \"NotSnake\", number = -1) java.util.Currency helperCurrency;",
          "  @jakarta.persistence.ManyToOne Object helperOwner;",
          "  java.util.List<String> helperTags;",
          "}");
      JavaFileObject shop = entity("shop.Shop",
          "@Id Long id;",
          "static java.util.Currency staticCurrency;",
          "transient java.util.Currency transientCurrency;",
          "@Transient java.util.Currency annotatedCurrency;",
          "@ProtoIgnore String passwordHash;",
          "String name;");

      Compilation compilation = ProcessorRun.compile(Map.of(), List.of(helper, shop));

      assertThat(compilation).succeededWithoutWarnings();
      Map<String, String> protos = ProcessorRun.protos(compilation);
      assertEquals(List.of("shop/v1/shop.proto"), List.copyOf(protos.keySet()));
      String proto = protos.get("shop/v1/shop.proto");
      assertTrue(proto.contains("message Shop {"), proto);
      assertTrue(ProtoLines.declares(proto, "optional string name = 2"), "ignored members take no field number:\n" + proto);
      for (String absent : new String[] {"Helper", "helper", "currency", "password"}) {
        assertFalse(proto.contains(absent), absent + " leaked into\n" + proto);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Services (@ProtoService)

  @Nested
  class Services {

    @Test
    void serviceOnAClassThatIsNotAConcreteEntityIsAnError() {
      JavaFileObject base = source("shop.Base",
          "package shop;",
          "@jakarta.persistence.MappedSuperclass",
          "@io.jpaproto.ProtoService",
          "public abstract class Base { @jakarta.persistence.Id Long id; }");
      JavaFileObject withBase = source("shop.Shop",
          "package shop;",
          "@jakarta.persistence.Entity public class Shop extends Base { String name; }");

      Compilation compilation = compileWithProtoDir(base, withBase);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP150] @ProtoService is on shop.Base, which is not a concrete @Entity")
          .inFile(base).onLineContaining("@io.jpaproto.ProtoService");
      assertThat(compilation).hadErrorContaining("Fix: put it on a concrete @Entity class, or on package-info.java "
          + "to serve every entity of the package.");
      assertNothingWritten();
    }

    @Test
    void serviceOnAPlainClassIsAnErrorEvenWithoutAnyEntity() {
      JavaFileObject helper = source("shop.Helper",
          "package shop;",
          "@io.jpaproto.ProtoService",
          "public class Helper {}");

      Compilation compilation = compileWithProtoDir(helper);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP150] @ProtoService is on shop.Helper")
          .inFile(helper).onLineContaining("@io.jpaproto.ProtoService");
    }

    @Test
    void pluralOnAPackageIsAnError() {
      JavaFileObject info = packageInfo("shop", "@io.jpaproto.ProtoService(plural = \"Shops\")");

      Compilation compilation = compileWithProtoDir(info, entity("shop.Shop", "@Id Long id;"));

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP151] @ProtoService on package shop sets plural \"Shops\", but a plural belongs to "
              + "one entity")
          .inFile(info).onLineContaining("@io.jpaproto.ProtoService(plural = \"Shops\")");
      assertThat(compilation).hadErrorContaining("Fix: remove plural here and set it on the entity that needs it");
      assertNothingWritten();
    }

    @Test
    void pluralThatIsNotPascalCaseIsAnError() {
      JavaFileObject shop = source("shop.Shop",
          "package shop;",
          "import jakarta.persistence.*;",
          "@Entity",
          "@io.jpaproto.ProtoService(plural = \"shops\")",
          "public class Shop { @Id Long id; }");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP152] shop.Shop asks for plural \"shops\", which is not PascalCase")
          .inFile(shop).onLineContaining("@io.jpaproto.ProtoService(plural = \"shops\")");
      assertThat(compilation).hadErrorContaining("such as \"People\", or leave plural empty to derive it.");
      assertNothingWritten();
    }

    @Test
    void entityWhoseIdIsProtoIgnoredCannotHaveAService() {
      JavaFileObject shop = source("shop.Shop",
          "package shop;",
          "import jakarta.persistence.*;",
          "@Entity",
          "@io.jpaproto.ProtoService",
          "public class Shop {",
          "  @Id @io.jpaproto.ProtoIgnore Long id;",
          "  String name;",
          "}");

      Compilation compilation = compileWithProtoDir(shop);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP153] shop.Shop cannot have a service: its id id is excluded with @ProtoIgnore, "
              + "and a service needs it to find entities")
          .inFile(shop).onLineContaining("@io.jpaproto.ProtoService");
      assertThat(compilation).hadErrorContaining("Fix: give the entity a single @Id of a scalar type (a number, a "
          + "string or a UUID) that its message publishes, or opt it out with @ProtoService(false).");
      assertNothingWritten();
    }

    @Test
    void entityWithAnEmbeddedIdCannotHaveAServiceFromItsPackage() {
      JavaFileObject info = packageInfo("shop", "@io.jpaproto.ProtoService");
      JavaFileObject key = source("shop.LineKey",
          "package shop;",
          "@jakarta.persistence.Embeddable public class LineKey { Long order; Integer line; }");
      JavaFileObject line = entity("shop.Line", "@EmbeddedId LineKey key;");

      Compilation compilation = compileWithProtoDir(info, key, line);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP153] shop.Line cannot have a service: its id key is an @EmbeddedId")
          .inFile(line).onLineContaining("public class Line");
      assertNothingWritten();
    }

    @Test
    void generatedNameThatAMessageOfThePackageHasIsAClash() {
      JavaFileObject book = source("shop.Book",
          "package shop;",
          "import jakarta.persistence.*;",
          "@Entity",
          "@io.jpaproto.ProtoService",
          "public class Book { @Id Long id; }");
      JavaFileObject filter = entity("shop.BookFilter", "@Id Long id;");

      Compilation compilation = compileWithProtoDir(book, filter);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP154] the service of shop.Book would define BookFilter, which the message of "
              + "shop.BookFilter already defines in proto package shop.v1")
          .inFile(book).onLineContaining("@io.jpaproto.ProtoService");
      assertThat(compilation).hadErrorContaining("Fix: rename one of them with @ProtoMessage(name = \"...\"), choose "
          + "another plural with @ProtoService(plural = \"...\"), or opt the entity out with @ProtoService(false).");
      assertNothingWritten();
    }

    @Test
    void serviceClassesWithoutTheBaseClassAreAnErrorNamingTheDependency() {
      JavaFileObject shop = source("shop.Shop",
          "package shop;",
          "import jakarta.persistence.*;",
          "@Entity",
          "@io.jpaproto.ProtoService",
          "public class Shop { @Id Long id; }");
      // What grpc-java generates, as far as the processor looks at it.
      JavaFileObject grpc = source("shop.proto.ShopServiceGrpc",
          "package shop.proto;",
          "public final class ShopServiceGrpc {}");
      List<java.io.File> withoutJpaprotoGrpc = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
        if (!entry.contains("jpaproto-grpc") && !entry.replace('\\', '/').contains("/grpc/target/")) {
          withoutJpaprotoGrpc.add(new java.io.File(entry));
        }
      }

      Compilation compilation = com.google.testing.compile.Compiler.javac()
          .withProcessors(new JpaProtoProcessor())
          .withClasspath(withoutJpaprotoGrpc)
          .withOptions("-proc:only")
          .compile(shop, grpc);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[JP155] shop.proto.ShopServiceGrpc is on the class path, but "
              + "io.jpaproto.grpc.JpaCrudService is not, so shop.ShopJpaService cannot be written")
          .inFile(shop).onLineContaining("public class Shop");
      assertThat(compilation).hadErrorContaining("Fix: add the dependency io.jpaproto:jpaproto-grpc.");
    }

    @Test
    void beforeGrpcJavaHasRunANoteSaysWhyNoServiceClassWasWritten() {
      Compilation compilation = ProcessorRun.compile(Map.of(), List.of(source("shop.Shop",
          "package shop;",
          "import jakarta.persistence.*;",
          "@Entity",
          "@io.jpaproto.ProtoService",
          "public class Shop { @Id Long id; }")));

      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation).hadNoteContaining("[JP004] no JpaService written for Shop: their gRPC classes (such as "
          + "shop.proto.ShopServiceGrpc) are not on the class path yet");
      assertEquals(List.of("shop/v1/shop.proto", "shop/v1/shop_service.proto"),
          List.copyOf(ProcessorRun.protos(compilation).keySet()));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Processor options

  @Nested
  class Options {
    @Test
    void aMisspeltOptionIsAnErrorNamingTheClosestOne() {
      Compilation compilation = ProcessorRun.compile(
          Map.of("jpaproto.protodir", protoDir.toString()), List.of(entity("shop.Shop", "@Id Long id;")));

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[JP143] -Ajpaproto.protodir is not an option of jpaproto, so the "
          + "build would silently ignore it. Fix: did you mean -Ajpaproto.protoDir? The options are "
          + "jpaproto.protoDir, jpaproto.lockFile, jpaproto.check,");
      assertWithoutElement(compilation, "[JP143]");
    }

    @Test
    void aTypoInAnOptionNameNamesTheIntendedOne() {
      Compilation compilation = ProcessorRun.compile(
          Map.of("jpaproto.chek", "true", "jpaproto.protoDir", protoDir.toString()),
          List.of(entity("shop.Shop", "@Id Long id;")));

      assertThat(compilation).failed();
      assertWithoutElement(compilation, "[JP143] -Ajpaproto.chek is not an option of jpaproto");
      assertThat(compilation).hadErrorContaining("Fix: did you mean -Ajpaproto.check?");
      assertNothingWritten();
    }

    @Test
    void anUnknownOptionIsAnErrorEvenWithoutEntities() {
      Compilation compilation = ProcessorRun.compile(Map.of("jpaproto.secret", "warn"),
          List.of(source("shop.Plain", "package shop;", "public class Plain { }")));

      assertWithoutElement(compilation, "[JP143] -Ajpaproto.secret is not an option of jpaproto");
      assertThat(compilation).hadErrorContaining("did you mean -Ajpaproto.secrets?");
    }

    @Test
    void optionsOfOtherProcessorsAreLeftAlone() {
      Compilation compilation = ProcessorRun.compile(Map.of("mapstruct.defaultComponentModel", "spring"),
          List.of(entity("shop.Shop", "@Id Long id;")));
      assertThat(compilation).succeeded();
      assertThat(compilation).hadErrorCount(0);
    }

    @Test
    void aValueAnOptionDoesNotAcceptIsAnErrorNamingTheValuesItDoes() {
      Compilation compilation = ProcessorRun.compile(
          Map.of("jpaproto.check", "maybe", "jpaproto.protoDir", protoDir.toString()),
          List.of(entity("shop.Shop", "@Id Long id;")));

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[JP144] -Ajpaproto.check=maybe is not a value this option "
          + "accepts. Fix: use true or false.");
      assertWithoutElement(compilation, "[JP144]");
      assertNothingWritten();
    }

    @Test
    void everyOptionWithAFixedSetOfValuesIsChecked() {
      Map<String, String> expected = Map.of(
          "jpaproto.secrets", "use error or warn",
          "jpaproto.verbose", "use true or false",
          "jpaproto.javadoc", "use true or false",
          "jpaproto.packageVersion", "use a lower-case proto package segment",
          "jpaproto.javaPackageSuffix", "use a Java package segment");
      expected.forEach((option, fix) -> {
        Compilation compilation = ProcessorRun.compile(Map.of(option, "Not Valid!"),
            List.of(entity("shop.Shop", "@Id Long id;")));
        assertThat(compilation).hadErrorContaining("[JP144] -A" + option + "=Not Valid! is not a value");
        assertThat(compilation).hadErrorContaining(fix);
      });
      // Accepted spellings.
      assertThat(ProcessorRun.compile(Map.of("jpaproto.secrets", "WARN", "jpaproto.packageVersion", "",
          "jpaproto.verbose", "TRUE"), List.of(entity("shop.Shop", "@Id Long id;")))).succeeded();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  private Compilation compileWithProtoDir(JavaFileObject... sources) {
    return ProcessorRun.compile(protoDirOption(), List.of(sources));
  }

  private Map<String, String> protoDirOption() {
    return Map.of("jpaproto.protoDir", protoDir.toString());
  }

  /** The processor wrote no proto file (checked in the proto directory, which gets a copy of every proto file). */
  private void assertNothingWritten() {
    try (Stream<Path> files = Files.walk(protoDir)) {
      List<Path> written = files.filter(file -> file.toString().endsWith(".proto")).toList();
      assertEquals(List.of(), written, "proto files written despite an error");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** An error containing {@code text} was reported on no element: it is about the build, not about a source. */
  private static void assertWithoutElement(Compilation compilation, String text) {
    List<Diagnostic<? extends JavaFileObject>> matching = compilation.errors().stream()
        .filter(error -> error.getMessage(null).contains(text))
        .toList();
    assertEquals(1, matching.size(), "errors containing " + text + ": " + compilation.errors());
    assertEquals(null, matching.get(0).getSource(), "the error is about the options, not about a source file");
  }

  private static void assertNoErrorContaining(Compilation compilation, String text) {
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(null);
      assertFalse(message.contains(text), "unexpected error: " + message);
    }
  }

  /** {@code package x; imports; @Entity public class Name { members }}, one member per line. */
  private static JavaFileObject entity(String qualifiedName, String... members) {
    int dot = qualifiedName.lastIndexOf('.');
    List<String> lines = new ArrayList<>();
    lines.add("package " + qualifiedName.substring(0, dot) + ";");
    lines.add("import io.jpaproto.*;");
    lines.add("import jakarta.persistence.*;");
    lines.add("@Entity");
    lines.add("public class " + qualifiedName.substring(dot + 1) + " {");
    for (String member : members) {
      lines.add("  " + member);
    }
    lines.add("}");
    return source(qualifiedName, lines.toArray(new String[0]));
  }

  /** An entity with {@code @ProtoMessage(name = protoName)}. */
  private static JavaFileObject namedEntity(String qualifiedName, String protoName) {
    int dot = qualifiedName.lastIndexOf('.');
    return source(qualifiedName,
        "package " + qualifiedName.substring(0, dot) + ";",
        "import jakarta.persistence.*;",
        "@Entity",
        "@io.jpaproto.ProtoMessage(name = \"" + protoName + "\")",
        "public class " + qualifiedName.substring(dot + 1) + " {",
        "  @Id Long id;",
        "}");
  }

  private static JavaFileObject packageInfo(String javaPackage, String annotation) {
    return source(javaPackage + ".package-info", annotation, "package " + javaPackage + ";");
  }

  private static JavaFileObject source(String qualifiedName, String... lines) {
    return ProcessorRun.source(qualifiedName, lines);
  }
}
