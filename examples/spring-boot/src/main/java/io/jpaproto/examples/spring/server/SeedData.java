package io.jpaproto.examples.spring.server;

import io.jpaproto.examples.spring.model.Address;
import io.jpaproto.examples.spring.model.Author;
import io.jpaproto.examples.spring.model.Book;
import io.jpaproto.examples.spring.model.Genre;
import io.jpaproto.examples.spring.model.Publisher;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The small catalogue the library example starts with (the same as the plain example's), written once into an
 * empty database so a client has something to list and refer to. {@code library.seed=false} leaves the database
 * as it is.
 */
@Component
@ConditionalOnBooleanProperty(name = "library.seed", matchIfMissing = true)
public class SeedData implements ApplicationRunner {
  /** 2^53 + 1: the smallest integer a JavaScript number or a JSON double cannot hold exactly. */
  public static final long ABOVE_2_POW_53 = 9_007_199_254_740_993L;
  /**
   * Logged once the catalogue is in the database. Runners run after the gRPC server has started listening, so a
   * client that wants the seeded rows (run-node-client.sh) waits for this line, not for the port.
   */
  public static final String READY = "library catalogue ready";
  private static final Logger LOG = LoggerFactory.getLogger(SeedData.class);

  private final BookRepository books;
  private final TransactionTemplate transactions;
  private final EntityManager entityManager;

  public SeedData(BookRepository books, PlatformTransactionManager transactionManager,
      EntityManagerFactory entityManagerFactory) {
    this.books = books;
    this.transactions = new TransactionTemplate(transactionManager);
    this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
  }

  @Override
  public void run(ApplicationArguments args) {
    seed();
    LOG.info("{} ({} books)", READY, books.count());
  }

  private void seed() {
    transactions.executeWithoutResult(status -> {
      if (books.count() > 0) {
        return;
      }
      Author leGuin = author("Ursula K. Le Guin", LocalDate.of(1929, 10, 21));
      Author butler = author("Octavia E. Butler", LocalDate.of(1947, 6, 22));
      entityManager.persist(leGuin);
      entityManager.persist(butler);

      Publisher harper = new Publisher();
      harper.setName("Harper & Row");
      harper.setFounded(Year.of(1817));
      Address address = new Address();
      address.setStreet("10 East 53rd Street");
      address.setCity("New York");
      address.setCountry("US");
      harper.setAddress(address);
      entityManager.persist(harper);

      books.save(book(UUID.fromString("8a3e2f41-0c5b-4d6a-b7e9-1f2a3b4c5d6e"), "A Wizard of Earthsea",
          "9780553383041", Genre.CHILDREN, "8.99", LocalDate.of(1968, 11, 1), 1_000_000L, leGuin, null,
          List.of("magic", "coming of age")));
      books.save(book(UUID.fromString("3f1c8e9a-5b2d-4c7e-9a10-6d2f4b8c1e55"), "The Dispossessed",
          "9780061054884", Genre.FICTION, "15.99", LocalDate.of(1974, 5, 1), ABOVE_2_POW_53, leGuin, harper,
          List.of("anarchism", "physics")));
      books.save(book(UUID.fromString("c5d6e7f8-9a0b-4c1d-8e2f-3a4b5c6d7e8f"), "Kindred", "9780807083697",
          Genre.FICTION, "16.00", LocalDate.of(1979, 6, 1), 2_500_000L, butler, null,
          List.of("time travel", "slavery")));
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
