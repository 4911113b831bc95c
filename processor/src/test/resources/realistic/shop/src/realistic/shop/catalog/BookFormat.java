package realistic.shop.catalog;

/** How a book is bound or delivered. */
public enum BookFormat {
  HARDCOVER,
  PAPERBACK,
  /** A download. */
  EBOOK,
  AUDIOBOOK
}
