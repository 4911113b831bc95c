package golden.common;

/** Who can see a thing. */
public enum Visibility {
  PUBLIC,
  PRIVATE
}
