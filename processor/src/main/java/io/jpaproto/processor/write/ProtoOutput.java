package io.jpaproto.processor.write;

import io.jpaproto.processor.number.NumberLock;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.service.ServiceModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Publishes a build's protos (entity files and service files) and numbering state. Protos always go to the class
 * output. With a proto directory they also go there, files a previous build wrote but this one does not are deleted,
 * and the lock file is updated, all or nothing ({@link StagedFiles}); in check mode the directory is compared instead
 * of written, and every difference is an error with a diff.
 */
public final class ProtoOutput {
  private final GeneratedFiles files;
  private final Reporter reporter;
  private final Path protoDir;
  private final Path lockFile;
  private final boolean check;
  private final CheckMode checkMode;
  private final StagedFiles staged;

  /**
   * @param protoDir the proto directory, or {@code null}
   * @param lockFile the lock file, or {@code null} when numbers are not remembered
   * @param check compare instead of write
   */
  public ProtoOutput(GeneratedFiles files, Reporter reporter, Path protoDir, Path lockFile, boolean check) {
    this.files = files;
    this.reporter = reporter;
    this.protoDir = protoDir;
    this.lockFile = lockFile;
    this.check = check;
    this.checkMode = new CheckMode(reporter);
    this.staged = new StagedFiles(reporter);
  }

  /**
   * Writes (or checks) {@code protos}, the service files of {@code services} and {@code lock}; {@code previousFiles}
   * are the files the last build wrote.
   */
  public void publish(List<ProtoFile> protos, List<ServiceModel> services, NumberLock lock,
      Set<String> previousFiles) {
    List<Output> outputs = new ArrayList<>();
    for (ProtoFile proto : protos) {
      outputs.add(new Output(proto.path(), ProtoWriter.write(proto),
          proto.originatingElements().toArray(new TypeElement[0]), proto.messages().size(), proto.enums().size(),
          CheckMode.anchor(proto), CheckMode.of(proto)));
    }
    for (ServiceModel service : services) {
      outputs.add(new Output(service.path(), ServiceProtoWriter.write(service),
          new TypeElement[] {service.entity().element()}, ServiceModel.Rpc.values().length * 2 + 1, 0,
          service.entity().element(), CheckMode.of(service)));
    }
    Element anyOrigin = null;
    Set<String> current = new TreeSet<>();
    Map<String, Element> anchors = new HashMap<>();
    for (Output file : outputs) {
      Element anchor = file.origins().length > 0 ? file.origins()[0] : null;
      anyOrigin = anyOrigin == null ? anchor : anyOrigin;
      current.add(file.path());
      anchors.put(file.path(), file.checkAnchor());
      files.writeClassOutput(file.path(), file.text(), anchor, file.origins());
      if (protoDir != null) {
        publishFile(protoDir.resolve(file.path()), file.text(), file.checkAnchor(), file.owners(), false);
      }
      reporter.report(Diagnostic.PROTO_WRITTEN, anchor, file.path(), file.messages(), file.enums());
    }
    if (protoDir != null) {
      for (String stale : previousFiles) {
        if (!current.contains(stale)) {
          removeStale(protoDir.resolve(stale), stale, anyOrigin);
        }
      }
    }
    if (lockFile != null) {
      lock.files().clear();
      lock.files().addAll(protoDir == null ? Set.of() : current);
      publishFile(lockFile, lock.render(), anyOrigin, CheckMode.ofLock(protos, anchors), true);
    }
    if (!check) {
      staged.commit();
    }
  }

  /**
   * One file to publish.
   *
   * @param checkAnchor the element check mode reports a difference of the whole file on: its first entity
   * @param owners the elements check mode reports the differences of its lines on
   */
  private record Output(String path, String text, TypeElement[] origins, int messages, int enums,
      Element checkAnchor, CheckMode.Owners owners) {
  }

  private void publishFile(Path target, String text, Element anchor, CheckMode.Owners owners, boolean isLock) {
    if (!check) {
      staged.write(target, text, anchor);
      return;
    }
    try {
      String committed = GeneratedFiles.read(target);
      if (committed == null) {
        checkMode.missing(target, isLock ? null : anchor);
      } else if (!committed.equals(text)) {
        checkMode.compare(target, committed, text, owners, isLock);
      }
    } catch (IOException e) {
      reporter.report(Diagnostic.WRITE_FAILED, anchor, target, e.getMessage());
    }
  }

  private void removeStale(Path target, String name, Element anchor) {
    if (!check) {
      staged.deleteStale(target, protoDir, anchor);
    } else if (target.toFile().exists()) {
      checkMode.stale(target, name);
    }
  }
}
