/**
 * Entities served by generated CRUD services ({@code @ProtoService} on the package: every concrete entity here gets a
 * {@code <Entity>Service} proto and, in pass 2, a {@code <Entity>JpaService}). The service tests run them against H2
 * through a real gRPC channel.
 */
@ProtoPackage(value = "it.service.v1", javaPackage = "io.jpaproto.it.service.api")
@ProtoService
package io.jpaproto.it.service.model;

import io.jpaproto.ProtoPackage;
import io.jpaproto.ProtoService;
