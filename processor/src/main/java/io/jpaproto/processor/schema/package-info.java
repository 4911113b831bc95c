/** Shape the schema: proto files, messages, fields, enums, names (buf STANDARD) and comments. */
package io.jpaproto.processor.schema;
