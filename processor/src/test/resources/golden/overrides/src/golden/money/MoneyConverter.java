package golden.money;

import golden.money.proto.Amount;
import io.jpaproto.convert.Converter;

/** Converts money to the hand-written Amount message; it uses protoc output, so it is compiled in the second pass. */
public class MoneyConverter implements Converter<Money, Amount> {
  @Override
  public Amount toProto(Money value) {
    return Amount.newBuilder().setCents(value.cents()).setCurrency(value.currency()).build();
  }

  @Override
  public Money fromProto(Amount value) {
    return new Money(value.getCents(), value.getCurrency());
  }
}
