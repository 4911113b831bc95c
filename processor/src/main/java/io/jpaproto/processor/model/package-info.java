/** The Java side: entities, their persistent attributes and the enums they use, as JPA sees them. */
package io.jpaproto.processor.model;
