/**
 * The jpaproto annotation processor. Read it top to bottom: {@code discover} reads entities into the {@code model},
 * {@code types} decides proto types through the type-mapping table, {@code schema} shapes files, messages and enums,
 * {@code number} assigns field numbers, {@code service} derives the CRUD services {@code @ProtoService} asks for,
 * {@code write} renders and writes files, and {@code report} holds the catalogue of diagnostics. {@code validate}
 * adds the {@code buf.validate} rules after numbering; {@code plugin} is a second way in, javac's {@code -Xplugin},
 * which runs the same processor on the entered classes without annotation processing.
 */
package io.jpaproto.processor;
