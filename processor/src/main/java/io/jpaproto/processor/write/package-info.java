/** Write: deterministic rendering of proto files and their output to the class output and the proto directory. */
package io.jpaproto.processor.write;
