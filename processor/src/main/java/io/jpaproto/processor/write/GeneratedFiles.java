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
 * Writes generated text files: always to the class output (so they ship in the jar), and to the proto directory
 * when one is configured. A file in the proto directory whose content is already identical is not rewritten, which
 * keeps incremental builds and file watchers quiet.
 */
public final class GeneratedFiles {
  private final Filer filer;
  private final Path protoDir;
  private final Reporter reporter;

  public GeneratedFiles(Filer filer, Path protoDir, Reporter reporter) {
    this.filer = filer;
    this.protoDir = protoDir;
    this.reporter = reporter;
  }

  /** Writes {@code content} at {@code path} (relative, with {@code /}) under each output. */
  public void write(String path, String content, Element anchor, Element... originatingElements) {
    try {
      FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originatingElements);
      try (Writer writer = resource.openWriter()) {
        writer.write(content);
      }
    } catch (IOException | RuntimeException e) {
      reporter.report(Diagnostic.WRITE_FAILED, anchor, path + " in the class output", e.getMessage());
    }
    if (protoDir != null) {
      Path target = protoDir.resolve(path);
      try {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
          return;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
      } catch (IOException | RuntimeException e) {
        reporter.report(Diagnostic.WRITE_FAILED, anchor, target, e.getMessage());
      }
    }
  }
}
