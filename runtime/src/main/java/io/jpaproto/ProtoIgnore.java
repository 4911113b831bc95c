package io.jpaproto;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves a persistent attribute out of the generated schema and mappers.
 *
 * <p>Use it for anything that must not become public API: password hashes, internal flags, audit data.
 * Nothing about an ignored attribute (not even its name) appears in the generated files.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface ProtoIgnore {
}
