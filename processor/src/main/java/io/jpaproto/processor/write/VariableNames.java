package io.jpaproto.processor.write;

import com.palantir.javapoet.NameAllocator;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.IdClassKey;
import io.jpaproto.processor.schema.ProtoEnum;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.ProtoMessage;
import io.jpaproto.processor.types.Conversion;
import io.jpaproto.processor.types.TypeMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The names of the parameters, locals and instance fields of one generated class. Java reads the first segment of a
 * qualified name as a variable when a variable of that name is in scope (JLS 6.4.2, obscuring): in a mapper whose
 * parameter is {@code entity}, {@code entity.model.Book} names a member of the parameter and does not compile. A
 * generated class writes some types qualified (the protoc message class always, since it shares the entity's simple
 * name), so every name here is the usual one ({@code entity}, {@code message}, ...) unless it equals the first
 * segment of a package the model refers to; then it is a readable alternative ({@code jpaEntity}, {@code proto},
 * ...), numbered in the unlikely case that is a package root too. The roots are those of the whole model, so the
 * choice is deterministic and the same in mappers and services.
 */
final class VariableNames {
  /** The usual names, in the order they are settled, each with its alternative. */
  private static final Map<String, String> ALTERNATIVES = Map.ofEntries(
      Map.entry("entity", "jpaEntity"),
      Map.entry("message", "proto"),
      Map.entry("references", "resolver"),
      Map.entry("mask", "fieldMask"),
      Map.entry("path", "maskPath"),
      Map.entry("values", "collected"),
      Map.entry("key", "mapKey"),
      Map.entry("value", "mapValue"),
      Map.entry("target", "related"),
      Map.entry("field", "fieldName"),
      Map.entry("i", "index"),
      Map.entry("e", "failure"),
      Map.entry("lookup", "privateLookup"),
      Map.entry("request", "rpcRequest"),
      Map.entry("responses", "responseObserver"),
      Map.entry("where", "conditions"),
      Map.entry("filter", "filterMessage"),
      Map.entry("page", "listPage"),
      Map.entry("entityManagerFactory", "persistenceUnit"));
  /** The names a mapper has always kept from the names it derives from attributes. */
  private static final List<String> RESERVED = List.of("entity", "message", "mask", "path", "references", "values");
  /** The roots of the packages every generated class may name: the JDK, jakarta, protobuf, gRPC, the runtime. */
  private static final List<String> RUNTIME_ROOTS = List.of("java", "javax", "jakarta", "com", "io");

  private final Set<String> roots;
  private final Map<String, String> chosen = new HashMap<>();
  private final NameAllocator derived = new NameAllocator();

  private VariableNames(Set<String> roots) {
    this.roots = roots;
    roots.forEach(derived::newName);
    RESERVED.forEach(usual -> derived.newName(of(usual)));
  }

  /** The names of one class generated from a model whose packages have the first segments {@code roots}. */
  static VariableNames avoiding(Set<String> roots) {
    return new VariableNames(roots);
  }

  /** The name this class uses for the variable usually called {@code usual}, such as {@code "entity"}. */
  String of(String usual) {
    String alternative = ALTERNATIVES.get(usual);
    if (alternative == null) {
      throw new IllegalArgumentException("no alternative for " + usual);
    }
    return chosen.computeIfAbsent(usual, name -> {
      if (!roots.contains(name)) {
        return name;
      }
      String candidate = alternative;
      for (int n = 2; roots.contains(candidate); n++) {
        candidate = alternative + n;
      }
      return candidate;
    });
  }

  /**
   * A name derived from the model (an attribute's local, a converter's field): {@code suggestion} unless that is
   * taken, a package root, or one of the fixed names of the class.
   */
  String derived(String suggestion) {
    return derived.newName(suggestion);
  }

  /** An allocator for the derived names of one method, starting from the names the class has taken so far. */
  NameAllocator methodLocals() {
    return derived.clone();
  }

  /** The first segments of every package the generated classes of {@code files} may name. */
  static Set<String> packageRoots(List<ProtoFile> files) {
    Set<String> roots = new TreeSet<>(RUNTIME_ROOTS);
    for (ProtoFile file : files) {
      addRoot(roots, file.javaPackage());
      for (ProtoEnum protoEnum : file.enums()) {
        addRoot(roots, protoEnum.source().element().getQualifiedName().toString());
      }
      for (ProtoMessage message : file.messages()) {
        addRoot(roots, message.entity().element().getQualifiedName().toString());
        for (ProtoField field : message.fields()) {
          Attribute attribute = field.attribute();
          addRoots(roots, attribute.type());
          if (attribute.reader() != null) {
            addRoots(roots, attribute.reader().type());
          }
          addRoots(roots, field.mapping());
          IdClassKey key = field.mapping().targetKey();
          if (key != null) {
            addRoot(roots, key.idClass().element().getQualifiedName().toString());
            addRoot(roots, key.entity().getQualifiedName().toString());
          }
        }
      }
    }
    return roots;
  }

  /** The roots of the classes a mapping's code names: converters, static conversions, casts, target ids; its key's too. */
  private static void addRoots(Set<String> roots, TypeMapping mapping) {
    for (TypeMapping part : new TypeMapping[] {mapping, mapping.key()}) {
      if (part != null) {
        addRoots(roots, part.conversion());
        if (part.targetId() != null) {
          addRoots(roots, part.targetId().type());
        }
      }
    }
  }

  private static void addRoots(Set<String> roots, Conversion conversion) {
    for (Conversion step = conversion; step != null; step = step.databaseSide()) {
      if (step.owner() != null) {
        addRoot(roots, step.owner());
      }
      if (step.kind() == Conversion.Kind.ATTRIBUTE_CONVERTER && step.fromProtoMethod() != null) {
        addRoot(roots, step.fromProtoMethod());
      }
    }
  }

  /** The roots of every class a type names: the type itself, its type arguments, bounds and components. */
  private static void addRoots(Set<String> roots, TypeMirror type) {
    if (type instanceof ArrayType array) {
      addRoots(roots, array.getComponentType());
    } else if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        addRoots(roots, wildcard.getExtendsBound());
      }
      if (wildcard.getSuperBound() != null) {
        addRoots(roots, wildcard.getSuperBound());
      }
    } else if (type instanceof DeclaredType declared) {
      addRoot(roots, ((TypeElement) declared.asElement()).getQualifiedName().toString());
      declared.getTypeArguments().forEach(argument -> addRoots(roots, argument));
    }
  }

  /** The first segment of a qualified (or binary) name. */
  private static void addRoot(Set<String> roots, String qualifiedName) {
    int dot = qualifiedName.indexOf('.');
    if (dot > 0) {
      roots.add(qualifiedName.substring(0, dot));
    }
  }
}
