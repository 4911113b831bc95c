/**
 * The annotations jpaproto users put on their JPA entities and packages.
 *
 * <p>None of them is required: an {@code @Entity} alone is enough. They override names, numbers and types, and
 * exclude attributes from the public schema.
 */
package io.jpaproto;
