/**
 * Write: deterministic rendering of proto files (entity and service files), mappers and JpaServices, and their output
 * to the class output, the source output and the proto directory.
 */
package io.jpaproto.processor.write;
