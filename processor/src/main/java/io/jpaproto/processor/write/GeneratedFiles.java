package io.jpaproto.processor.write;

import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes generated files to the class output (so they ship in the jar) and reads files back. The proto directory is
 * written by {@link StagedFiles}, all or nothing.
 */
public final class GeneratedFiles {
  private final Filer filer;
  private final Reporter reporter;

  public GeneratedFiles(Filer filer, Reporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /** Writes {@code content} at {@code path} (relative, with {@code /}) in the class output. */
  public void writeClassOutput(String path, String content, Element anchor, Element... originatingElements) {
    try {
      FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originatingElements);
      try (Writer writer = resource.openWriter()) {
        writer.write(content);
      }
    } catch (IOException | RuntimeException e) {
      reporter.report(Diagnostic.WRITE_FAILED, anchor, path + " in the class output", e.getMessage());
    }
  }

  /** Writes a generated Java source file. */
  public void writeSource(MapperWriter.Mapper mapper) {
    try {
      mapper.file().writeTo(filer);
    } catch (IOException | RuntimeException e) {
      reporter.report(Diagnostic.WRITE_FAILED, mapper.origin(),
          mapper.file().packageName() + "." + mapper.file().typeSpec().name(), e.getMessage());
    }
  }

  /** The content of {@code target}, or {@code null} when it does not exist. */
  public static String read(Path target) throws IOException {
    return Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
  }
}
