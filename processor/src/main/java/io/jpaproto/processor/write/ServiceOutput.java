package io.jpaproto.processor.write;

import com.palantir.javapoet.ClassName;
import io.jpaproto.processor.discover.TypeLookup;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.NameList;
import io.jpaproto.processor.report.Reporter;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.service.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Writes the {@code <Entity>JpaService} classes whose grpc-java classes already exist, notes (JP004) the ones it cannot
 * write yet, as in the first pass of a two-pass build, and refuses (JP155) to write them without the base class.
 */
public final class ServiceOutput {
  private final TypeLookup classes;
  private final GeneratedFiles output;
  private final Reporter reporter;

  public ServiceOutput(TypeLookup classes, GeneratedFiles output, Reporter reporter) {
    this.classes = classes;
    this.output = output;
    this.reporter = reporter;
  }

  /** A service class that was written, and the entity it serves. */
  public record Written(ClassName serviceClass, TypeElement entity) {
  }

  /**
   * Writes the service classes of {@code services}; {@code files} are all proto files of the build. Returns those it
   * wrote.
   */
  public List<Written> write(List<ProtoFile> files, List<ServiceModel> services) {
    ServiceJavaWriter writer = null; // made for the first service: a first pass writes none
    List<Written> written = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    String example = null;
    for (ServiceModel service : services) {
      ClassName grpc = ServiceJavaWriter.grpcClass(service);
      if (!classes.exists(grpc.canonicalName())) {
        skipped.add(service.entity().nestedName());
        example = example == null ? grpc.canonicalName() : example;
      } else if (!classes.exists(ServiceJavaWriter.BASE.canonicalName())) {
        reporter.report(Diagnostic.GRPC_RUNTIME_MISSING, service.entity().element(), grpc.canonicalName(),
            ServiceJavaWriter.serviceClass(service).canonicalName());
      } else {
        writer = writer != null ? writer : new ServiceJavaWriter(files);
        output.writeSource(writer.write(service));
        written.add(new Written(ServiceJavaWriter.serviceClass(service), service.entity().element()));
      }
    }
    if (!skipped.isEmpty()) {
      reporter.report(Diagnostic.SERVICE_SKIPPED, null, NameList.of(skipped), example);
    }
    return written;
  }
}
