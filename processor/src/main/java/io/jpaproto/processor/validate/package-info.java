/**
 * Stage five of the pipeline, after the schema is shaped and numbered: the {@code buf.validate} rules of each field,
 * derived from what the JPA mapping and, when it is on the compile path, Bean Validation say about the attribute
 * ({@link io.jpaproto.processor.validate.ValidationRules}). The rules go into the generated protos, where
 * protovalidate enforces them on the server and in clients of every language.
 */
package io.jpaproto.processor.validate;
