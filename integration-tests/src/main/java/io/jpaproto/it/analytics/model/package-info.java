/**
 * An analytics model as a Django project ported to JPA has it: sites, pages with a many-to-many of tags and a
 * key-value map of metadata, {@code @ProtoService} on every entity. The service tests run its generated services
 * against H2 through a real gRPC channel.
 */
@ProtoPackage(value = "it.analytics.v1", javaPackage = "io.jpaproto.it.analytics.api")
@ProtoService
package io.jpaproto.it.analytics.model;

import io.jpaproto.ProtoPackage;
import io.jpaproto.ProtoService;
