package io.jpaproto.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import com.google.type.Date;
import io.jpaproto.examples.library.api.Book;
import io.jpaproto.examples.library.api.Genre;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The protos the processor wrote were compiled by protoc in this same build, and the messages work. */
class GeneratedProtoTest {

  @Test
  void messageClassesExistAndCarryTheEntityFields() throws Exception {
    Book book = Book.newBuilder()
        .setId(9_007_199_254_740_993L)
        .setPublicId("1b4e28ba-2fa1-11d2-883f-0016d3cca427")
        .setTitle("Dune")
        .setGenre(Genre.GENRE_FICTION)
        .setPrice("9.99")
        .setPublishedOn(Date.newBuilder().setYear(1965).setMonth(8).setDay(1))
        .setCopiesSold(20_000_000_000L)
        .setAddedAt(Timestamp.newBuilder().setSeconds(1_700_000_000L).setNanos(123_456_789))
        .build();

    assertEquals(book, Book.parseFrom(book.toByteArray()));
    Book.Builder fromJson = Book.newBuilder();
    JsonFormat.parser().merge(JsonFormat.printer().print(book), fromJson);
    assertEquals(book, fromJson.build());
  }

  @Test
  void bigIntegersAreInt64AndNullableColumnsHavePresence() {
    assertEquals(FieldDescriptor.Type.INT64, Book.getDescriptor().findFieldByName("copies_sold").getType());
    assertEquals(FieldDescriptor.Type.INT64, Book.getDescriptor().findFieldByName("id").getType());
    assertTrue(Book.getDescriptor().findFieldByName("isbn").hasPresence(), "nullable column -> optional");
    assertFalse(Book.getDescriptor().findFieldByName("title").hasPresence(), "nullable = false -> plain field");
  }

  @Test
  void excludedFieldsAreNotPublished() {
    assertNull(Book.getDescriptor().findFieldByName("purchasing_notes"));
  }

  @Test
  void theProtoShipsInTheJar() throws Exception {
    try (InputStream proto = getClass().getResourceAsStream("/library/v1/model.proto")) {
      assertTrue(proto != null, "model.proto is on the class path");
      assertTrue(new String(proto.readAllBytes(), StandardCharsets.UTF_8).contains("message Book {"));
    }
  }
}
