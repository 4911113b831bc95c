package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.jpaproto.processor.spi.AssertingTypeMappingProvider;
import io.jpaproto.processor.spi.BlankJavaTypeProvider;
import io.jpaproto.processor.spi.CurrencyTypeMappingProvider;
import io.jpaproto.processor.spi.ErrorThrowingTypeMappingProvider;
import io.jpaproto.processor.spi.NullTypeMappingProvider;
import io.jpaproto.processor.spi.ProviderClassLoaders;
import io.jpaproto.processor.spi.ThrowingTypeMappingProvider;
import io.jpaproto.spi.TypeMappingProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link TypeMappingProvider} SPI. Providers are handed to the processor through its package-private
 * {@code JpaProtoProcessor(ClassLoader)} seam: a class loader over a temporary {@code META-INF/services} file, so no
 * provider is registered on the test class path (where it would leak into every other test).
 */
class TypeMappingProviderTest {
  @TempDir
  Path services;

  @Test
  void providerRuleWinsOverTheDefaultRow() {
    Compilation compilation = compile(Map.of("jpaproto.verbose", "true"),
        List.of(CurrencyTypeMappingProvider.class), shop());

    assertThat(compilation).succeeded();
    String proto = ProcessorRun.protos(compilation).get("shop/v1/shop.proto");
    assertTrue(ProtoLines.declares(proto, "optional string currency = 2"), proto);
    assertThat(compilation).hadNoteContaining(
        "[JP001] attribute Shop.currency -> string via converter " + CurrencyTypeMappingProvider.CONVERTER
            + " (rule: provider " + CurrencyTypeMappingProvider.class.getName() + ")");
  }

  @Test
  void withoutTheProviderTheDefaultRowApplies() {
    Compilation compilation = compile(Map.of("jpaproto.verbose", "true"), List.of(), shop());

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining(
        "[JP001] attribute Shop.currency -> string via TextConversions.fromCurrency/toCurrency (rule: default)");
  }

  @Test
  void projectRuleWinsOverAProviderRuleForTheSameType() {
    JavaFileObject rule = ProcessorRun.source("shop.package-info",
        "@io.jpaproto.ProtoTypeMapping(javaType = java.util.Currency.class, protoType = \"bytes\",",
        "    converter = shop.CurrencyBytes.class)",
        "package shop;");
    JavaFileObject converter = ProcessorRun.source("shop.CurrencyBytes",
        "package shop;",
        "public class CurrencyBytes implements io.jpaproto.convert.Converter<java.util.Currency, byte[]> {",
        "  @Override public byte[] toProto(java.util.Currency value) { return value.getCurrencyCode().getBytes(); }",
        "  @Override public java.util.Currency fromProto(byte[] value) {",
        "    return java.util.Currency.getInstance(new String(value));",
        "  }",
        "}");

    Compilation compilation = compile(Map.of("jpaproto.verbose", "true"),
        List.of(CurrencyTypeMappingProvider.class), rule, converter, shop());

    assertThat(compilation).succeeded();
    String proto = ProcessorRun.protos(compilation).get("shop/v1/shop.proto");
    assertTrue(ProtoLines.declares(proto, "optional bytes currency = 2"), proto);
    assertFalse(proto.contains("string currency"), proto);
    assertThat(compilation).hadNoteContaining(
        "[JP001] attribute Shop.currency -> bytes via converter shop.CurrencyBytes (rule: @ProtoTypeMapping on package shop)");
  }

  @Test
  void providerThatThrowsIsReportedByClassName() {
    Compilation compilation = compile(Map.of(), List.of(ThrowingTypeMappingProvider.class), shop());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "[JP118] type-mapping provider " + ThrowingTypeMappingProvider.class.getName() + " failed: "
            + "java.lang.IllegalStateException: " + ThrowingTypeMappingProvider.FAILURE);
    assertThat(compilation).hadErrorContaining(
        "Fix: fix or remove the provider from the annotation processor path.");
  }

  @Test
  void failingProviderDoesNotStopTheOthers() {
    Compilation compilation = compile(Map.of(),
        List.of(ThrowingTypeMappingProvider.class, CurrencyTypeMappingProvider.class), shop());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[JP118] type-mapping provider "
        + ThrowingTypeMappingProvider.class.getName());
  }

  @Test
  void providerReturningNullIsReportedByClassName() {
    Compilation compilation = compile(Map.of(), List.of(NullTypeMappingProvider.class), shop());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "[JP118] type-mapping provider " + NullTypeMappingProvider.class.getName() + " failed");
    assertNoErrorContaining(compilation, "[JP199]");
  }

  @Test
  void providerMissingADependencyIsReportedByClassName() {
    Compilation compilation = compile(Map.of(), List.of(ErrorThrowingTypeMappingProvider.class), shop());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "[JP118] type-mapping provider " + ErrorThrowingTypeMappingProvider.class.getName() + " failed");
    assertThat(compilation).hadErrorContaining(ErrorThrowingTypeMappingProvider.MISSING_CLASS);
    assertNoErrorContaining(compilation, "[JP199]");
  }

  @Test
  void providerThrowingAnAssertionErrorIsReportedInsteadOfCrashingJavac() {
    Compilation compilation = compile(Map.of(), List.of(AssertingTypeMappingProvider.class), shop());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "[JP118] type-mapping provider " + AssertingTypeMappingProvider.class.getName() + " failed");
  }

  @Test
  void providerRuleWithoutAJavaTypeSaysSo() {
    Compilation compilation = compile(Map.of(), List.of(BlankJavaTypeProvider.class), shop());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "[JP117] type-mapping rule provider " + BlankJavaTypeProvider.class.getName() + " is invalid");
    assertThat(compilation).hadErrorContaining("javaType");
    assertNoErrorContaining(compilation, "proto type \"string\" is neither");
  }

  private Compilation compile(Map<String, String> options, List<Class<? extends TypeMappingProvider>> providers,
      JavaFileObject... sources) {
    String[] names = providers.stream().map(Class::getName).toArray(String[]::new);
    ClassLoader loader = ProviderClassLoaders.listing(services, names);
    return ProcessorRun.compile(new JpaProtoProcessor(loader), options, List.of(sources));
  }

  private static JavaFileObject shop() {
    return ProcessorRun.source("shop.Shop",
        "package shop;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Shop {",
        "  @Id Long id;",
        "  java.util.Currency currency;",
        "}");
  }

  private static void assertNoErrorContaining(Compilation compilation, String text) {
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(null);
      assertFalse(message.contains(text), "unexpected error: " + message);
    }
  }
}
