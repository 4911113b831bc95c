package io.jpaproto.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jpaproto.processor.model.Accessor;
import io.jpaproto.processor.schema.Naming;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * How the code of one generated class reaches the members of entities: directly where Java lets it (a visible getter,
 * setter, field or constructor), and otherwise through handles obtained once, in the class's static initializer, with
 * {@link MethodHandles#privateLookupIn}: a {@code private static final VarHandle} per field (private fields of
 * DDD-style entities without accessors, package-private fields of another package) and a {@code MethodHandle} for a
 * private no-argument constructor. Calls through {@code static final} handles involve no reflection per call; the JIT
 * compiles them to plain field accesses.
 */
final class MemberAccess {
  private static final ClassName VAR_HANDLE = ClassName.get(VarHandle.class);
  private static final ClassName METHOD_HANDLE = ClassName.get(MethodHandle.class);
  private static final ClassName METHOD_HANDLES = ClassName.get(MethodHandles.class);

  private final String javaPackage;
  private final TypeElement home;
  private final NameAllocator constants;
  private final NameAllocator methods;
  private final VariableNames names;
  /** Each handle's constant, by the field or type it reaches, in first-use order. */
  private final Map<Element, FieldSpec> handles = new LinkedHashMap<>();
  /** Each handle's initializer statement, by the field or type it reaches. */
  private final Map<Element, Function<String, CodeBlock>> initializers = new LinkedHashMap<>();
  /** The class whose private lookup each handle needs, by the field or type it reaches. */
  private final Map<Element, CodeBlock> lookupClasses = new LinkedHashMap<>();
  private final Map<TypeElement, MethodSpec> constructors = new LinkedHashMap<>();

  /**
   * @param home the entity (or embeddable) the generated class is for
   * @param javaPackage the package of the generated class
   * @param taken names the generated class already uses for its fields and methods
   * @param names the variable names of the generated class
   */
  MemberAccess(TypeElement home, String javaPackage, Set<String> taken, VariableNames names) {
    this.home = home;
    this.javaPackage = javaPackage;
    this.names = names;
    this.constants = new NameAllocator();
    this.methods = new NameAllocator();
    taken.forEach(name -> {
      constants.newName(name);
      methods.newName(name);
    });
  }

  /** Whether code of {@code javaPackage} can use {@code accessor} at all (directly, or through a handle). */
  static boolean reachable(Accessor accessor, String javaPackage) {
    return accessible(accessor.member(), javaPackage) || accessor.field() != null;
  }

  /** Reads the attribute of {@code target}, an instance of {@code targetType}, through {@code reader}. */
  CodeBlock read(CodeBlock target, TypeElement targetType, Accessor reader) {
    if (accessible(reader.member())) {
      return reader.kind() == Accessor.Kind.METHOD
          ? CodeBlock.of("$L.$L()", target, reader.name())
          : CodeBlock.of("$L.$L", target, reader.name());
    }
    return CodeBlock.of("($T) $N.get($L)", TypeName.get(reader.type()), handle(targetType, reader.field()), target);
  }

  /**
   * Reads the id of a related entity {@code target}, an instance of {@code targetType}. Read from the field, the id
   * goes through {@code Relations.idOf}, since an uninitialised lazy proxy holds its id elsewhere than in the field.
   */
  CodeBlock readId(CodeBlock target, TypeElement targetType, Accessor reader) {
    CodeBlock read = read(target, targetType, reader);
    return reader.kind() == Accessor.Kind.METHOD && accessible(reader.member())
        ? read
        : CodeBlock.of("$T.idOf($L, $L)", ClassName.get("io.jpaproto.convert", "Relations"), target, read);
  }

