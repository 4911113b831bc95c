package io.jpaproto.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import io.jpaproto.examples.library.model.Author;
import io.jpaproto.examples.library.model.Book;
import io.jpaproto.examples.library.model.BookProtoMapper;
import io.jpaproto.examples.library.model.Genre;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mapper the processor generated in this build, used as an application uses it. */
class BookMapperTest {
  private static final long AUTHOR_ID = 7;

  private final BookProtoMapper mapper = BookProtoMapper.INSTANCE;

  @Test
  void entityToMessageAndBackKeepsEveryValue() throws Exception {
    Book book = book();
    io.jpaproto.examples.library.api.Book message =
        io.jpaproto.examples.library.api.Book.parseFrom(mapper.toProto(book).toByteArray());

    assertEquals("12.30", message.getPrice());
    assertEquals(20_000_000_000L, message.getCopiesSold());
    assertEquals(AUTHOR_ID, message.getAuthorId(), "a relation is published as the target's id");
    assertFalse(message.hasIsbn(), "a null attribute is an absent field");

    Book back = mapper.fromProto(message, BookMapperTest::reference);
    assertEquals(book.getTitle(), back.getTitle());
    assertEquals(new BigDecimal("12.30"), back.getPrice());
    assertEquals(book.getAddedAt(), back.getAddedAt());
    assertEquals(book.getPublishedOn(), back.getPublishedOn());
    assertEquals(book.getPublicId(), back.getPublicId());
    assertEquals(Genre.POETRY, back.getGenre());
    assertNull(back.getIsbn());
    assertEquals(AUTHOR_ID, back.getAuthor().getId());
  }

  @Test
  void aRelationToAnAuthorThatWasNeverPersistedIsRefusedNotDropped() {
    Book book = book();
    book.setAuthor(new Author());
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> mapper.toProto(book));
    assertTrue(error.getMessage().startsWith("field author_id: the related entity has no id yet"), error.getMessage());
  }

  @Test
  void updateChangesOnlyTheMaskedFields() {
    Book book = book();
    io.jpaproto.examples.library.api.Book change = io.jpaproto.examples.library.api.Book.newBuilder()
        .setTitle("Renamed")
        .setPrice("99.00")
        .build();

    mapper.update(book, change, FieldMask.newBuilder().addPaths("title").build(), BookMapperTest::reference);

    assertEquals("Renamed", book.getTitle());
    assertEquals(new BigDecimal("12.30"), book.getPrice(), "not in the mask, so untouched");
  }

  @Test
  void anUnknownMaskPathIsAnErrorNamingIt() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> mapper.update(book(),
        io.jpaproto.examples.library.api.Book.getDefaultInstance(),
        FieldMask.newBuilder().addPaths("titel").build(), BookMapperTest::reference));
    assertTrue(error.getMessage().contains("\"titel\""), error.getMessage());
  }

  /** Stands in for EntityManager.getReference: a detached author with the id. */
  @SuppressWarnings("unchecked")
  private static <T> T reference(Class<T> type, Object id) {
    if (type != Author.class) {
      throw new AssertionError("unexpected reference to " + type);
    }
    return (T) storedAuthor((Long) id);
  }

  /** An author as the provider hands it out: with the id it assigned (the entity has no id setter). */
  private static Author storedAuthor(long id) {
    return new Author() {
      @Override
      public Long getId() {
        return id;
      }
    };
  }

  private static Book book() {
    Book book = new Book();
    book.setPublicId(UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
    book.setTitle("Howl");
    book.setGenre(Genre.POETRY);
    book.setPrice(new BigDecimal("12.30"));
    book.setPublishedOn(LocalDate.of(1956, 11, 1));
    book.setCopiesSold(20_000_000_000L);
    book.setAddedAt(Instant.parse("1969-07-20T20:17:40.123456789Z"));
    book.setAuthor(storedAuthor(AUTHOR_ID));
    return book;
  }
}
