package io.jpaproto.it.service.model;

/** The colour of an item; the proto constants become COLOR_RED and so on. */
public enum Color {
  RED,
  GREEN,
  BLUE
}
