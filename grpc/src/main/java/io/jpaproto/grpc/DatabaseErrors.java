package io.jpaproto.grpc;

import io.grpc.Status;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status of a database error that is the client's fault: SQLSTATE class 22 (data exception: a value too long,
 * out of range, malformed) and class 23 (integrity constraint violation: not null, unique, foreign key, check). It
 * names the field (from the column the database names, mapped to the proto field) or the referencing table when
 * the database says which, in H2's and PostgreSQL's words; it never shows the database's message itself.
 */
final class DatabaseErrors {
  private static final String TOO_LONG = "22001";
  private static final String OUT_OF_RANGE = "22003";
  private static final String NOT_NULL = "23502";
  private static final String FOREIGN_KEY = "23503";
  /** H2's "referenced row missing" (PostgreSQL says 23503 for both directions). */
  private static final String H2_PARENT_MISSING = "23506";
  private static final String UNIQUE = "23505";
  private static final String H2_CHECK = "23513";
  private static final String CHECK = "23514";

  /** H2 {@code column "NAME"}, {@code column "NAME CHARACTER VARYING(20)"}; PostgreSQL {@code column "name"}. */
  private static final Pattern COLUMN = Pattern.compile("column \"([^\" ]+)");
  /** H2 {@code ON PUBLIC.ITEM(SKU NULLS FIRST)}; PostgreSQL {@code Key (sku)=}. */
  private static final Pattern UNIQUE_COLUMNS = Pattern.compile(" ON [^ (]+\\(([^)]*)\\)|Key \\(([^)]*)\\)=");
  /** H2 {@code PUBLIC.ITEM FOREIGN KEY(WAREHOUSE_ID) REFERENCES PUBLIC.WAREHOUSE(ID)}. */
  private static final Pattern H2_FOREIGN_KEY =
      Pattern.compile("(?:[A-Za-z0-9_]+\\.)?\"?([A-Za-z0-9_]+)\"? FOREIGN KEY\\(\"?([^)\"]*)\"?\\) REFERENCES "
          + "(?:[A-Za-z0-9_]+\\.)?\"?([A-Za-z0-9_]+)");
  /** PostgreSQL {@code is still referenced from table "item"}. */
  private static final Pattern STILL_REFERENCED = Pattern.compile("still referenced from table \"([^\"]+)\"");
  /** PostgreSQL {@code Key (warehouse_id)=(9) is not present in table "warehouse"}. */
  private static final Pattern NOT_PRESENT = Pattern.compile("Key \\(([^)]*)\\)=.* is not present in table \"([^\"]+)\"",
      Pattern.DOTALL);
  /** PostgreSQL {@code violates check constraint "visitor_age_check"}; H2 {@code Check constraint violation: "..."}. */
  private static final Pattern CHECK_NAME = Pattern.compile("check constraint \"([^\"]+)\"|violation: \"([^\":]+)");

  private DatabaseErrors() {
  }

  /**
   * The status of {@code error}, or {@code null} when its SQLSTATE is not of class 22 or 23.
   *
   * @param fields the proto field of a column the database names ({@code NAME}, {@code warehouse_id})
   * @param entity the entity of the call, such as {@code Warehouse}
   */
  static Status of(SQLException error, UnaryOperator<String> fields, String entity) {
    String state = error.getSQLState();
    if (state == null || !(state.startsWith("22") || state.startsWith("23"))) {
      return null;
    }
    String text = error.getMessage() == null ? "" : error.getMessage();
    String column = group(COLUMN, text);
    String field = column == null ? null : fields.apply(column);
    switch (state) {
      case TOO_LONG:
        return invalid(subject(field, "a value") + " is longer than its column allows; send a shorter one");
      case OUT_OF_RANGE:
        return invalid(subject(field, "a number") + " is out of the range its column can hold");
      case NOT_NULL:
        return invalid(subject(field, "a field") + " is required; set it");
      case UNIQUE: {
        List<String> unique = columns(group(UNIQUE_COLUMNS, text), fields);
        return Status.ALREADY_EXISTS.withDescription("a " + entity + " with the same "
            + (unique.isEmpty() ? "unique values" : String.join(", ", unique)) + " already exists");
      }
      case FOREIGN_KEY, H2_PARENT_MISSING:
        return foreignKey(state, text, fields, entity);
      case CHECK, H2_CHECK: {
        String constraint = group(CHECK_NAME, text);
        return invalid((field != null ? field + ": a" : "a") + " value breaks the database's check"
            + (constraint == null ? "" : " " + constraint.toLowerCase(Locale.ROOT)));
      }
      default:
        return state.startsWith("22")
            ? invalid(subject(field, "a value") + " cannot be stored by the database")
            : Status.FAILED_PRECONDITION.withDescription("the change violates a database constraint");
    }
  }

  private static Status foreignKey(String state, String text, UnaryOperator<String> fields, String entity) {
    Matcher h2 = H2_FOREIGN_KEY.matcher(text);
    boolean isH2 = h2.find();
    Matcher referenced = STILL_REFERENCED.matcher(text);
    boolean stillReferenced = referenced.find();
    Matcher missing = NOT_PRESENT.matcher(text);
    boolean notPresent = missing.find();
    if (stillReferenced || !notPresent && state.equals(FOREIGN_KEY) && (isH2 || !text.contains("insert"))) {
      String table = stillReferenced ? referenced.group(1) : isH2 ? h2.group(1) : null;
      return Status.FAILED_PRECONDITION.withDescription(entity + " is still referenced"
          + (table == null ? "" : " by " + table.toLowerCase(Locale.ROOT) + " rows"
              + (isH2 ? " (" + h2.group(2).toLowerCase(Locale.ROOT) + ")" : ""))
          + "; delete or change those first");
    }
    String column = notPresent ? missing.group(1) : isH2 ? h2.group(2) : null;
    String target = notPresent ? missing.group(2) : isH2 ? h2.group(3) : null;
    return invalid((column == null ? "a relation" : "field " + fields.apply(column)) + " names no "
        + (target == null ? "entity" : target.toLowerCase(Locale.ROOT)) + " that exists");
  }

  private static Status invalid(String description) {
    return Status.INVALID_ARGUMENT.withDescription(description);
  }

  private static String subject(String field, String otherwise) {
    return field == null ? otherwise : "field " + field;
  }

  /** The first group of {@code pattern} that matched in {@code text}, or {@code null}. */
  private static String group(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return null;
    }
    for (int i = 1; i <= matcher.groupCount(); i++) {
      if (matcher.group(i) != null) {
        return matcher.group(i);
      }
    }
    return null;
  }

  /** The fields of a column list such as {@code SKU NULLS FIRST, "CODE"} or {@code code, city}. */
  private static List<String> columns(String list, UnaryOperator<String> fields) {
    List<String> names = new ArrayList<>();
    if (list != null) {
      for (String part : list.split(",")) {
        String name = part.trim().split("\\s+")[0].replace("\"", "");
        if (!name.isEmpty()) {
          names.add(fields.apply(name));
        }
      }
    }
    return names;
  }
}
