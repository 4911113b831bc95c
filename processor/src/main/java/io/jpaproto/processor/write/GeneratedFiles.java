package io.jpaproto.processor.write;

import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes generated text files to the class output (so they ship in the jar) and to plain directories such as the
 * proto directory. A file whose content is already identical is not rewritten, which keeps incremental builds and
 * file watchers quiet.
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

  /** Writes {@code content} to {@code target} unless it already holds exactly that. */
  public void writeFile(Path target, String content, Element anchor) {
    try {
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
        return;
      }
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(target, bytes);
    } catch (IOException | RuntimeException e) {
      reporter.report(Diagnostic.WRITE_FAILED, anchor, target, e.getMessage());
    }
  }

  /** Deletes {@code target} if it exists. */
  public void delete(Path target, Element anchor) {
    try {
      Files.deleteIfExists(target);
    } catch (IOException | RuntimeException e) {
      reporter.report(Diagnostic.WRITE_FAILED, anchor, target + " (stale, to delete)", e.getMessage());
    }
  }

  /** The content of {@code target}, or {@code null} when it does not exist. */
  public static String read(Path target) throws IOException {
    return Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
  }
}
