package io.jpaproto;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Confirms that an attribute whose name looks like a secret (password, token, secret, hash, salt, API key...) may be
 * published, which silences jpaproto's warning about it. Use {@link ProtoIgnore} instead to keep it out.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface ProtoExposed {
}
