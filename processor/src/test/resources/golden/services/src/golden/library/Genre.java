package golden.library;

/** What a book is about. */
public enum Genre {
  NOVEL,
  POETRY,
  ESSAY
}
