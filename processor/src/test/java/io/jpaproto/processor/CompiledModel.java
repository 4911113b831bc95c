package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * A realistic model (see {@link RealisticModelsTest}) built as users build it (pass 1 writes protos, protoc writes
 * message classes, pass 2 compiles entities, messages and the generated mappers) and loaded, once per test run, for
 * the tests that run its mappers: {@link RealisticRoundTripTest} and {@link RealisticPersistenceTest}.
 */
final class CompiledModel {
  private static final Path ROOT = Path.of("src", "test", "resources", "realistic");
  /** The models use no hand-written protos: an empty dependency folder. */
  private static final Path NO_PROTO_DEPS = Path.of("target", "realistic-no-proto-deps");
  private static final String CLASS_OUTPUT = "/" + StandardLocation.CLASS_OUTPUT.name() + "/";

  private CompiledModel() {}

  // -----------------------------------------------------------------------------------------------------------------
  // Mappers and reflection
  // -----------------------------------------------------------------------------------------------------------------

  /** Entity and embeddable type -> its generated mapper (enum mappers, with static methods, are not included). */
  static Map<Class<?>, Class<?>> mappers(Loaded loaded) {
    Map<Class<?>, Class<?>> mappers = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
    for (Class<?> type : loaded.classes()) {
      if (type.getSimpleName().endsWith("ProtoMapper")) {
        Method toProto = toProto(type);
        if (toProto != null) {
          Class<?> mapped = toProto.getParameterTypes()[0];
          if (loaded.model().isEntity(mapped) || loaded.model().isEmbeddable(mapped)) {
            mappers.put(mapped, type);
          }
        }
      }
    }
    assertFalse(mappers.isEmpty(), "no mapper among the compiled classes");
    return mappers;
  }

  /** The instance method {@code toProto(T)}, or null for an enum mapper. */
  static Method toProto(Class<?> mapper) {
    for (Method method : mapper.getMethods()) {
      if (method.getName().equals("toProto") && method.getParameterCount() == 1
          && !Modifier.isStatic(method.getModifiers())) {
        return method;
      }
    }
    return null;
  }

  /** The public method {@code name} whose first parameter is {@code firstParameter}. */
  static Method method(Class<?> type, String name, Class<?> firstParameter) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() > 0
          && method.getParameterTypes()[0] == firstParameter) {
        return method;
      }
    }
    throw new AssertionError(type.getName() + " has no " + name + "(" + firstParameter.getSimpleName() + ", ...)");
  }

  static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      throw RoundTripModel.rethrow(e);
    }
  }

  // -----------------------------------------------------------------------------------------------------------------
  // Building and loading a model (the steps of RealisticModelsTest's passes)
  // -----------------------------------------------------------------------------------------------------------------

  /** A compiled model: its classes loaded, and what the test knows about its entities. */
  record Loaded(List<Class<?>> classes, RoundTripModel model) {
    Class<?> type(String name) {
      return classes.stream().filter(type -> type.getName().equals(name)).findFirst()
          .orElseThrow(() -> new AssertionError("no class " + name));
    }
  }

  private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

  /** The model, built and loaded once per test run. */
  static synchronized Loaded load(String model) {
    return LOADED.computeIfAbsent(model, CompiledModel::compileAndLoad);
  }

  private static Loaded compileAndLoad(String model) {
    List<JavaFileObject> modelSources = ProcessorRun.sourcesIn(ROOT.resolve(model).resolve("src"));
    Compilation firstPass = ProcessorRun.compile(RealisticModelsTest.options(model), modelSources);
    assertThat(firstPass).succeeded();
    List<JavaFileObject> sources = new ArrayList<>(modelSources);
    sources.addAll(ProcessorRun.sources(Protoc.generateJava(ProcessorRun.protos(firstPass), NO_PROTO_DEPS)));
    Compilation secondPass = ProcessorRun.compileFully(RealisticModelsTest.options(model), sources);
    assertThat(secondPass).succeeded();

    RoundTripAnnotationScanner scanner = new RoundTripAnnotationScanner();
    assertThat(javac().withProcessors(scanner).withOptions("-proc:only").compile(modelSources)).succeeded();

    ClassOutputLoader loader = new ClassOutputLoader(secondPass, CompiledModel.class.getClassLoader());
    List<Class<?>> classes = new ArrayList<>();
    for (String name : loader.names()) {
      try {
        classes.add(Class.forName(name, false, loader));
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
    return new Loaded(classes, new RoundTripModel(classes, scanner.found()));
  }

  /**
   * Loads the classes of a compilation's class output; everything else (protobuf-java, the jpaproto runtime,
   * jakarta.persistence) comes from the test's class path, so the test and the mappers share those classes.
   */
  static final class ClassOutputLoader extends ClassLoader {
    private final Map<String, byte[]> classes = new TreeMap<>();

    ClassOutputLoader(Compilation compilation, ClassLoader parent) {
      super(parent);
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        int start = path.indexOf(CLASS_OUTPUT);
        if (file.getKind() == JavaFileObject.Kind.CLASS && start >= 0) {
          String name = path.substring(start + CLASS_OUTPUT.length(), path.length() - ".class".length());
          try (InputStream in = file.openInputStream()) {
            classes.put(name.replace('/', '.'), in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    Set<String> names() {
      return classes.keySet();
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
