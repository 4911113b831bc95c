package io.jpaproto.processor.number;

import io.jpaproto.processor.report.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks the {@code file} lines of the lock against the file system: the reader already refuses absolute paths and
 * {@code ..}; here a path that would leave the proto directory through a symbolic link is refused too. A refused
 * line is a problem (JP122) and leaves the state, so nothing outside the proto directory is ever deleted.
 */
public final class LockFiles {
  private LockFiles() {
  }

  /** Refuses the file lines of {@code lock} (read from {@code source}) that do not stay inside {@code protoDir}. */
  public static void check(NumberLock lock, Path protoDir, String source) {
    Path base = protoDir.toAbsolutePath().normalize();
    Path realBase;
    try {
      realBase = Files.exists(base) ? base.toRealPath() : null;
    } catch (IOException e) {
      realBase = null;
    }
    for (String file : List.copyOf(lock.files())) {
      if (!staysInside(base, realBase, file)) {
        lock.files().remove(file);
        lock.addProblem(new LockProblem(true, null, List.of(), Diagnostic.LOCK_INVALID, List.of(source,
            lock.lineOf(file), "it names a file outside the proto directory " + base, LockSyntax.quote("file " + file),
            "a file line names a .proto file below the proto directory, without symbolic links leading out of it: "
                + "restore it from version control, or delete the line")));
      }
    }
  }

  private static boolean staysInside(Path base, Path realBase, String file) {
    Path target = base.resolve(file).normalize();
    if (!target.startsWith(base) || !LockSyntax.isProtoPath(file)) {
      return false;
    }
    if (realBase == null) {
      return true;
    }
    for (Path existing = target; existing != null && existing.startsWith(base); existing = existing.getParent()) {
      if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
        try {
          return existing.toRealPath().startsWith(realBase);
        } catch (IOException e) {
          return false;
        }
      }
    }
    return true;
  }
}
