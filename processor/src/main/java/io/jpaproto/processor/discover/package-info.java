/** Discover: reads entity classes as JPA does (hierarchy, access type, persistent attributes, column facts). */
package io.jpaproto.processor.discover;