  /** Writes {@code value} into the attribute of {@code target}, an instance of {@code targetType}. */
  CodeBlock write(CodeBlock target, TypeElement targetType, Accessor writer, CodeBlock value) {
    if (accessible(writer.member())) {
      return writer.kind() == Accessor.Kind.METHOD
          ? CodeBlock.of("$L.$L($L)", target, writer.name(), value)
          : CodeBlock.of("$L.$L = $L", target, writer.name(), value);
    }
    return CodeBlock.of("$N.set($L, $L)", handle(targetType, writer.field()), target, value);
  }

  /**
   * A new instance of {@code type} through its no-argument constructor: {@code new Type()} where the constructor is
   * visible, else a call of a private method that invokes a constructor handle. {@code null} where the type has no
   * such constructor.
   */
  CodeBlock newInstance(TypeElement type) {
    ExecutableElement constructor = noArgConstructor(type);
    if (constructor == null) {
      return null;
    }
    ClassName name = ClassName.get(type);
    if (accessible(constructor)) {
      return CodeBlock.of("new $T()", name);
    }
    MethodSpec method = constructors.computeIfAbsent(type, key -> {
      FieldSpec handle = FieldSpec.builder(METHOD_HANDLE,
              constants.newName("NEW_" + Naming.upperSnakeCase(type.getSimpleName().toString())),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .build();
      handles.put(type, handle);
      lookupClasses.put(type, CodeBlock.of("$T.class", name));
      initializers.put(type, lookup -> CodeBlock.of("$N = $L.findConstructor($T.class, $T.methodType(void.class))",
          handle, lookup, name, MethodType.class));
      String methodName = methods.newName("new" + type.getSimpleName());
      return MethodSpec.methodBuilder(methodName)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addJavadoc("A new {@link $T} through its private no-argument constructor, as JPA creates one.\n", name)
          .returns(name)
          .beginControlFlow("try")
          .addStatement("return ($T) $N.invokeExact()", name, handle)
          .nextControlFlow("catch ($T | $T $N)", RuntimeException.class, Error.class, names.of("e"))
          .addStatement("throw $N", names.of("e"))
          .nextControlFlow("catch ($T $N)", Throwable.class, names.of("e"))
          .addStatement("throw new $T($N)", UndeclaredThrowableException.class, names.of("e"))
          .endControlFlow()
          .build();
    });
    return CodeBlock.of("$N()", method);
  }

  /** The type's constructor without parameters, or {@code null}. */
  static ExecutableElement noArgConstructor(TypeElement type) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()) {
        return constructor;
      }
    }
    return null;
  }

  /** Adds the handles' constants, their static initializer and the constructor methods to {@code type}. */
  void addTo(TypeSpec.Builder type) {
    if (handles.isEmpty()) {
      return;
    }
    handles.values().forEach(type::addField);
    CodeBlock.Builder init = CodeBlock.builder().beginControlFlow("try");
    NameAllocator locals = new NameAllocator();
    Map<String, String> lookups = new LinkedHashMap<>();
    for (Map.Entry<Element, FieldSpec> entry : handles.entrySet()) {
      String lookupClass = lookupClasses.get(entry.getKey()).toString();
      String lookup = lookups.get(lookupClass);
      if (lookup == null) {
        lookup = locals.newName(names.of("lookup") + (lookups.isEmpty() ? "" : lookups.size() + 1));
        lookups.put(lookupClass, lookup);
        init.addStatement("$T $L = $T.privateLookupIn($L, $T.lookup())", ClassName.get(MethodHandles.Lookup.class),
            lookup, METHOD_HANDLES, lookupClasses.get(entry.getKey()), METHOD_HANDLES);
      }
      init.addStatement(initializers.get(entry.getKey()).apply(lookup));
    }
    init.nextControlFlow("catch ($T $N)", ReflectiveOperationException.class, names.of("e"))
        .addStatement("throw new $T($N)", ExceptionInInitializerError.class, names.of("e"))
        .endControlFlow();
    type.addStaticBlock(init.build());
    constructors.values().forEach(type::addMethod);
  }

  /** The constant holding the VarHandle of {@code field}, read on instances of {@code targetType}. */
  private FieldSpec handle(TypeElement targetType, VariableElement field) {
    if (field == null) {
      throw new IllegalStateException("no field to reach through a handle");
    }
    FieldSpec existing = handles.get(field);
    if (existing != null) {
      return existing;
    }
    TypeElement declaring = (TypeElement) field.getEnclosingElement();
    // The class's own entity's fields are named after the field; a related entity's carry its name: AUTHOR_ID.
    String prefix = targetType.equals(home) ? "" : Naming.upperSnakeCase(targetType.getSimpleName().toString()) + "_";
    FieldSpec handle = FieldSpec.builder(VAR_HANDLE,
            constants.newName(prefix + Naming.upperSnakeCase(field.getSimpleName().toString())),
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .build();
    CodeBlock declaringClass = classLiteral(declaring, targetType);
    handles.put(field, handle);
    lookupClasses.put(field, declaringClass);
    initializers.put(field, lookup -> CodeBlock.of("$N = $L.findVarHandle($L, $S, $T.class)", handle, lookup,
        declaringClass, field.getSimpleName().toString(), erasure(TypeName.get(field.asType()))));
    return handle;
  }

  /** The class a field of the declared type {@code type} has at run time, for {@code findVarHandle}. */
  private static TypeName erasure(TypeName type) {
    if (type instanceof com.palantir.javapoet.ParameterizedTypeName parameterized) {
      return parameterized.rawType();
    }
    if (type instanceof com.palantir.javapoet.TypeVariableName variable) {
      return variable.bounds().isEmpty() ? ClassName.OBJECT : erasure(variable.bounds().get(0));
    }
    if (type instanceof com.palantir.javapoet.ArrayTypeName array) {
      return com.palantir.javapoet.ArrayTypeName.of(erasure(array.componentType()));
    }
    return type.withoutAnnotations();
  }

  /**
   * {@code Declaring.class} where this package can name the class, else the class reached from {@code from} (a
   * subclass) through {@code getSuperclass()}.
   */
  private CodeBlock classLiteral(TypeElement declaring, TypeElement from) {
    if (accessibleType(declaring)) {
      return CodeBlock.of("$T.class", ClassName.get(declaring));
    }
    CodeBlock.Builder chain = CodeBlock.builder().add("$T.class", ClassName.get(from));
    TypeElement current = from;
    while (current != null && !current.equals(declaring)) {
      chain.add(".getSuperclass()");
      TypeMirror superclass = current.getSuperclass();
      current = superclass.getKind() == TypeKind.DECLARED
          ? (TypeElement) ((DeclaredType) superclass).asElement()
          : null;
    }
    return chain.build();
  }

  private boolean accessible(Element member) {
    return accessible(member, javaPackage);
  }

  /** Whether code of {@code javaPackage} may use {@code member} directly. */
  private static boolean accessible(Element member, String javaPackage) {
    Set<Modifier> modifiers = member.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      return false;
    }
    TypeElement owner = (TypeElement) member.getEnclosingElement();
    if (modifiers.contains(Modifier.PUBLIC)) {
      return member.getKind() != ElementKind.CONSTRUCTOR || accessibleType(owner, javaPackage);
    }
    return packageOf(owner).equals(javaPackage);
  }

  private boolean accessibleType(TypeElement type) {
    return accessibleType(type, javaPackage);
  }

  /** Whether code of {@code javaPackage} may name {@code type}. */
  private static boolean accessibleType(TypeElement type, String javaPackage) {
    Element current = type;
    while (current instanceof TypeElement element) {
      Set<Modifier> modifiers = element.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)
          || (!modifiers.contains(Modifier.PUBLIC) && !packageOf(element).equals(javaPackage))) {
        return false;
      }
      current = element.getEnclosingElement();
    }
    return true;
  }

  private static String packageOf(Element element) {
    Element current = element;
    while (!(current instanceof PackageElement)) {
      current = current.getEnclosingElement();
    }
    return ((PackageElement) current).getQualifiedName().toString();
  }
}
