package io.jpaproto.processor.plugin;

import com.google.auto.service.AutoService;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import io.jpaproto.processor.JpaProtoProcessor;
import io.jpaproto.processor.ProcessorCompiles;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic.Kind;

/**
 * jpaproto as a javac plugin: the first pass of a build (protos and lock, no mappers) without annotation processing.
 *
 * <p>With any annotation processor on its path, javac enters every compilation unit again for each round after the
 * first and once more before it generates code; a processor that does nothing already costs a 1,000-entity compile
 * about 30%. A plugin runs inside the one compile instead: when javac has entered every unit and is about to analyze
 * the first class, the plugin hands the entered classes to the same pipeline the processor runs ({@link
 * JpaProtoProcessor}, through {@link PluginEnvironment}), which sees what a processor's single round sees.
 *
 * <pre>
 * javac -proc:none -processorpath jpaproto-processor.jar:... \
 *     -Xplugin:"JpaProto jpaproto.protoDir=src/main/proto classOutput=target/classes" ...
 * </pre>
 *
 * <p>Arguments are the processor's options without {@code -A} ({@code jpaproto.protoDir=...}, {@code
 * jpaproto.check=true}, ...), separated by spaces, plus {@code classOutput=<dir>}: where the protos are also written
 * so that they ship in the jar (javac's {@code -d}; a plugin cannot ask javac for it). The plugin writes no Java
 * sources: the mappers and services come from the annotation processor in the second pass, as in every layout.
 */
@AutoService(Plugin.class)
public final class JpaProtoPlugin implements Plugin {
  /** The name javac's {@code -Xplugin:} option takes. */
  public static final String NAME = "JpaProto";
  /** The argument that names the class output directory. */
  public static final String CLASS_OUTPUT = "classOutput";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> malformed = new ArrayList<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (equals <= 0) {
        malformed.add(arg);
      } else {
        options.put(arg.substring(0, equals), arg.substring(equals + 1));
      }
    }
    String classOutput = options.remove(CLASS_OUTPUT);
    task.addTaskListener(new Listener(task, options, classOutput == null ? null : Path.of(classOutput), malformed));
  }

  /** Collects the entered compilation units, then runs the pipeline once, before the first class is analyzed. */
  private static final class Listener implements TaskListener {
    private final JavacTask task;
    private final Map<String, String> options;
    private final Path classOutput;
    private final List<String> malformed;
    private final Set<CompilationUnitTree> units = new LinkedHashSet<>();
    private boolean ran;

    Listener(JavacTask task, Map<String, String> options, Path classOutput, List<String> malformed) {
      this.task = task;
      this.options = options;
      this.classOutput = classOutput;
      this.malformed = malformed;
    }

    @Override
    public void finished(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.ENTER && !ran) {
        units.add(event.getCompilationUnit());
      }
    }

    @Override
    public void started(TaskEvent event) {
      if (event.getKind() != TaskEvent.Kind.ANALYZE || ran) {
        return;
      }
      ran = true;
      Trees trees = Trees.instance(task);
      PluginMessager messager = new PluginMessager(trees, units.isEmpty() ? null : units.iterator().next());
      if (ProcessorCompiles.contains(task)) {
        new Reporter(messager, false).report(Diagnostic.PLUGIN_WITH_PROCESSOR, null);
        units.clear();
        return;
      }
      if (!malformed.isEmpty()) {
        messager.printMessage(Kind.ERROR, "-Xplugin:" + NAME + ": arguments " + malformed
            + " are not key=value. Fix: write jpaproto options as jpaproto.protoDir=<dir> (no -A), and "
            + CLASS_OUTPUT + "=<dir>, separated by spaces");
        return;
      }
      if (options.getOrDefault("jpaproto.protoDir", "").isEmpty()) {
        messager.printMessage(Kind.ERROR, "-Xplugin:" + NAME + " writes the protos into jpaproto.protoDir, which is"
            + " not set. Fix: -Xplugin:\"" + NAME + " jpaproto.protoDir=src/main/proto " + CLASS_OUTPUT
            + "=target/classes\"");
        return;
      }
      try {
        PluginEnvironment environment = new PluginEnvironment(task, options, messager, new PluginFiler(classOutput));
        PluginRound round = PluginRound.of(trees, task.getElements(), units);
        JpaProtoProcessor processor = new JpaProtoProcessor();
        processor.init(environment);
        processor.process(round.annotationsPresent(processor.getSupportedAnnotationTypes()), round);
        processor.process(Set.of(), round.over());
      } catch (RuntimeException | Error e) {
        // The processor reports its own failures; this is the plugin's, and javac must not crash on it either.
        new Reporter(messager, false).report(Diagnostic.INTERNAL_ERROR, null, "the entities (javac plugin)", e);
      } finally {
        units.clear();
      }
    }
  }
}
