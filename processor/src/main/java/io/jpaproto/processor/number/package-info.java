/** Number: field and enum value numbers, pinned numbers and their validation. */
package io.jpaproto.processor.number;
