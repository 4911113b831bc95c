package io.jpaproto.examples.library.server;

import io.jpaproto.examples.library.model.Address;
import io.jpaproto.examples.library.model.Author;
import io.jpaproto.examples.library.model.Book;
import io.jpaproto.examples.library.model.Genre;
import io.jpaproto.examples.library.model.Publisher;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small catalogue the server starts with, written through JPA directly (not through the API), so a client has
 * something to list and to refer to at once.
 */
public final class SeedData {
  /** 2^53 + 1: the smallest integer a JavaScript number or a JSON double cannot hold exactly. */
  public static final long ABOVE_2_POW_53 = 9_007_199_254_740_993L;

  /** The public id of the seeded book whose copies_sold is {@link #ABOVE_2_POW_53}. */
  public static final UUID DISPOSSESSED = UUID.fromString("3f1c8e9a-5b2d-4c7e-9a10-6d2f4b8c1e55");

  private SeedData() {
  }

  /** Inserts two authors, a publisher and three books in one transaction. */
  public static void insert(Database database) {
    database.inTransaction(em -> {
      Author leGuin = author("Ursula K. Le Guin", LocalDate.of(1929, 10, 21));
      Author butler = author("Octavia E. Butler", LocalDate.of(1947, 6, 22));
      em.persist(leGuin);
      em.persist(butler);

      Publisher harper = new Publisher();
      harper.setName("Harper & Row");
      harper.setFounded(Year.of(1817));
      Address address = new Address();
      address.setStreet("10 East 53rd Street");
      address.setCity("New York");
      address.setCountry("US");
      harper.setAddress(address);
      em.persist(harper);

      em.persist(book(UUID.fromString("8a3e2f41-0c5b-4d6a-b7e9-1f2a3b4c5d6e"), "A Wizard of Earthsea",
          "9780553383041", Genre.CHILDREN, "8.99", LocalDate.of(1968, 11, 1), 1_000_000L, leGuin, null,
          List.of("magic", "coming of age")));
      // A counter above 2^53: int64 on the wire, a string in JSON, exact in every client that reads it as such.
      em.persist(book(DISPOSSESSED, "The Dispossessed", "9780061054884", Genre.FICTION, "15.99",
          LocalDate.of(1974, 5, 1), ABOVE_2_POW_53, leGuin, harper, List.of("anarchism", "physics")));
      em.persist(book(UUID.fromString("c5d6e7f8-9a0b-4c1d-8e2f-3a4b5c6d7e8f"), "Kindred", "9780807083697",
          Genre.FICTION, "16.00", LocalDate.of(1979, 6, 1), 2_500_000L, butler, null,
          List.of("time travel", "slavery")));
      return null;
    });
  }

  private static Author author(String name, LocalDate bornOn) {
    Author author = new Author();
    author.setName(name);
    author.setBornOn(bornOn);
    return author;
  }

  private static Book book(UUID publicId, String title, String isbn, Genre genre, String price, LocalDate publishedOn,
      long copiesSold, Author author, Publisher publisher, List<String> subjects) {
    Book book = new Book();
    book.setPublicId(publicId);
    book.setTitle(title);
    book.setIsbn(isbn);
    book.setGenre(genre);
    book.setPrice(new BigDecimal(price));
    book.setPublishedOn(publishedOn);
    book.setCopiesSold(copiesSold);
    book.setAddedAt(Instant.parse("2024-01-15T09:30:00Z"));
    book.setAuthor(author);
    book.setPublisher(publisher);
    book.setSubjects(new ArrayList<>(subjects));
    return book;
  }
}
