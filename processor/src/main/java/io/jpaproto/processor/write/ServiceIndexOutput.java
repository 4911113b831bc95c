package io.jpaproto.processor.write;

import java.util.List;
import java.util.TreeSet;
import javax.lang.model.element.Element;

/**
 * Writes {@value #LOCATION}: the {@code <Entity>JpaService} classes a compilation generated, one fully qualified name
 * a line, sorted. Frameworks read it to find the services without scanning the class path (the Spring Boot
 * integration declares a bean for each). Nothing is written when no service was generated, as in the first pass of a
 * two-pass build.
 */
public final class ServiceIndexOutput {
  /** Where the index goes, in the class output (and so in the jar). */
  public static final String LOCATION = "META-INF/jpaproto/services";

  private final GeneratedFiles output;

  public ServiceIndexOutput(GeneratedFiles output) {
    this.output = output;
  }

  /** Writes the index of {@code services}, each the class and the entity it was generated from. */
  public void write(List<ServiceOutput.Written> services) {
    if (services.isEmpty()) {
      return;
    }
    TreeSet<String> names = new TreeSet<>();
    for (ServiceOutput.Written service : services) {
      names.add(service.serviceClass().canonicalName());
    }
    StringBuilder text = new StringBuilder("# The CRUD services jpaproto generated in this compilation.\n");
    for (String name : names) {
      text.append(name).append('\n');
    }
    Element[] origins = services.stream().map(ServiceOutput.Written::entity).toArray(Element[]::new);
    output.writeClassOutput(LOCATION, text.toString(), origins[0], origins);
  }
}
