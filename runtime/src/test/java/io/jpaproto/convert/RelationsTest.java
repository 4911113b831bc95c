package io.jpaproto.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationsTest {

  @Test
  void anIdIsReturnedAsItIs() {
    Long id = 42L;
    assertSame(id, Relations.requireId(id, "author_id"));
  }

  @Test
  void aMissingIdNamesTheFieldAndTheFix() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Relations.requireId(null, "category_ids"));
    assertEquals("field category_ids: the related entity has no id yet; persist it (and flush, for ids the database "
        + "assigns) before mapping", e.getMessage());
  }

  @Test
  void aJdkCollectionIsLoaded() {
    List<String> list = new ArrayList<>();
    Relations.requireLoaded(list, "tags");
    Relations.requireLoaded(List.of(), "tags");
  }
}
