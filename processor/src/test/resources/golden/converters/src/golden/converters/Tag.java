package golden.converters;

/** A label of a note. */
public enum Tag { URGENT, LATER, PRIVATE }
