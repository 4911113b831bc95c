package golden.converters;

/** A stock-keeping unit code, a value type. */
public record Sku(String code) {
}
