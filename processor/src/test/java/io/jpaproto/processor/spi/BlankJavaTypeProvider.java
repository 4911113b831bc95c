package io.jpaproto.processor.spi;

import io.jpaproto.spi.TypeMapping;
import io.jpaproto.spi.TypeMappingProvider;
import java.util.List;

/** A provider with an invalid rule: the Java type is blank, the proto type is a fine scalar. */
public final class BlankJavaTypeProvider implements TypeMappingProvider {
  @Override
  public List<TypeMapping> typeMappings() {
    return List.of(TypeMapping.of("", "string"));
  }
}
