package io.jpaproto.processor.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager.Location;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;

/**
 * The files the plugin writes besides the proto directory: the protos in the class output (when the plugin was told
 * where it is), so they ship in the jar. Java sources are refused: javac compiles no source a plugin adds.
 */
final class PluginFiler implements Filer {
  private final Path classOutput;

  /** @param classOutput javac's {@code -d}, or {@code null}: then class-output files are not written */
  PluginFiler(Path classOutput) {
    this.classOutput = classOutput;
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
    throw new FilerException("the jpaproto javac plugin writes protos only, not " + name
        + ". Fix: compile with the annotation processor (no -Xplugin:JpaProto) where mappers are wanted");
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
    throw new FilerException("the jpaproto javac plugin writes no class files, not " + name);
  }

  @Override
  public FileObject createResource(Location location, CharSequence pkg, CharSequence relativeName,
      Element... originatingElements) throws IOException {
    if (location != StandardLocation.CLASS_OUTPUT) {
      throw new FilerException("the jpaproto javac plugin writes to the class output only, not " + location);
    }
    String folder = pkg.length() == 0 ? "" : pkg.toString().replace('.', '/') + "/";
    return new OutputFile(classOutput == null ? null : classOutput.resolve(folder + relativeName));
  }

  @Override
  public FileObject getResource(Location location, CharSequence pkg, CharSequence relativeName) throws IOException {
    throw new FilerException("the jpaproto javac plugin reads no resources through javac");
  }

  /** A file written when it is closed; without a class output, one that keeps nothing. */
  private static final class OutputFile extends SimpleJavaFileObject {
    private final Path target;

    OutputFile(Path target) {
      super(target == null ? java.net.URI.create("discarded:/") : target.toUri(), Kind.OTHER);
      this.target = target;
    }

    @Override
    public OutputStream openOutputStream() throws IOException {
      if (target == null) {
        return OutputStream.nullOutputStream();
      }
      Files.createDirectories(target.getParent());
      return Files.newOutputStream(target);
    }

    @Override
    public Writer openWriter() throws IOException {
      return new java.io.OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
    }
  }
}
