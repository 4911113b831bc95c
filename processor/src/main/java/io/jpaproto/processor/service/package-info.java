/**
 * Services: which entities get a generated CRUD service ({@code @ProtoService}), and the model of each service (names,
 * id, filter and sortable fields) that the writers render.
 */
package io.jpaproto.processor.service;
