package io.jpaproto.processor.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@link Methods#named} answers what {@link Elements#getAllMembers} answers, in its order, for every method name of
 * every class of the golden cases, the realistic models and a model of the cases where the two could differ
 * (overrides, overloads, members a class does not inherit, interface methods), single names and getter pairs alike.
 */
class MethodsTest {
  private static final String TRICKY_BASE = """
      package tricky.base;

      public abstract class Base<T> implements Named {
        T id;
        String hidden;
        public T getId() { return id; }
        public void setId(T id) { this.id = id; }
        String getHidden() { return hidden; }
        protected void setHidden(String hidden) { this.hidden = hidden; }
        private int getSecret() { return 0; }
        public static Base<?> getInstance() { return null; }
        public abstract String getName();
        public boolean isActive() { return true; }
        void setLocal(int local) { }
      }
      """;
  private static final String TRICKY_NAMED = """
      package tricky.base;

      public interface Named {
        String getName();
        default String getLabel() { return getName(); }
        static Named getDefault() { return null; }
        boolean isActive();
      }
      """;
  private static final String TRICKY_MIDDLE = """
      package tricky.middle;

      public abstract class Middle extends tricky.base.Base<Long> {
        public String getHidden() { return "middle"; }
      }
      """;
  private static final String TRICKY_ENTITY = """
      package tricky.base;

      public class Entity extends tricky.middle.Middle {
        private boolean active;
        @Override public String getName() { return "n"; }
        public void setName(String name) { }
        public void setName(CharSequence name) { }
        public boolean getActive() { return active; }
        @Override public boolean isActive() { return active; }
        void setLocal(int local) { }
        private int getSecret() { return 1; }
        public String getLabel(int width) { return ""; }
        public String toString() { return "e"; }
      }
      """;
  private static final String TRICKY_RECORD = """
      package tricky.base;

      public record Pair(String left, String right) implements Named {
        public String getName() { return left; }
        public boolean isActive() { return false; }
      }
      """;

  @Test
  void agreesWithGetAllMembersOnEveryModel() throws IOException {
    Tally tally = new Tally();
    List<Path> models = new ArrayList<>();
    for (Path root : List.of(Path.of("src/test/resources/golden"), Path.of("src/test/resources/realistic"))) {
      try (Stream<Path> dirs = Files.list(root)) {
        dirs.map(dir -> dir.resolve("src")).filter(Files::isDirectory).sorted().forEach(models::add);
      }
    }
    assertTrue(models.size() > 15, "models: " + models);
    for (Path model : models) {
      List<JavaFileObject> sources = new ArrayList<>();
      try (Stream<Path> files = Files.walk(model)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
        }
      }
      compile(tally, model.toString(), sources);
    }
    compile(tally, "tricky", List.of(
        JavaFileObjects.forSourceString("tricky.base.Base", TRICKY_BASE),
        JavaFileObjects.forSourceString("tricky.base.Named", TRICKY_NAMED),
        JavaFileObjects.forSourceString("tricky.middle.Middle", TRICKY_MIDDLE),
        JavaFileObjects.forSourceString("tricky.base.Entity", TRICKY_ENTITY),
        JavaFileObjects.forSourceString("tricky.base.Pair", TRICKY_RECORD)));

    List<String> mismatches = tally.mismatches;
    assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())), mismatches.size() + " in all");
    // The comparison ran on every model, and on names of each kind the fast path and the fallback answer.
    assertTrue(tally.classes > 100, "classes compared: " + tally.classes);
    assertTrue(tally.fallbacks > 10, "names answered from getAllMembers: " + tally.fallbacks);
    assertTrue(tally.names > 1000, "names compared: " + tally.names);
  }

  private static void compile(Tally tally, String model, List<JavaFileObject> sources) {
    // Some models use protoc's classes (converters), which are not on this class path: the errors about them do
    // not change the members of the entities, so only the comparisons count.
    int before = tally.classes;
    Compiler.javac().withProcessors(new Oracle(tally)).withOptions("-proc:only").compile(sources);
    assertTrue(tally.classes > before, "no class compared in " + model);
  }

  /** What the comparisons found, over all models. */
  private static final class Tally {
    final List<String> mismatches = new ArrayList<>();
    int classes;
    int names;
    int fallbacks;
  }

  /** Compares the two answers for every class of the round. */
  @SupportedAnnotationTypes("*")
  private static final class Oracle extends AbstractProcessor {
    private final Tally tally;

    Oracle(Tally tally) {
      this.tally = tally;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      Elements elements = processingEnv.getElementUtils();
      DeclaredMethods declared = new DeclaredMethods();
      for (Element root : round.getRootElements()) {
        compare(elements, declared, root);
      }
      return false;
    }

    private void compare(Elements elements, DeclaredMethods declared, Element element) {
      if (!(element instanceof TypeElement type)) {
        return;
      }
      for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
        compare(elements, declared, nested);
      }
      if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
        return;
      }
      tally.classes++;
      List<ExecutableElement> all = ElementFilter.methodsIn(elements.getAllMembers(type));
      Set<String> candidates = new TreeSet<>();
      for (TypeElement supertype : declared.closure(type)) {
        candidates.addAll(declared.of(supertype).keySet());
      }
      Methods methods = new Methods(elements, type, declared);
      for (String name : candidates) {
        check(type, methods, all, name, name);
        if (name.startsWith("get") && name.length() > 3) {
          check(type, methods, all, name, "is" + name.substring(3));
        }
      }
      check(type, methods, all, "getNothingSuchAtAll", "isNothingSuchAtAll");
    }

    private void check(TypeElement type, Methods methods, List<ExecutableElement> all, String first,
        String second) {
      tally.names++;
      List<ExecutableElement> expected = all.stream()
          .filter(method -> method.getSimpleName().contentEquals(first) || method.getSimpleName().contentEquals(second))
          .toList();
      if (expected.size() > 1) {
        tally.fallbacks++;
      }
      List<ExecutableElement> actual = methods.named(first, second);
      if (!expected.equals(actual)) {
        tally.mismatches.add(type.getQualifiedName() + " " + first + "/" + second + ": getAllMembers " + expected
            + ", Methods " + actual);
      }
    }
  }

}
