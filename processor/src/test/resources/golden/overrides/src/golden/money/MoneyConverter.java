package golden.money;

import io.jpaproto.convert.Converter;

/** Stands in for a converter to a protoc-generated Amount message. */
public class MoneyConverter implements Converter<Money, Object> {
  @Override
  public Object toProto(Money value) {
    return value;
  }

  @Override
  public Money fromProto(Object value) {
    return (Money) value;
  }
}
