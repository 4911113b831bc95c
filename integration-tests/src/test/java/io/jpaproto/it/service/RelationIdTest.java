package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jpaproto.it.service.model.Item;
import io.jpaproto.it.service.model.ItemProtoMapper;
import io.jpaproto.it.service.model.Warehouse;
import org.junit.jupiter.api.Test;

/** A relation is published as the target's id, and never dropped silently when the target has none. */
class RelationIdTest {

  @Test
  void aRelatedEntityThatWasNeverPersistedIsRefusedNamingTheField() {
    Item item = new Item();
    item.setName("lamp");
    item.setWarehouse(new Warehouse());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ItemProtoMapper.INSTANCE.toProto(item));
    assertEquals("field warehouse_id: the related entity has no id yet; persist it (and flush, for ids the database "
        + "assigns) before mapping", e.getMessage());
  }

  @Test
  void noRelatedEntityIsNoId() {
    Item item = new Item();
    item.setName("lamp");
    assertFalse(ItemProtoMapper.INSTANCE.toProto(item).hasWarehouseId());
  }
}
