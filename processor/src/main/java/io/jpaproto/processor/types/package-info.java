/** Map types: the ordered type-mapping table (project rules, provider rules, defaults) and its decisions. */
package io.jpaproto.processor.types;
