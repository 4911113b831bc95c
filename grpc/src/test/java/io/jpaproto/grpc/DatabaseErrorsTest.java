package io.jpaproto.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.grpc.Status;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The statuses of H2's and PostgreSQL's constraint errors, from their messages as the drivers write them. */
class DatabaseErrorsTest {
  private static final UnaryOperator<String> FIELDS = column -> column.toLowerCase(Locale.ROOT);

  private static Status of(String state, String message) {
    return DatabaseErrors.of(new SQLException(message, state), FIELDS, "Warehouse");
  }

  private static void assertStatus(Status.Code code, String description, Status status) {
    assertEquals(code, status.getCode(), status.toString());
    assertEquals(description, status.getDescription());
  }

  @Test
  void h2() {
    assertStatus(Status.Code.INVALID_ARGUMENT, "field nickname is longer than its column allows; send a shorter one",
        of("22001", "Value too long for column \"NICKNAME CHARACTER VARYING(20)\": \"'nnnn' (21)\"; SQL statement:"));
    assertStatus(Status.Code.INVALID_ARGUMENT, "field country is required; set it",
        of("23502", "NULL not allowed for column \"COUNTRY\"; SQL statement:\ninsert into ..."));
    assertStatus(Status.Code.ALREADY_EXISTS, "a Warehouse with the same code already exists",
        of("23505", "Unique index or primary key violation: \"PUBLIC.UK_CODE_INDEX_1 ON PUBLIC.WAREHOUSE(CODE NULLS "
            + "FIRST) VALUES ( /* 1 */ 'x' )\"; SQL statement:"));
    assertStatus(Status.Code.FAILED_PRECONDITION,
        "Warehouse is still referenced by item rows (warehouse_id); delete or change those first",
        of("23503", "Referential integrity constraint violation: \"FKABC: PUBLIC.ITEM FOREIGN KEY(WAREHOUSE_ID) "
            + "REFERENCES PUBLIC.WAREHOUSE(ID) (CAST(1 AS BIGINT))\"; SQL statement:\ndelete from Warehouse"));
    assertStatus(Status.Code.INVALID_ARGUMENT, "field warehouse_id names no warehouse that exists",
        of("23506", "Referential integrity constraint violation: \"FKABC: PUBLIC.ITEM FOREIGN KEY(WAREHOUSE_ID) "
            + "REFERENCES PUBLIC.WAREHOUSE(ID) (CAST(9 AS BIGINT))\"; SQL statement:\ninsert into Item"));
    assertEquals(Status.Code.INVALID_ARGUMENT, of("23513", "Check constraint violation: \"CONSTRAINT_4: \"").getCode());
  }

  @Test
  void postgresql() {
    assertStatus(Status.Code.INVALID_ARGUMENT, "a value is longer than its column allows; send a shorter one",
        of("22001", "ERROR: value too long for type character varying(20)"));
    assertStatus(Status.Code.INVALID_ARGUMENT, "a number is out of the range its column can hold",
        of("22003", "ERROR: numeric field overflow\n  Detail: A field with precision 12, scale 2 must round ..."));
    assertStatus(Status.Code.INVALID_ARGUMENT, "field country is required; set it",
        of("23502", "ERROR: null value in column \"country\" of relation \"visitor\" violates not-null constraint"));
    assertStatus(Status.Code.ALREADY_EXISTS, "a Warehouse with the same code already exists",
        of("23505", "ERROR: duplicate key value violates unique constraint \"uk_code\"\n  Detail: Key (code)=(x) "
            + "already exists."));
    assertStatus(Status.Code.FAILED_PRECONDITION, "Warehouse is still referenced by item rows; delete or change "
        + "those first", of("23503", "ERROR: update or delete on table \"warehouse\" violates foreign key constraint "
            + "\"fkabc\" on table \"item\"\n  Detail: Key (id)=(1) is still referenced from table \"item\"."));
    assertStatus(Status.Code.INVALID_ARGUMENT, "field warehouse_id names no warehouse that exists",
        of("23503", "ERROR: insert or update on table \"item\" violates foreign key constraint \"fkabc\"\n  Detail: "
            + "Key (warehouse_id)=(9) is not present in table \"warehouse\"."));
    assertStatus(Status.Code.INVALID_ARGUMENT, "a value breaks the database's check visitor_age_check",
        of("23514", "ERROR: new row for relation \"visitor\" violates check constraint \"visitor_age_check\""));
  }

  @Test
  void otherStatesAreNotTheClientsFault() {
    assertNull(of("08006", "connection failure"));
    assertNull(of("40001", "serialization failure"));
    assertNull(of(null, "no state"));
    assertStatus(Status.Code.FAILED_PRECONDITION, "the change violates a database constraint", of("23000", "x"));
  }
}
