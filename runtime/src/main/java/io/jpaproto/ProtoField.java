package io.jpaproto;

import io.jpaproto.convert.Converter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides how one persistent attribute becomes a proto field.
 *
 * <p>Every element is optional; an element left at its default keeps what jpaproto would choose on its own.
 * <pre>{@code
 * @ProtoField(number = 7)                       // pin the field number
 * @ProtoField(name = "display_name")            // choose the proto field name
 * @ProtoField(type = "string")                  // map BigInteger as decimal text instead of int64
 * @ProtoField(type = "acme.money.v1.Money", typeImport = "acme/money/v1/money.proto",
 *             converter = MoneyConverter.class)  // a custom message type with its converter
 * }</pre>
 * Place it on the field (field access) or on the getter (property access).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface ProtoField {

  /** The proto field number, 1 to 536870911 except 19000 to 19999; {@code 0} lets jpaproto choose. */
  int number() default 0;

  /** The proto field name in lower_snake_case; empty derives it from the Java name. */
  String name() default "";

  /**
   * The proto type: a scalar ({@code "int64"}, {@code "string"}, ...) or a fully qualified message or enum name
   * ({@code "google.protobuf.Timestamp"}); empty lets the type-mapping table decide.
   */
  String type() default "";

  /** The file that defines {@link #type()} when it is a message or enum jpaproto does not know, for example {@code "acme/money/v1/money.proto"}. */
  String typeImport() default "";

  /**
   * The converter between the Java type and {@link #type()}; {@code Converter.class} (the default) uses the built-in
   * conversion for that pair, and is an error where none exists.
   */
  @SuppressWarnings("rawtypes")
  Class<? extends Converter> converter() default Converter.class;

  /**
   * Accepts a change of this field's proto type or presence against the remembered state ({@code jpaproto.lock}),
   * which jpaproto otherwise refuses because clients and stored messages would misread the field. Prefer a new field
   * name, which takes a new number and reserves the old one.
   */
  boolean allowBreakingChange() default false;
}
