/**
 * Parents whose collections cascade to their children, as JPA models often have them (Spring Petclinic's
 * {@code Owner.pets}): a household with its residents (an inverse {@code mappedBy} collection) and its chores (a
 * unidirectional collection), {@code @ProtoService} on every entity. The service tests delete children through
 * their services while the parent's collection is loaded.
 */
@ProtoPackage(value = "it.cascade.v1", javaPackage = "io.jpaproto.it.cascade.api")
@ProtoService
package io.jpaproto.it.cascade.model;

import io.jpaproto.ProtoPackage;
import io.jpaproto.ProtoService;
