package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagnostics of JPA attribute converters (JP160 to JP164), one test each: the id, the message and its fix, the
 * line it points at, and that nothing is written. (A {@code @Convert} class that is no {@code AttributeConverter} at
 * all is javac's own error: the element is a {@code Class<? extends AttributeConverter>}.) A converter the mapper can use is covered by the golden case
 * {@code converters} and the realistic model {@code documents}.
 */
class AttributeConverterDiagnosticsTest {
  @TempDir
  Path protoDir;

  @Test
  void converterToAnUnmappableDatabaseTypeIsAnErrorNamingTheFix() {
    JavaFileObject converter = converter("shop.BytesHolderConverter", "Object", "java.io.Serializable");
    JavaFileObject shop = entity("shop.Shop",
        "@Id Long id;",
        "@Convert(converter = BytesHolderConverter.class)",
        "Object settings;");

    Compilation compilation = compile(shop, converter);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP160] attribute Shop.settings is converted by shop.BytesHolderConverter to "
            + "java.io.Serializable, which jpaproto cannot map to a proto type")
        .inFile(shop).onLineContaining("Object settings;");
    assertThat(compilation).hadErrorContaining("Fix: convert to a type of the default table (String, a number, a "
        + "UUID, java.time, byte[], ...), add a @ProtoTypeMapping rule for java.io.Serializable, or exclude the "
        + "attribute with @ProtoIgnore.");
    assertNothingWritten();
  }

  @Test
  void converterWithoutAPublicNoArgumentConstructorIsAnError() {
    JavaFileObject converter = ProcessorRun.source("shop.CodeConverter",
        "package shop;",
        "public class CodeConverter implements jakarta.persistence.AttributeConverter<Object, String> {",
        "  public CodeConverter(String prefix) {}",
        "  public String convertToDatabaseColumn(Object value) { return String.valueOf(value); }",
        "  public Object convertToEntityAttribute(String text) { return text; }",
        "}");
    JavaFileObject shop = entity("shop.Shop",
        "@Id Long id;",
        "@Convert(converter = CodeConverter.class)",
        "Object code;");

    Compilation compilation = compile(shop, converter);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[JP161] attribute Shop.code is converted by shop.CodeConverter, which the generated "
            + "mapper cannot create as JPA does: it has no public no-argument constructor")
        .inFile(shop).onLineContaining("@Convert(converter = CodeConverter.class)");
    assertThat(compilation).hadErrorContaining("Fix: make CodeConverter a public, non-abstract (static, if nested) "
        + "class with a public no-argument constructor.");
    assertNothingWritten();
  }

  @Test
  void abstractConverterIsAnError() {
    JavaFileObject converter = ProcessorRun.source("shop.AbstractCodeConverter",
        "package shop;",
        "public abstract class AbstractCodeConverter",
        "    implements jakarta.persistence.AttributeConverter<Object, String> {",
        "  public String convertToDatabaseColumn(Object value) { return String.valueOf(value); }",
        "}");
    JavaFileObject shop = entity("shop.Shop",
        "@Id Long id;",
        "@Convert(converter = AbstractCodeConverter.class)",
        "Object code;");

    Compilation compilation = compile(shop, converter);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP161] attribute Shop.code is converted by "
        + "shop.AbstractCodeConverter, which the generated mapper cannot create as JPA does: it is abstract")
        .inFile(shop).onLineContaining("@Convert(converter = AbstractCodeConverter.class)");
    assertNothingWritten();
  }

  @Test
  void converterOfAnotherTypeIsAnError() {
    JavaFileObject converter = converter("shop.NumberConverter", "Integer", "String");
    JavaFileObject shop = entity("shop.Shop",
        "@Id Long id;",
        "@Convert(converter = NumberConverter.class)",
        "java.util.UUID code;");

    Compilation compilation = compile(shop, converter);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP162] attribute Shop.code names the converter "
        + "shop.NumberConverter, which converts java.lang.Integer, not the attribute's java.util.UUID")
        .inFile(shop).onLineContaining("@Convert(converter = NumberConverter.class)");
    assertThat(compilation).hadErrorContaining("Fix: name a class implementing "
        + "jakarta.persistence.AttributeConverter<X, Y> whose X is the attribute's type, or remove the @Convert; "
        + "shop.NumberConverter cannot convert this attribute.");
    assertNothingWritten();
  }

  @Test
  void genericConverterClassIsAnErrorNamingTheSubclassFix() {
    JavaFileObject converter = ProcessorRun.source("shop.ListConverter",
        "package shop;",
        "public class ListConverter<E> implements jakarta.persistence.AttributeConverter<java.util.List<E>, String> {",
        "  public String convertToDatabaseColumn(java.util.List<E> value) { return String.valueOf(value); }",
        "  public java.util.List<E> convertToEntityAttribute(String text) { return null; }",
        "}");
    JavaFileObject shop = entity("shop.Shop",
        "@Id Long id;",
        "@Convert(converter = ListConverter.class)",
        "java.util.List<String> codes;");

    Compilation compilation = compile(shop, converter);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP163] attribute Shop.codes is converted by shop.ListConverter, "
        + "whose types jpaproto cannot tell: it implements AttributeConverter<java.util.List<E>, java.lang.String>")
        .inFile(shop).onLineContaining("@Convert(converter = ListConverter.class)");
    assertThat(compilation).hadErrorContaining("Fix: give the converter concrete type arguments, for a generic "
        + "converter through a subclass such as class RoleListConverter extends EnumListConverter<Role>.");
    assertNothingWritten();
  }

  @Test
  void convertOfAnEmbeddablesAttributeIsAnErrorNamingWhereItGoes() {
    JavaFileObject converter = converter("shop.UpperCaseConverter", "String", "String");
    JavaFileObject address = ProcessorRun.source("shop.Address",
        "package shop;",
        "@jakarta.persistence.Embeddable",
        "public class Address { String city; }");
    JavaFileObject shop = entity("shop.Shop",
        "@Id Long id;",
        "@Embedded",
        "@Convert(attributeName = \"city\", converter = UpperCaseConverter.class)",
        "Address address;");

    Compilation compilation = compile(shop, converter, address);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP164] attribute Shop.address has @Convert(attributeName = "
        + "\"city\"), which names an attribute of the embeddable shop.Address, which jpaproto maps once for every use")
        .inFile(shop).onLineContaining("@Convert(attributeName = \"city\"");
    assertThat(compilation).hadErrorContaining("Fix: put the @Convert on the embeddable's own attribute");
    assertNothingWritten();
  }

  @Test
  void convertOfTheKeyOfSomethingThatIsNoMapIsAnError() {
    JavaFileObject converter = converter("shop.UpperCaseConverter", "String", "String");
    JavaFileObject shop = entity("shop.Shop",
        "@Id Long id;",
        "@ElementCollection",
        "@Convert(attributeName = \"key\", converter = UpperCaseConverter.class)",
        "java.util.List<String> tags;");

    Compilation compilation = compile(shop, converter);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP164] attribute Shop.tags has @Convert(attributeName = \"key\"), "
        + "which names the key of something that is not a Map")
        .inFile(shop).onLineContaining("@Convert(attributeName = \"key\"");
    assertNothingWritten();
  }

  @Test
  void typeWithoutARuleStillNamesTheConverterFix() {
    JavaFileObject shop = entity("shop.Shop",
        "@Id Long id;",
        "java.io.Serializable payload;");

    Compilation compilation = compile(shop);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[JP101] attribute Shop.payload has type java.io.Serializable")
        .inFile(shop).onLineContaining("java.io.Serializable payload;");
    assertThat(compilation).hadErrorContaining("convert it with a JPA @Convert(converter = ...) to a type jpaproto "
        + "maps");
    assertNothingWritten();
  }

  @Test
  void disabledConversionMapsTheAttributeAsItIs() {
    JavaFileObject converter = ProcessorRun.source("shop.YesNoConverter",
        "package shop;",
        "@jakarta.persistence.Converter(autoApply = true)",
        "public class YesNoConverter implements jakarta.persistence.AttributeConverter<Boolean, String> {",
        "  public String convertToDatabaseColumn(Boolean value) { return value ? \"Y\" : \"N\"; }",
        "  public Boolean convertToEntityAttribute(String text) { return \"Y\".equals(text); }",
        "}");
    JavaFileObject shop = entity("shop.Shop",
        "@Id Long id;",
        "Boolean archived;",
        "@Convert(disableConversion = true)",
        "Boolean pinned;");

    Compilation compilation = compile(shop, converter);

    assertThat(compilation).succeededWithoutWarnings();
    String proto = ProcessorRun.protos(compilation).values().iterator().next();
    org.junit.jupiter.api.Assertions.assertTrue(ProtoLines.declares(proto, "optional string archived = 2"), proto);
    org.junit.jupiter.api.Assertions.assertTrue(ProtoLines.declares(proto, "optional bool pinned = 3"), proto);
  }

  // ---------------------------------------------------------------------------------------------------------------

  private Compilation compile(JavaFileObject... sources) {
    return ProcessorRun.compile(Map.of("jpaproto.protoDir", protoDir.toString()), List.of(sources));
  }

  private void assertNothingWritten() {
    try (Stream<Path> files = Files.walk(protoDir)) {
      List<Path> written = files.filter(file -> file.toString().endsWith(".proto")).toList();
      assertEquals(List.of(), written, "proto files written despite an error");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JavaFileObject converter(String qualifiedName, String entitySide, String databaseSide) {
    int dot = qualifiedName.lastIndexOf('.');
    String simple = qualifiedName.substring(dot + 1);
    return ProcessorRun.source(qualifiedName,
        "package " + qualifiedName.substring(0, dot) + ";",
        "public class " + simple + " implements jakarta.persistence.AttributeConverter<" + entitySide + ", "
            + databaseSide + "> {",
        "  public " + databaseSide + " convertToDatabaseColumn(" + entitySide + " value) { return null; }",
        "  public " + entitySide + " convertToEntityAttribute(" + databaseSide + " value) { return null; }",
        "}");
  }

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
    return ProcessorRun.source(qualifiedName, lines.toArray(new String[0]));
  }
}
