/**
 * An entity with a nullable attribute of every sortable type, served by a generated service: the keyset paging
 * tests walk its pages in every order.
 */
@ProtoPackage(value = "it.paging.v1", javaPackage = "io.jpaproto.it.paging.api")
@ProtoService
package io.jpaproto.it.paging.model;

import io.jpaproto.ProtoPackage;
import io.jpaproto.ProtoService;
