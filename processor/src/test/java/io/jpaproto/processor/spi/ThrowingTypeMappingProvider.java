package io.jpaproto.processor.spi;

import io.jpaproto.spi.TypeMapping;
import io.jpaproto.spi.TypeMappingProvider;
import java.util.List;

/** A broken provider: asking it for its rules throws. */
public final class ThrowingTypeMappingProvider implements TypeMappingProvider {
  /** The message of the exception it throws. */
  public static final String FAILURE = "no rules today";

  @Override
  public List<TypeMapping> typeMappings() {
    throw new IllegalStateException(FAILURE);
  }
}
