package io.jpaproto.processor.schema;

import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import io.jpaproto.processor.types.ProtoType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field names of one message that protoc accepts but its Java generator or the generated classes cannot take,
 * refused before protoc sees them:
 * <ul>
 *   <li>two fields with one JSON name ({@code foo1} and {@code foo_1} are both {@code foo1}): protoc rejects the
 *       file (JP172);</li>
 *   <li>a field whose accessors are methods every message class has ({@code descriptor} -> {@code getDescriptor()},
 *       {@code default_instance} -> {@code getDefaultInstance()}), or one whose accessor is an accessor protoc derives
 *       for another field ({@code name} and {@code name_bytes} -> {@code getNameBytes()}, {@code tags} and
 *       {@code tags_count} -> {@code getTagsCount()}): the message class does not compile, or protoc renames the
 *       accessors in ways the generated mapper cannot know (JP171).</li>
 * </ul>
 * The names protoc itself decorates ({@code class}, {@code serialized_size}, ...; see {@link Naming#protocCamelCase})
 * are fine.
 */
final class ProtocJavaNames {
  /** Accessors of static methods every generated message class has. */
  private static final Set<String> STATIC_METHODS = Set.of("Descriptor", "DefaultInstance");

  private final Reporter reporter;

  ProtocJavaNames(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Reports every field of {@code message} that protoc or its Java classes cannot take; true if there is none. */
  boolean check(String message, List<ProtoField> fields) {
    boolean clean = true;
    Map<String, ProtoField> jsonNames = new HashMap<>();
    for (ProtoField field : fields) {
      ProtoField clash = jsonNames.putIfAbsent(jsonName(field.name()), field);
      if (clash != null) {
        reporter.report(Diagnostic.DUPLICATE_JSON_NAME, field.attribute().element(), field.attribute().describe(),
            field.name(), jsonName(field.name()), clash.name(), clash.attribute().describe());
        clean = false;
      }
    }
    Map<String, ProtoField> derived = new HashMap<>();
    for (ProtoField field : fields) {
      for (String accessor : derivedAccessors(field)) {
        derived.putIfAbsent(accessor, field);
      }
    }
    for (ProtoField field : fields) {
      String base = Naming.protocCamelCase(field.name());
      if (STATIC_METHODS.contains(base)) {
        reporter.report(Diagnostic.PROTOC_JAVA_NAME, field.attribute().element(), field.attribute().describe(),
            field.name(), "get" + base + "()", "the static method every message class of " + message + " has");
        clean = false;
        continue;
      }
      ProtoField owner = derived.get(base);
      if (owner != null && owner != field) {
        reporter.report(Diagnostic.PROTOC_JAVA_NAME, field.attribute().element(), field.attribute().describe(),
            field.name(), "get" + base + "()", "an accessor protoc also generates for field " + owner.name()
                + " of " + message);
        clean = false;
      }
    }
    return clean;
  }

  /** protoc's default JSON name: {@code foo_bar} -> {@code fooBar}, {@code foo_1} -> {@code foo1}. */
  static String jsonName(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** The accessor names (without {@code get}) protoc derives from a field besides its own. */
  private static List<String> derivedAccessors(ProtoField field) {
    String base = Naming.protocCamelCase(field.name());
    ProtoType.Kind kind = field.mapping().protoType().kind();
    boolean isString = field.type().equals("string") || field.type().equals("bytes");
    boolean isEnum = kind == ProtoType.Kind.ENUM || kind == ProtoType.Kind.JAVA_ENUM;
    boolean isMessage = kind == ProtoType.Kind.MESSAGE || kind == ProtoType.Kind.JAVA_MESSAGE;
    List<String> names = new ArrayList<>();
    switch (field.cardinality()) {
      case SINGULAR -> {
        if (field.type().equals("string")) {
          names.add(base + "Bytes");
        }
      }
      case REPEATED -> {
        names.add(base + "List");
        names.add(base + "Count");
        if (field.type().equals("string")) {
          names.add(base + "Bytes");
        }
      }
      case MAP -> {
        names.add(base + "Map");
        names.add(base + "Count");
        names.add(base + "OrDefault");
        names.add(base + "OrThrow");
      }
    }
    if (isEnum) {
      names.add(base + "Value");
      if (field.cardinality() != ProtoField.Cardinality.SINGULAR) {
        names.add(base + "ValueList");
        names.add(base + "ValueMap");
      }
    }
    if (isMessage) {
      names.add(base + "OrBuilder");
      names.add(base + "Builder");
      if (field.cardinality() == ProtoField.Cardinality.REPEATED) {
        names.add(base + "OrBuilderList");
        names.add(base + "BuilderList");
      }
    }
    return isString || isEnum || isMessage || field.cardinality() != ProtoField.Cardinality.SINGULAR
        ? names : List.of();
  }
}
