package io.jpaproto.grpc;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * The query of one page (or stream batch): the entities that match a filter and the service's restrictions, in an
 * order, starting after a row (keyset paging) or at an offset. Each row comes with its values of the order's
 * attributes, from which the next page's start is made.
 *
 * <p>Nulls: a null is larger than every value, so ascending orders put nulls last and descending ones put them first
 * (the default of PostgreSQL and Oracle, which lets their indexes serve both directions). The order is written out
 * explicitly ({@code NULLS LAST}/{@code NULLS FIRST}) for attributes that can be null, and the keyset condition
 * follows the same rule, so every database pages the same way.
 *
 * @param <E> the entity type
 */
final class PageQuery<E> {

  /** One row: the entity and its values of the order's attributes, the id last. */
  record Row<E>(E entity, List<Object> values) {
  }

  /** Adds the service's own conditions ({@link JpaCrudService#restrict}). */
  interface Restriction<E> {
    void apply(CriteriaBuilder builder, Root<E> root, List<Predicate> where);
  }

  private final Class<E> entityClass;
  private final OrderBy order;
  private final Filter filter;
  private final Restriction<E> restriction;

  PageQuery(Class<E> entityClass, OrderBy order, Filter filter, Restriction<E> restriction) {
    this.entityClass = entityClass;
    this.order = order;
    this.filter = filter;
    this.restriction = restriction;
  }

  /** At most {@code limit} rows from {@code start} on. */
  List<Row<E>> read(EntityManager entityManager, PageToken.Start start, int limit) {
    CriteriaBuilder builder = entityManager.getCriteriaBuilder();
    CriteriaQuery<Tuple> query = builder.createTupleQuery();
    Root<E> root = query.from(entityClass);
    List<Path<?>> paths = new ArrayList<>();
    List<Boolean> nullable = new ArrayList<>();
    for (OrderBy.Key key : order.keys()) {
      paths.add(path(root, key.attribute()));
      nullable.add(nullable(root.getModel(), key.attribute()));
    }

    List<Predicate> where = new ArrayList<>();
    for (Filter.Condition condition : filter.conditions()) {
      where.add(builder.equal(path(root, condition.attribute()), condition.value()));
    }
    restriction.apply(builder, root, where);
    if (start.isKeyset()) {
      List<Class<?>> types = new ArrayList<>();
      paths.forEach(path -> types.add(path.getJavaType()));
      where.add(after(builder, paths, nullable, start.values(types)));
    }

    List<Order> orders = new ArrayList<>();
    List<Selection<?>> selections = new ArrayList<>();
    selections.add(root);
    for (int i = 0; i < paths.size(); i++) {
      Path<?> path = paths.get(i);
      boolean ascending = order.keys().get(i).ascending();
      if (nullable.get(i)) {
        orders.add(ascending ? builder.asc(path, Nulls.LAST) : builder.desc(path, Nulls.FIRST));
      } else {
        orders.add(ascending ? builder.asc(path) : builder.desc(path));
      }
      selections.add(path);
    }
    query.multiselect(selections).where(where.toArray(new Predicate[0])).orderBy(orders);

    TypedQuery<Tuple> typed = entityManager.createQuery(query);
    if (!start.isKeyset() && start.offset() > 0) {
      if (start.offset() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("page_token: offset " + start.offset() + " is out of range");
      }
      typed.setFirstResult((int) start.offset());
    }
    List<Row<E>> rows = new ArrayList<>();
    for (Tuple tuple : typed.setMaxResults(limit).getResultList()) {
      List<Object> values = new ArrayList<>(paths.size());
      for (int i = 0; i < paths.size(); i++) {
        values.add(tuple.get(i + 1));
      }
      rows.add(new Row<>(entityClass.cast(tuple.get(0)), values));
    }
    return rows;
  }

  /**
   * The rows strictly after the row with {@code values} in the order: for keys k1..kn, the disjunction over i of
   * "k1..k(i-1) equal theirs and ki after its value", with nulls larger than every value.
   */
  private Predicate after(CriteriaBuilder builder, List<Path<?>> paths, List<Boolean> nullable, List<Object> values) {
    List<Predicate> any = new ArrayList<>();
    List<Predicate> equal = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      Path<?> path = paths.get(i);
      Object value = values.get(i);
      Predicate later = later(builder, path, value, order.keys().get(i).ascending(), nullable.get(i));
      if (later != null) {
        List<Predicate> term = new ArrayList<>(equal);
        term.add(later);
        any.add(term.size() == 1 ? later : builder.and(term.toArray(new Predicate[0])));
      }
      equal.add(value == null ? builder.isNull(path) : builder.equal(path, value));
    }
    return any.isEmpty() ? builder.disjunction() : builder.or(any.toArray(new Predicate[0]));
  }

  /** The rows whose value of {@code path} comes after {@code value}; {@code null} when none can. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate later(CriteriaBuilder builder, Path<?> path, Object value, boolean ascending,
      boolean nullable) {
    Expression<Comparable> comparable = (Expression<Comparable>) path;
    if (value == null) {
      // A null is the largest value: nothing is after it ascending, every non-null value is descending.
      return ascending ? null : builder.isNotNull(path);
    }
    if (!(value instanceof Comparable<?> bound)) {
      throw new IllegalArgumentException("page_token: a value that cannot be compared");
    }
    if (!ascending) {
      return builder.lessThan(comparable, (Comparable) bound);
    }
    Predicate greater = builder.greaterThan(comparable, (Comparable) bound);
    return nullable ? builder.or(greater, builder.isNull(path)) : greater;
  }

  /** The entities of {@code rows}, in order. */
  static <E> List<E> entities(List<Row<E>> rows) {
    List<E> entities = new ArrayList<>(rows.size());
    rows.forEach(row -> entities.add(row.entity()));
    return entities;
  }

  static Path<?> path(Root<?> root, String attribute) {
    Path<?> path = root;
    for (String part : attribute.split("\\.")) {
      path = path.get(part);
    }
    return path;
  }

  /**
   * Whether the attribute at {@code attribute} (a dotted path) can be null: when it or any attribute on the way is
   * optional in the metamodel (ids and primitive or {@code nullable = false} attributes are not). When the metamodel
   * cannot tell, it can.
   */
  private static boolean nullable(ManagedType<?> type, String attribute) {
    try {
      ManagedType<?> current = type;
      for (String part : attribute.split("\\.")) {
        Attribute<?, ?> step = current.getAttribute(part);
        if (!(step instanceof SingularAttribute<?, ?> singular)) {
          return true;
        }
        if (!singular.isId() && (singular.isOptional() && !singular.getJavaType().isPrimitive())) {
          return true;
        }
        if (singular.getType() instanceof ManagedType<?> next) {
          current = next;
        }
      }
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }
}
