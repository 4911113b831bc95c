/**
 * The library's JPA entities. They live in their own package so the first compiler pass, which runs only the
 * jpaproto processor, can compile them before protoc has generated the message classes the rest of the code uses.
 */
@ProtoPackage(value = "library.v1", javaPackage = "io.jpaproto.examples.spring.api")
package io.jpaproto.examples.spring.model;

import io.jpaproto.ProtoPackage;
