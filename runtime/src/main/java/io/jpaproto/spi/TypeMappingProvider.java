package io.jpaproto.spi;

import java.util.List;

/**
 * Contributes rules to jpaproto's type-mapping table. Implementations are found with {@link java.util.ServiceLoader}
 * on the annotation processor path: list the class in
 * {@code META-INF/services/io.jpaproto.spi.TypeMappingProvider} of a jar added to {@code annotationProcessorPaths}.
 *
 * <p>Provider rules win over the built-in defaults and lose to {@code @ProtoTypeMapping} project rules and to
 * {@code @ProtoField} overrides. Providers are consulted in the order of their class names, so the table does not
 * depend on the class path order.
 */
public interface TypeMappingProvider {

  /** The rules of this provider, first match wins. */
  List<TypeMapping> typeMappings();
}
