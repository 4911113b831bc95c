package io.jpaproto.processor.write;

import io.jpaproto.processor.number.ProtoRecovery;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Writes the proto directory and the lock all-or-nothing. Each changed file is first written in full to a temporary
 * file next to its target; only when every one of them was written are they moved into place (an atomic rename where
 * the file system has one) and stale files deleted. If any write fails, the temporary files (and directories created
 * for them) are removed and no target changes, so protos and lock never disagree. Files whose content is already
 * identical are not rewritten.
 */
final class StagedFiles {
  private record Staged(Path target, Path temporary, Element anchor) {
  }

  private record Stale(Path target, Path root, Element anchor) {
  }

  private final Reporter reporter;
  private final List<Staged> staged = new ArrayList<>();
  private final List<Stale> stale = new ArrayList<>();
  private final Deque<Path> createdDirectories = new ArrayDeque<>();
  private boolean failed;
  private int counter;

  StagedFiles(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Stages {@code content} for {@code target}, unless it already holds exactly that. */
  void write(Path target, String content, Element anchor) {
    try {
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException("it exists and is not a regular file");
        }
        if (Arrays.equals(Files.readAllBytes(target), bytes)) {
          return;
        }
        if (!Files.isWritable(target)) {
          throw new IOException("it is read-only");
        }
      }
      Path parent = target.toAbsolutePath().getParent();
      createDirectories(parent);
      Path temporary = temporaryFile(parent, target.getFileName().toString(), bytes);
      staged.add(new Staged(target, temporary, anchor));
    } catch (IOException | RuntimeException e) {
      failed = true;
      reporter.report(Diagnostic.WRITE_FAILED, anchor, target, e.getMessage());
    }
  }

  /**
   * Stages the deletion of {@code target}, a file a previous build wrote below {@code root}: done on commit, and only
   * if it is still a regular file inside {@code root} that starts with jpaproto's mark (never a file jpaproto did not
   * write, whatever the lock says).
   */
  void deleteStale(Path target, Path root, Element anchor) {
    stale.add(new Stale(target, root, anchor));
  }

  /** Moves every staged file into place and deletes the stale ones, or, after any failure, changes nothing. */
  void commit() {
    if (failed) {
      rollBack();
      return;
    }
    for (Staged file : staged) {
      try {
        move(file.temporary(), file.target());
      } catch (IOException | RuntimeException e) {
        reporter.report(Diagnostic.WRITE_FAILED, file.anchor(), file.target(), e.getMessage());
        failed = true;
      }
    }
    if (failed) {
      rollBack();
      return;
    }
    for (Stale file : stale) {
      try {
        if (isOwnFileInside(file.target(), file.root())) {
          Files.delete(file.target());
        }
      } catch (IOException | RuntimeException e) {
        reporter.report(Diagnostic.WRITE_FAILED, file.anchor(), file.target() + " (stale, to delete)",
            e.getMessage());
      }
    }
  }

  private static boolean isOwnFileInside(Path target, Path root) throws IOException {
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(root)) {
      return false;
    }
    Path realRoot = root.toRealPath();
    Path realParent = target.toAbsolutePath().getParent().toRealPath();
    return realParent.startsWith(realRoot) && ProtoRecovery.isGenerated(target);
  }

  private void rollBack() {
    for (Staged file : staged) {
      try {
        Files.deleteIfExists(file.temporary());
      } catch (IOException | RuntimeException e) {
        // Best effort: a left-over temporary file is harmless and named as such.
      }
    }
    staged.clear();
    while (!createdDirectories.isEmpty()) {
      try {
        Files.deleteIfExists(createdDirectories.pop());
      } catch (IOException | RuntimeException e) {
        // Not empty (another process wrote there) or gone: leave it.
      }
    }
  }

  private void createDirectories(Path directory) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path current = directory; current != null && !Files.exists(current); current = current.getParent()) {
      missing.push(current);
    }
    while (!missing.isEmpty()) {
      Path next = missing.pop();
      Files.createDirectory(next);
      createdDirectories.push(next);
    }
  }

  private Path temporaryFile(Path directory, String name, byte[] bytes) throws IOException {
    while (true) {
      Path temporary = directory.resolve("." + name + ".jpaproto-" + ProcessHandle.current().pid() + "-"
          + (counter++) + ".tmp");
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        out.write(bytes);
        return temporary;
      } catch (FileAlreadyExistsException e) {
        // Another build's temporary file: take the next name.
      } catch (IOException e) {
        Files.deleteIfExists(temporary);
        throw e;
      }
    }
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
