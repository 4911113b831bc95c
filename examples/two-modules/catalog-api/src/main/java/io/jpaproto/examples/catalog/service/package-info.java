/** Catalog API code: it uses the model module's entities and the message classes protoc made from its protos. */
@ProtoMappers({Product.class})
package io.jpaproto.examples.catalog.service;

import io.jpaproto.ProtoMappers;
import io.jpaproto.examples.catalog.Product;
