package io.jpaproto.processor.types;

import io.jpaproto.processor.model.ColumnFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered type-mapping table: project rules ({@code @ProtoTypeMapping}), then provider rules (SPI), then the
 * defaults. The first row that matches an attribute decides its proto type and conversion. Nothing else in the
 * processor decides a proto type.
 */
public final class TypeMappingTable {
  private final List<TypeRule> rules;
  private final List<TypeRule> knownConversions;

  private TypeMappingTable(List<TypeRule> rules, List<TypeRule> knownConversions) {
    this.rules = rules;
    this.knownConversions = knownConversions;
  }

  /** The table with project rules first, then provider rules, then the defaults. */
  public static TypeMappingTable of(List<TypeRule> projectRules, List<TypeRule> providerRules) {
    List<TypeRule> rules = new ArrayList<>(projectRules);
    rules.addAll(providerRules);
    rules.addAll(DefaultTypeRules.rules());
    return new TypeMappingTable(List.copyOf(rules), builtInConversions());
  }

  /** The rows in match order. */
  public List<TypeRule> rules() {
    return rules;
  }

  /** The first row matching the attribute, or {@code null}. */
  public TypeRule find(String typeName, boolean isEnum, ColumnFacts column) {
    for (TypeRule rule : rules) {
      if (rule.matches(typeName, isEnum, column)) {
        return rule;
      }
    }
    return null;
  }

  /** The built-in conversion between a Java type and a proto type, or {@code null} where there is none. */
  public static Conversion builtInConversion(String javaType, ProtoType protoType) {
    for (TypeRule rule : builtInConversions()) {
      if (rule.javaType().equals(javaType) && rule.protoType() != null
          && rule.protoType().name().equals(protoType.name())) {
        return rule.conversion();
      }
    }
    return null;
  }

  private static List<TypeRule> builtInConversions() {
    List<TypeRule> all = new ArrayList<>(DefaultTypeRules.rules());
    all.addAll(DefaultTypeRules.alternatives());
    return all;
  }
}
