/** The benchmark's entities, each served by a generated CRUD service. */
@ProtoPackage(value = "bench.services.v1", javaPackage = "io.jpaproto.bench.services.api")
@ProtoService
package io.jpaproto.bench.services.model;

import io.jpaproto.ProtoPackage;
import io.jpaproto.ProtoService;
