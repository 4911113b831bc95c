package io.jpaproto.processor.spi;

import io.jpaproto.spi.TypeMapping;
import io.jpaproto.spi.TypeMappingProvider;
import java.util.List;

/**
 * A well-behaved provider: maps {@code java.util.Currency} to {@code string} through its own converter, in place of
 * the default row.
 */
public final class CurrencyTypeMappingProvider implements TypeMappingProvider {
  /** The converter the rule names; the processor only records the name. */
  public static final String CONVERTER = "golden.spi.CurrencyConverter";

  @Override
  public List<TypeMapping> typeMappings() {
    return List.of(TypeMapping.of("java.util.Currency", "string").withConverter(CONVERTER));
  }
}
