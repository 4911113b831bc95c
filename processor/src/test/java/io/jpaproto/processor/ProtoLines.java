package io.jpaproto.processor;

import java.util.regex.Pattern;

/** Questions tests ask of generated proto text, independent of the validation rules a field may carry. */
final class ProtoLines {
  private ProtoLines() {
  }

  /**
   * Whether {@code proto} declares the field {@code declaration} (such as {@code optional string phone = 4}), with or
   * without field options ({@code [(buf.validate.field)...]}) after it.
   */
  static boolean declares(String proto, String declaration) {
    return Pattern.compile(Pattern.quote(declaration) + "( \\[|;)").matcher(proto).find();
  }
}
