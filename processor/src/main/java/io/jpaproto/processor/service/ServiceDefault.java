package io.jpaproto.processor.service;

import io.jpaproto.processor.ProcessorOption;
import java.util.Locale;
import java.util.Map;

/**
 * Which entities get a CRUD service when neither they nor their package carry {@code @ProtoService}: the option
 * {@code -Ajpaproto.services}. {@code annotated} (the default) serves only what {@code @ProtoService} asks for;
 * {@code all} serves every concrete entity that has a single scalar id, as if its package said {@code @ProtoService},
 * and quietly leaves out the entities that cannot have a service (a composite or embedded id, an excluded id) instead
 * of refusing them with JP153. {@code @ProtoService(false)} still opts an entity or package out.
 */
public enum ServiceDefault {
  /** Only entities whose class or package says {@code @ProtoService}. */
  ANNOTATED,
  /** Every concrete entity that can have a service. */
  ALL;

  /** The value of {@link ProcessorOption#SERVICES} in {@code options}; {@code null} when it names neither value. */
  public static ServiceDefault of(Map<String, String> options) {
    return switch (ProcessorOption.SERVICES.value(options).toLowerCase(Locale.ROOT)) {
      case "annotated" -> ANNOTATED;
      case "all" -> ALL;
      default -> null;
    };
  }
}
