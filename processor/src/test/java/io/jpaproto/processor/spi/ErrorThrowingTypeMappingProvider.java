package io.jpaproto.processor.spi;

import io.jpaproto.spi.TypeMapping;
import io.jpaproto.spi.TypeMappingProvider;
import java.util.List;

/**
 * A broken provider that fails with an {@link Error} rather than a {@link RuntimeException}, as a provider compiled
 * against a missing library does ({@link NoClassDefFoundError}).
 */
public final class ErrorThrowingTypeMappingProvider implements TypeMappingProvider {
  /** The class the provider pretends it cannot find. */
  public static final String MISSING_CLASS = "org/javamoney/moneta/Money";

  @Override
  public List<TypeMapping> typeMappings() {
    throw new NoClassDefFoundError(MISSING_CLASS);
  }
}
