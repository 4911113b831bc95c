package io.jpaproto.conformance;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The models this module compiled (its main classes: the realistic models and the integration tests' models, from
 * their own source roots), each the {@code @Entity} classes under one top-level package pair ({@code
 * realistic.shop}, {@code io.jpaproto}): one persistence unit per model, as the model's application would have it.
 */
final class Models {
  private Models() {
  }

  /** Model name -> its entity classes (concrete and abstract), sorted by name. */
  static Map<String, List<Class<?>>> discover() {
    return annotated(Entity.class);
  }

  /**
   * The JPA attribute converters ({@code @Converter}) of each model, by model: a persistence unit must list them, as
   * the model's application would, for the auto-applied ones to apply.
   */
  static Map<String, List<Class<?>>> converters() {
    return annotated(jakarta.persistence.Converter.class);
  }

  private static Map<String, List<Class<?>>> annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
    Path classes = Path.of(System.getProperty("jpaproto.conformance.classes", "target/classes"));
    Map<String, List<Class<?>>> models = new TreeMap<>();
    Path root = classes;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains("$") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, Models.class.getClassLoader());
        if (type.isAnnotationPresent(annotation) && !type.isInterface()) {
          String[] segments = name.split("\\.");
          String model = segments[0] + "." + segments[1];
          models.computeIfAbsent(model, key -> new ArrayList<>()).add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return models;
  }

  static boolean isConcrete(Class<?> type) {
    return !Modifier.isAbstract(type.getModifiers());
  }
}
