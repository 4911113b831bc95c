/** The service provider interface that extends jpaproto's type-mapping table. */
package io.jpaproto.spi;
