/** Report: the catalogue of diagnostics, each raised on the element it is about. */
package io.jpaproto.processor.report;
