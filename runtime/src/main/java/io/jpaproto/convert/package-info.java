/**
 * The conversions generated mappers call: exact, range-checked and null-free. Every built-in conversion takes the proto
 * field name as its last argument and names it in the exception it throws for a value it cannot represent.
 */
package io.jpaproto.convert;
