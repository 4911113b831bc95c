package io.jpaproto.bench.services.model;

/** Where a ticket stands. */
public enum TicketStatus {
  OPEN,
  IN_PROGRESS,
  CLOSED
}
