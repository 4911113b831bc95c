/** The catalog's entities; their protos ship in this module's jar. */
@ProtoPackage(value = "catalog.v1", javaPackage = "io.jpaproto.examples.catalog.api")
package io.jpaproto.examples.catalog;

import io.jpaproto.ProtoPackage;
