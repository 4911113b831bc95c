package io.jpaproto.processor.schema;

import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * Decides where the types of a Java package go: proto package, {@code java_package} and file path. Defaults:
 * {@code com.acme.shop} -> package {@code com.acme.shop.v1}, {@code java_package = "com.acme.shop.proto"}, file
 * {@code com/acme/shop/v1/shop.proto}; {@code @ProtoPackage} on {@code package-info.java} overrides the first two.
 */
public final class PackageLayout {

  /**
   * Where one Java package's types go.
   *
   * @param javaSourcePackage the Java package of the entities
   * @param protoPackage the proto package
   * @param javaPackage the {@code java_package} of the generated message classes
   * @param path the file path below the proto root
   */
  public record Placement(String javaSourcePackage, String protoPackage, String javaPackage, String path) {
  }

  private final Elements elements;
  private final Annotations annotations;
  private final Reporter reporter;
  private final String version;
  private final String javaSuffix;
  private final Map<String, Placement> cache = new HashMap<>();

  public PackageLayout(Elements elements, Reporter reporter, String version, String javaSuffix) {
    this.elements = elements;
    this.annotations = new Annotations(elements);
    this.reporter = reporter;
    this.version = version;
    this.javaSuffix = javaSuffix;
  }

  /** The placement of a (named) Java package, or {@code null} after reporting an invalid {@code @ProtoPackage}. */
  public Placement placement(String javaPackage) {
    if (cache.containsKey(javaPackage)) {
      return cache.get(javaPackage);
    }
    Placement placement = resolve(javaPackage);
    cache.put(javaPackage, placement);
    return placement;
  }

  private Placement resolve(String javaPackage) {
    PackageElement element = elements.getPackageElement(javaPackage);
    AnnotationMirror mirror = element == null ? null : Annotations.find(element, Annotations.PROTO_PACKAGE);
    String protoPackage = defaultProtoPackage(javaPackage);
    String messagesPackage = javaPackage + "." + javaSuffix;
    if (mirror != null) {
      String requested = annotations.string(mirror, "value").trim();
      if (!requested.isEmpty()) {
        if (!Naming.isProtoPackage(requested)) {
          reporter.report(Diagnostic.INVALID_PACKAGE, element, mirror, "@ProtoPackage", "proto package", requested);
          return null;
        }
        protoPackage = requested;
      }
      String requestedJava = annotations.string(mirror, "javaPackage").trim();
      if (!requestedJava.isEmpty()) {
        if (!Naming.isJavaPackage(requestedJava)) {
          reporter.report(Diagnostic.INVALID_PACKAGE, element, mirror, "@ProtoPackage", "java_package", requestedJava);
          return null;
        }
        if (requestedJava.equals(javaPackage)) {
          reporter.report(Diagnostic.JAVA_PACKAGE_CLASH, element, mirror, "@ProtoPackage", requestedJava, javaPackage);
          return null;
        }
        messagesPackage = requestedJava;
      }
    }
    String lastSegment = javaPackage.substring(javaPackage.lastIndexOf('.') + 1);
    String path = protoPackage.replace('.', '/') + "/" + Naming.lowerSnakeCase(lastSegment) + ".proto";
    return new Placement(javaPackage, protoPackage, messagesPackage, path);
  }

  private String defaultProtoPackage(String javaPackage) {
    StringBuilder name = new StringBuilder();
    for (String segment : javaPackage.split("\\.")) {
      name.append(name.length() > 0 ? "." : "").append(Naming.lowerSnakeCase(segment));
    }
    return version.isEmpty() ? name.toString() : name + "." + version;
  }
}
