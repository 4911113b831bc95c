package io.jpaproto.processor;

import com.sun.source.util.JavacTask;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The javac compiles in which jpaproto runs as an annotation processor, so that the javac plugin ({@code
 * -Xplugin:JpaProto}) can tell it runs in one of them too, where processing was left on, and not do the work twice.
 * Weak: a build daemon runs many compiles in one JVM.
 */
public final class ProcessorCompiles {
  private static final Map<JavacTask, Boolean> TASKS = Collections.synchronizedMap(new WeakHashMap<>());

  private ProcessorCompiles() {
  }

  /** Records the compile of {@code environment}, if javac's (another compiler's has no {@link JavacTask}). */
  static void add(ProcessingEnvironment environment) {
    try {
      TASKS.put(JavacTask.instance(environment), Boolean.TRUE);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      // Not javac's processing environment: the plugin's own, or another compiler's; no plugin to tell.
    }
  }

  /** Whether the processor runs in {@code task}'s compile. */
  public static boolean contains(JavacTask task) {
    return TASKS.containsKey(task);
  }
}
