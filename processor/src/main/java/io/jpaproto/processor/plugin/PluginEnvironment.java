package io.jpaproto.processor.plugin;

import com.sun.source.util.JavacTask;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What the processor's pipeline needs of javac, taken from the plugin's {@link JavacTask}. */
final class PluginEnvironment implements ProcessingEnvironment {
  private final JavacTask task;
  private final Map<String, String> options;
  private final Messager messager;
  private final Filer filer;

  PluginEnvironment(JavacTask task, Map<String, String> options, Messager messager, Filer filer) {
    this.task = task;
    this.options = Map.copyOf(options);
    this.messager = messager;
    this.filer = filer;
  }

  @Override
  public Map<String, String> getOptions() {
    return options;
  }

  @Override
  public Messager getMessager() {
    return messager;
  }

  @Override
  public Filer getFiler() {
    return filer;
  }

  @Override
  public Elements getElementUtils() {
    return task.getElements();
  }

  @Override
  public Types getTypeUtils() {
    return task.getTypes();
  }

  @Override
  public SourceVersion getSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Locale getLocale() {
    return Locale.getDefault();
  }
}
