package io.jpaproto.processor.spi;

import io.jpaproto.spi.TypeMapping;
import io.jpaproto.spi.TypeMappingProvider;
import java.util.List;

/** A broken provider: it returns {@code null} instead of a list of rules. */
public final class NullTypeMappingProvider implements TypeMappingProvider {
  @Override
  public List<TypeMapping> typeMappings() {
    return null;
  }
}
