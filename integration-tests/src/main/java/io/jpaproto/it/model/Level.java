package io.jpaproto.it.model;

/** How loud something is; the constants become LEVEL_LOW and so on. */
public enum Level {
  LOW,
  MEDIUM,
  HIGH,
  VERY_HIGH
}
