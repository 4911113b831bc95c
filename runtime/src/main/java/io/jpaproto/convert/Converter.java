package io.jpaproto.convert;

/**
 * Converts one Java attribute type to and from its proto representation. Custom type-mapping rules name an
 * implementation; generated mappers create one instance per mapper class through the public no-argument constructor
 * and call it only with non-null values (nulls are handled by the mapper through proto3 presence).
 *
 * @param <J> the Java attribute type
 * @param <P> the proto-side type: a boxed scalar ({@code Long}, {@code String}, {@code ByteString}, ...) or a message
 */
public interface Converter<J, P> {

  /** Returns the proto value for a non-null Java value. */
  P toProto(J value);

  /** Returns the Java value for a proto value. */
  J fromProto(P value);
}
