package io.jpaproto.processor.spi;

import io.jpaproto.spi.TypeMapping;
import io.jpaproto.spi.TypeMappingProvider;
import java.util.List;

/** A broken provider that fails with an {@link AssertionError}, an {@link Error} that is not a LinkageError. */
public final class AssertingTypeMappingProvider implements TypeMappingProvider {
  @Override
  public List<TypeMapping> typeMappings() {
    throw new AssertionError("provider invariant broken");
  }
}
