/**
 * The jpaproto annotation processor. Read it top to bottom: {@code discover} reads entities into the {@code model},
 * {@code types} decides proto types through the type-mapping table, {@code schema} shapes files, messages and enums,
 * {@code number} assigns field numbers, {@code service} derives the CRUD services {@code @ProtoService} asks for,
 * {@code write} renders and writes files, and {@code report} holds the catalogue of diagnostics.
 */
package io.jpaproto.processor;
