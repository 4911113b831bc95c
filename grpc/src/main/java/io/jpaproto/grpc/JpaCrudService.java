package io.jpaproto.grpc;

import com.google.protobuf.FieldMask;
import com.google.protobuf.Message;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.jpaproto.ReferenceResolver;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JPA implementation behind every generated {@code <Entity>JpaService}: each RPC runs in its own transaction on an
 * {@link EntityManager} of the factory, converts through the entity's generated mapper and answers with a gRPC status
 * that says what went wrong. A failed call rolls its transaction back, so it writes nothing.
 *
 * <p>Users construct the generated subclass ({@code new BookJpaService(entityManagerFactory)}) and add it to a gRPC
 * server. To customise it, subclass the generated class and override the hooks:
 * <ul>
 *   <li>{@link #authorize} sees every call (and the entity it reads, creates, changes or deletes) and refuses one by
 *       throwing a {@link io.grpc.StatusRuntimeException}, such as {@code PERMISSION_DENIED}; the caller's identity is
 *       where the server's interceptors put it, for example in {@link io.grpc.Context#current()};</li>
 *   <li>{@link #restrict} adds conditions to every read, list and stream queries and lookups by id alike (a tenant,
 *       soft deletion);</li>
 *   <li>{@link #inTransaction} runs a call's work, for containers that manage transactions themselves (or give the
 *       service {@link CallTransactions} with {@link #setTransactions}, as the Spring Boot integration does);</li>
 *   <li>{@link #references} resolves the relation ids of incoming messages;</li>
 *   <li>{@link #defaultPageSize}, {@link #maxPageSize} and {@link #streamBatchSize} size pages and stream reads,
 *       and {@link #maxStreamDuration} bounds streams; they answer the service's {@link CallLimits}
 *       ({@link #setLimits}) unless overridden.</li>
 * </ul>
 *
 * <p>Pages: {@code List} answers at most {@code page_size} entities (0 means {@link #defaultPageSize()}, larger values
 * are capped at {@link #maxPageSize()}) in the order {@code order_by} asks for, the id breaking ties, and a
 * {@code next_page_token} while more remain. Tokens are opaque offsets bound to the request's order and filter: a
 * token used with another order or filter, or not issued by the service, is {@code INVALID_ARGUMENT}. As with any
 * offset paging, an entity created or deleted between two page calls can shift later pages by one.
 *
 * <p>Validation: {@code Create} and {@code Update} check the entity message against the {@code buf.validate} rules of
 * its proto before any database work ({@link RequestValidation}); a message that breaks them is
 * {@code INVALID_ARGUMENT} with a {@code google.rpc.BadRequest} detail listing every violation ({@code field} the path
 * from the request, such as {@code book.title}; {@code description} protovalidate's message; {@code reason} the
 * rule's id, such as {@code string.max_len}). {@code Update} is held only to the rules on the paths its mask names.
 * List and stream filters are not validated: they carry no rules of their own, and a filter value need not be a
 * valid entity value.
 *
 * <p>Status codes: an unknown id is {@code NOT_FOUND}; bad input (a malformed value, an unknown update-mask path or
 * {@code order_by} field, a bad page token, a relation id that names no entity) is {@code INVALID_ARGUMENT}; an
 * update whose message carries a version other than the stored one, or that loses a race with another update, is
 * {@code FAILED_PRECONDITION}; a unique-key violation is {@code ALREADY_EXISTS}; anything unexpected is
 * {@code INTERNAL}, without details (they are logged).
 *
 * @param <E> the entity type
 * @param <I> the entity's id type
 * @param <M> the entity's protoc-generated message type
 */
public abstract class JpaCrudService<E, I, M extends Message> {
  private static final System.Logger LOG = System.getLogger(JpaCrudService.class.getName());
  /** How often a stream checks whether a slow client takes messages again: 1 ms. */
  private static final long READY_POLL_NANOS = 1_000_000;
  /** The most ids one collection-loading query names, well below every database's parameter limit. */
  private static final int MAX_IDS_PER_QUERY = 1000;
  /** The shortest page-token key: 256 bits, HMAC-SHA256's own size. */
  private static final int MIN_KEY_BYTES = 32;
  /** The default page-token key: random, made once per process. */
  private static final byte[] PROCESS_KEY = randomKey();

  private final EntityManagerFactory entityManagerFactory;
  private final Class<E> entityClass;
  private final String idAttribute;
  private final Map<String, String> sortable;
  private volatile PageToken pageTokens;
  private volatile CallTransactions transactions;
  private volatile CallLimits limits = CallLimits.DEFAULTS;
  private volatile RequestValidation validation;

  /**
   * @param entityManagerFactory where each call gets its entity manager
   * @param entityClass the entity class
   * @param idAttribute the id's attribute name
   * @param sortable proto field name -> attribute path, for every field {@code order_by} may name
   */
  protected JpaCrudService(EntityManagerFactory entityManagerFactory, Class<E> entityClass, String idAttribute,
      Map<String, String> sortable) {
    this.entityManagerFactory = Objects.requireNonNull(entityManagerFactory, "entityManagerFactory");
    this.entityClass = Objects.requireNonNull(entityClass, "entityClass");
    this.idAttribute = Objects.requireNonNull(idAttribute, "idAttribute");
    this.sortable = Map.copyOf(sortable);
    this.transactions = CallTransactions.resourceLocal(entityManagerFactory);
  }

  /** The factory this service was made with. */
  public final EntityManagerFactory entityManagerFactory() {
    return entityManagerFactory;
  }

  /** The entity class this service serves. */
  public final Class<E> entityClass() {
    return entityClass;
  }

  /**
   * Runs every call's work with {@code transactions} from now on, instead of a resource-local transaction of its own
   * ({@link CallTransactions#resourceLocal}); set it before the service serves. A subclass that overrides
   * {@link #inTransaction} decides for itself.
   */
  public final void setTransactions(CallTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  /** How this service runs a call's work in a transaction. */
  public final CallTransactions transactions() {
    return transactions;
  }

  /**
   * Sizes pages and streams by {@code limits} from now on ({@link CallLimits#DEFAULTS} until then); set them before
   * the service serves. A subclass's override of a limit's hook ({@link #maxPageSize}, ...) still wins.
   */
  public final void setLimits(CallLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The limits the hooks answer unless overridden. */
  public final CallLimits limits() {
    return limits;
  }

  private static byte[] randomKey() {
    byte[] key = new byte[MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The generated mapper, as the generated subclass adapts it.

  /** The entity as a message; generated. */
  protected abstract M toProto(E entity);

  /** A new entity from a message; generated. */
  protected abstract E fromProto(M message, ReferenceResolver references);

  /** Applies the masked fields of a message to a stored entity; generated. */
  protected abstract void applyMask(E entity, M message, FieldMask mask, ReferenceResolver references);

  /** The id a message carries, or {@code null} when it carries none; generated. */
  protected abstract I idOf(M message);

  /**
   * The collection attributes the mapper reads ({@code @ElementCollection}s, published to-many relations). Each is
   * loaded, if it is not yet, before an entity is converted: the mapper refuses to read an unloaded collection rather
   * than load it behind the caller's back. Generated when the message has such fields.
   */
  protected List<String> collectionsToLoad() {
    return List.of();
  }

  /**
   * Whether the message carries a version other than the entity's: the optimistic-lock check of an update. Generated
   * for entities with a numeric {@code @Version}: a version field with presence ({@code Long}, {@code Integer}) is
   * compared when it is set; one without presence ({@code long}, {@code int}) is always compared, since its 0 cannot
   * be told from "not sent" and is also the first version a provider assigns.
   */
  protected boolean isStale(E entity, M message) {
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Hooks.

  /**
   * Called by every call before it reads or writes: throw a {@link io.grpc.StatusRuntimeException} to refuse it.
   *
   * @param operation the call
   * @param entity the entity read, created, changed or deleted; {@code null} for list and stream
   */
  protected void authorize(Operation operation, E entity) {
  }

  /**
   * Adds conditions to every read: the queries of list and stream calls, and the lookup by id of get, update and
   * delete calls, where an entity the conditions exclude is {@code NOT_FOUND} (so its existence does not leak).
   *
   * @param builder the query's criteria builder
   * @param root the entity
   * @param where the conditions so far (the request's filter, or the id); add to it
   */
  protected void restrict(CriteriaBuilder builder, Root<E> root, List<Predicate> where) {
  }

  /**
   * Runs one call's work in a transaction, committing when it returns and rolling back when it throws: with the
   * service's {@link #transactions()}, by default a resource-local transaction of an entity manager of its own.
   * Override to run it the way a container does, or give the service other {@link CallTransactions}.
   */
  protected <T> T inTransaction(Function<EntityManager, T> work) {
    return transactions.run(work);
  }

  /**
   * Resolves the relation ids of incoming messages. The default finds each target and refuses an id that names no
   * entity with an {@link IllegalArgumentException} ({@code INVALID_ARGUMENT}); returning
   * {@code entityManager::getReference} saves the reads and leaves a missing target to the database's foreign key.
   */
  protected ReferenceResolver references(EntityManager entityManager) {
    return new ReferenceResolver() {
      @Override
      public <T> T getReference(Class<T> entityType, Object id) {
        T target = entityManager.find(entityType, id);
        if (target == null) {
          throw new IllegalArgumentException(entityType.getSimpleName() + " " + id + " does not exist");
        }
        return target;
      }
    };
  }

  /** The page size of a list request that asks for none: the {@link #limits()}' (50 by default). */
  protected int defaultPageSize() {
    return limits.defaultPageSize();
  }

  /** The largest page a list request gets: the {@link #limits()}' (1000 by default). */
  protected int maxPageSize() {
    return limits.maxPageSize();
  }

  /**
   * How many entities a stream call reads at a time, each batch in a transaction of its own: the {@link #limits()}'
   * (500 by default).
   */
  protected int streamBatchSize() {
    return limits.streamBatchSize();
  }

  /**
   * The longest a stream call may run: the {@link #limits()}' (10 minutes by default). A stream still running then
   * ends with {@code DEADLINE_EXCEEDED} (a client's own, shorter deadline ends it earlier). {@link Duration#ZERO}
   * means no limit.
   */
  protected Duration maxStreamDuration() {
    return limits.maxStreamDuration();
  }

  /**
   * The key that authenticates page tokens (HMAC-SHA256), at least 32 bytes; read once, on the first list call. The
   * default is a random key made once per process, so a token stays valid while the process runs and is refused
   * ({@code INVALID_ARGUMENT}, the client lists again from the first page) after a restart. Replicas that serve
   * the same clients behind a load balancer must share one key: override this to return it (from a secret store or
   * the environment, never from source code).
   */
  protected byte[] pageTokenKey() {
    return PROCESS_KEY.clone();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The operations the generated RPC methods call.

  /** Answers a unary call with what {@code call} returns, or with the status of what it throws. */
  protected final <R> void respond(StreamObserver<R> responses, Supplier<R> call) {
    R response;
    try {
      response = call.get();
    } catch (RuntimeException | Error e) {
      responses.onError(errorOf(e));
      return;
    }
    responses.onNext(response);
    responses.onCompleted();
  }

  /** The entity with this id; {@code NOT_FOUND} when there is none. */
  protected final M get(I id) {
    return inTransaction(entityManager -> {
      E entity = find(entityManager, id);
      authorize(Operation.GET, entity);
      return convert(entityManager, entity);
    });
  }

  /**
   * One page of the entities that match the filter, in the requested order, and the token of the next page: the
   * last row's order values (keyset paging), authenticated and bound to the entity, the order and the filter.
   *
   * @param filter the request's filter message, which the page token is bound to
   * @param conditions adds the filter's conditions
   */
  protected final ListPage<M> list(int pageSize, String pageToken, String orderBy, Message filter,
      Consumer<Filter> conditions) {
    if (pageSize < 0) {
      throw new IllegalArgumentException("page_size must not be negative, got " + pageSize);
    }
    int size = pageSize == 0 ? defaultPageSize() : Math.min(pageSize, maxPageSize());
    OrderBy order = OrderBy.parse(orderBy, sortable, idAttribute);
    byte[] scope = PageToken.scope(entityClass.getName(), order, filter.toByteArray());
    PageToken tokens = tokens();
    PageToken.Start start = tokens.decode(pageToken, scope);
    Filter where = new Filter();
    conditions.accept(where);
    PageQuery<E> query = new PageQuery<>(entityClass, order, where, this::restrict);
    return inTransaction(entityManager -> {
      authorize(Operation.LIST, null);
      List<PageQuery.Row<E>> rows = query.read(entityManager, start, size + 1);
      List<PageQuery.Row<E>> page = rows.subList(0, Math.min(rows.size(), size));
      List<M> messages = convert(entityManager, PageQuery.entities(page));
      String next = "";
      if (rows.size() > size) {
        PageQuery.Row<E> last = page.get(size - 1);
        next = tokens.after(last.values(), scope);
        if (next == null) {
          next = tokens.offset(offsetAfter(start, size), scope);
        }
      }
      return new ListPage<>(List.copyOf(messages), next);
    });
  }

  /**
   * Streams every entity that matches the filter, in the requested order. It reads {@link #streamBatchSize()}
   * entities at a time, each batch in a transaction of its own that starts after the batch before (keyset, as list
   * pages do), and sends while the client keeps up. It follows gRPC flow control: when the client stops taking
   * messages, the batch's remaining entities are converted, its transaction ends and the stream waits, holding no
   * transaction and no connection (and at most one batch of messages), and goes on once the client reads again. It stops when the client cancels or its deadline passes, and ends with
   * {@code DEADLINE_EXCEEDED} when it has run longer than {@link #maxStreamDuration()}.
   *
   * <p>Consistency: every entity that matches and does not change during the walk is sent exactly once, in order;
   * one created, deleted or changed meanwhile is sent if a later batch reaches it (an entity whose order values
   * change may be sent twice or not at all).
   */
  protected final <R> void stream(String orderBy, Consumer<Filter> conditions, StreamObserver<R> responses,
      Function<M, R> response) {
    ServerCallStreamObserver<R> call = responses instanceof ServerCallStreamObserver<R> server ? server : null;
    try {
      OrderBy order = OrderBy.parse(orderBy, sortable, idAttribute);
      Filter where = new Filter();
      conditions.accept(where);
      PageQuery<E> query = new PageQuery<>(entityClass, order, where, this::restrict);
      int batch = Math.max(1, streamBatchSize());
      long deadline = deadline(maxStreamDuration());
      PageToken.Start start = PageToken.Start.FIRST;
      boolean authorized = false;
      while (true) {
        if (call != null && !awaitReady(call, deadline)) {
          return;
        }
        PageToken.Start from = start;
        boolean authorize = !authorized;
        Batch<R> read = inTransaction(entityManager -> {
          if (authorize) {
            authorize(Operation.STREAM, null);
          }
          List<PageQuery.Row<E>> rows = query.read(entityManager, from, batch);
          loadCollections(entityManager, PageQuery.entities(rows));
          // Sent at once while the client keeps up; converted now and sent after the transaction otherwise.
          List<R> pending = new ArrayList<>();
          for (PageQuery.Row<E> row : rows) {
            if (call != null && call.isCancelled()) {
              break;
            }
            R message = response.apply(toProto(row.entity()));
            if (pending.isEmpty() && (call == null || call.isReady())) {
              responses.onNext(message);
            } else {
              pending.add(message);
            }
          }
          return new Batch<>(rows.size(), rows.isEmpty() ? null : rows.get(rows.size() - 1).values(), pending);
        });
        authorized = true;
        for (R message : read.pending()) {
          if (call != null && !awaitReady(call, deadline)) {
            return;
          }
          responses.onNext(message);
        }
        if (call != null && call.isCancelled()) {
          return;
        }
        if (read.count() < batch) {
          break;
        }
        PageToken.Start after = PageToken.startAfter(read.last());
        start = after != null ? after : new PageToken.Start(null, offsetAfter(start, read.count()));
        checkDeadline(deadline);
      }
    } catch (RuntimeException | Error e) {
      responses.onError(errorOf(e));
      return;
    }
    responses.onCompleted();
  }

  /**
   * One stream batch: how many entities it read, the order values of the last, and the messages still to send once
   * the client takes them.
   */
  private record Batch<R>(int count, List<Object> last, List<R> pending) {
  }

  /**
   * Persists a new entity made from the message and returns it as the database stored it: with its generated id and
   * version, and every value the database rounded, defaulted or generated. A message that breaks its proto's
   * {@code buf.validate} rules is {@code INVALID_ARGUMENT}, before any database work.
   */
  protected final M create(M message) {
    validation(message).checkCreate(message);
    return inTransaction(entityManager -> {
      E entity = fromProto(message, references(entityManager));
      authorize(Operation.CREATE, entity);
      entityManager.persist(entity);
      return stored(entityManager, entity);
    });
  }

  /**
   * Applies the masked fields of the message to the stored entity with the message's id and returns it as stored.
   * An empty mask is {@code INVALID_ARGUMENT}; {@code "*"} applies every updatable field. A message that breaks its
   * proto's {@code buf.validate} rules on the masked paths is {@code INVALID_ARGUMENT}, before any database work.
   */
  protected final M update(M message, FieldMask mask) {
    if (mask.getPathsCount() == 0) {
      throw new IllegalArgumentException(
          "update_mask names no field; name the fields to change, or \"*\" for every field");
    }
    for (String path : mask.getPathsList()) {
      if (!isFieldPath(path)) {
        throw new IllegalArgumentException("update mask path " + Texts.quote(path) + " names no field of "
            + entityClass.getSimpleName() + ": a path is field names joined by dots, or \"*\"");
      }
    }
    validation(message).checkUpdate(message, mask);
    I id = idOf(message);
    if (id == null) {
      throw new IllegalArgumentException(entityClass.getSimpleName() + " id is required to update it");
    }
    return inTransaction(entityManager -> {
      E entity = find(entityManager, id);
      if (isStale(entity, message)) {
        throw Status.FAILED_PRECONDITION.withDescription(entityClass.getSimpleName() + " " + id
            + " is not at the version the request carries; send the version you read, or read it again and retry")
            .asRuntimeException();
      }
      authorize(Operation.UPDATE, entity);
      applyMask(entity, message, mask, references(entityManager));
      return stored(entityManager, entity);
    });
  }

  /**
   * Deletes the entity with this id; {@code NOT_FOUND} when there is none. The entity is first taken out of the
   * loaded inverse collections that hold it ({@code Owner.pets} for a pet: see {@link InverseSides}), which would
   * otherwise cascade {@code PERSIST} to it on flush and silently undo the delete. A delete that the flush still
   * undoes (a collection without {@code mappedBy} that cascades to it, loaded by a hook) is
   * {@code FAILED_PRECONDITION} and rolls back: a delete never answers OK while the entity stays.
   */
  protected final void delete(I id) {
    inTransaction(entityManager -> {
      E entity = find(entityManager, id);
      authorize(Operation.DELETE, entity);
      InverseSides.leave(entityManager, entityManagerFactory.getPersistenceUnitUtil(), entityClass, entity);
      entityManager.remove(entity);
      entityManager.flush();
      if (entityManager.contains(entity)) {
        throw Status.FAILED_PRECONDITION.withDescription(entityClass.getSimpleName() + " " + id + " is still held"
            + " by a collection that cascades to it, which undid the delete; take it out of that collection first")
            .asRuntimeException();
      }
      return null;
    });
  }

  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Waits until the transport takes another message or the client cancels; {@code false} when cancelled, and
   * {@code DEADLINE_EXCEEDED} when the stream's {@code deadline} passes first. It polls: the call's on-ready
   * callback runs on the call's executor, which this method occupies until it returns. It holds no transaction.
   */
  private boolean awaitReady(ServerCallStreamObserver<?> call, long deadline) {
    while (!call.isReady()) {
      if (call.isCancelled()) {
        return false;
      }
      checkDeadline(deadline);
      LockSupport.parkNanos(READY_POLL_NANOS);
    }
    return !call.isCancelled();
  }

  /** Whether {@code path} can be an update-mask path: proto field names joined by dots, or {@code *}. */
  private static boolean isFieldPath(String path) {
    if (path.equals("*")) {
      return true;
    }
    boolean nameStart = true;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
      if (c == '.' && !nameStart) {
        nameStart = true;
      } else if (letter || !nameStart && c >= '0' && c <= '9') {
        nameStart = false;
      } else {
        return false;
      }
    }
    return !nameStart;
  }

  /**
   * The entity as the database now holds it: the change is flushed and the entity read back, so that a value the
   * database rounded (a decimal with more places than its column), defaulted or generated (a column default, a
   * trigger, a computed column) is what the answer carries, not what the request sent.
   */
  private M stored(EntityManager entityManager, E entity) {
    entityManager.flush();
    entityManager.refresh(entity);
    return convert(entityManager, entity);
  }

  /** The entity as a message, its collections loaded first; inside the call's transaction. */
  private M convert(EntityManager entityManager, E entity) {
    return convert(entityManager, List.of(entity)).get(0);
  }

  /**
   * The entities as messages, in order, their collections loaded first: one query per collection attribute that any
   * of them has not loaded yet, for all of them at once (not one per entity); inside the call's transaction.
   */
  private List<M> convert(EntityManager entityManager, List<E> entities) {
    loadCollections(entityManager, entities);
    List<M> messages = new ArrayList<>(entities.size());
    for (E entity : entities) {
      messages.add(toProto(entity));
    }
    return messages;
  }

  /**
   * Loads the {@link #collectionsToLoad()} of managed entities: for each attribute that some of them have not
   * loaded, {@code select e from E e left join fetch e.attribute where e.id in :ids}, which initialises the
   * collections of the entities the persistence context already holds.
   */
  private void loadCollections(EntityManager entityManager, List<E> entities) {
    List<String> collections = collectionsToLoad();
    if (collections.isEmpty() || entities.isEmpty()) {
      return;
    }
    PersistenceUnitUtil util = entityManagerFactory.getPersistenceUnitUtil();
    for (String attribute : collections) {
      List<Object> ids = new ArrayList<>();
      for (E entity : entities) {
        if (!util.isLoaded(entity, attribute)) {
          ids.add(util.getIdentifier(entity));
        }
      }
      for (int from = 0; from < ids.size(); from += MAX_IDS_PER_QUERY) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<E> query = builder.createQuery(entityClass);
        Root<E> root = query.from(entityClass);
        root.fetch(attribute, JoinType.LEFT);
        query.select(root).where(root.get(idAttribute).in(ids.subList(from, Math.min(ids.size(),
            from + MAX_IDS_PER_QUERY))));
        entityManager.createQuery(query).getResultList();
      }
    }
  }

  /** The entity with this id that {@link #restrict} lets the caller see; {@code NOT_FOUND} otherwise. */
  private E find(EntityManager entityManager, I id) {
    E entity = null;
    if (id != null) {
      Filter byId = new Filter();
      byId.equal(idAttribute, id);
      List<PageQuery.Row<E>> found = new PageQuery<>(entityClass, OrderBy.parse("", sortable, idAttribute), byId,
          this::restrict).read(entityManager, PageToken.Start.FIRST, 1);
      entity = found.isEmpty() ? null : found.get(0).entity();
    }
    if (entity == null) {
      throw Status.NOT_FOUND.withDescription(entityClass.getSimpleName() + " " + id + " does not exist")
          .asRuntimeException();
    }
    return entity;
  }

  /** The offset after {@code count} more rows from {@code start}, which must be an offset (or the first page). */
  private static long offsetAfter(PageToken.Start start, int count) {
    if (start.isKeyset()) {
      throw new IllegalStateException("a keyset page whose next row has values a token cannot carry");
    }
    return start.offset() + count;
  }

  /** The page tokens of this service, under {@link #pageTokenKey()}. */
  private PageToken tokens() {
    PageToken tokens = pageTokens;
    if (tokens == null) {
      byte[] key = pageTokenKey();
      if (key == null || key.length < MIN_KEY_BYTES) {
        throw new IllegalStateException(getClass().getName() + ".pageTokenKey() must return at least "
            + MIN_KEY_BYTES + " bytes");
      }
      tokens = new PageToken(key);
      pageTokens = tokens;
    }
    return tokens;
  }

  /** {@link System#nanoTime()} when a stream of at most {@code max} must end; far away for no limit. */
  private static long deadline(Duration max) {
    if (max == null || max.isZero() || max.isNegative()) {
      return Long.MAX_VALUE;
    }
    long nanos = max.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toNanos() : max.toNanos();
    return System.nanoTime() + nanos;
  }

  private void checkDeadline(long deadline) {
    if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
      throw Status.DEADLINE_EXCEEDED.withDescription("the stream ran longer than the server allows ("
          + maxStreamDuration() + "); stream fewer " + entityClass.getSimpleName()
          + " entities with a filter, or page with List").asRuntimeException();
    }
  }

  /**
   * The proto field of a column a database error names: the sortable field whose name matches the column's, case
   * and underscores aside ({@code WAREHOUSE_ID} and {@code warehouseId} are {@code warehouse_id}); otherwise the
   * column's name in lower case.
   */
  private String fieldOfColumn(String column) {
    String wanted = normalized(column);
    for (String field : sortable.keySet()) {
      if (normalized(field).equals(wanted)) {
        return field;
      }
    }
    return column.toLowerCase(Locale.ROOT);
  }

  private static String normalized(String name) {
    return name.replace("_", "").replace("\"", "").toLowerCase(Locale.ROOT);
  }

  /** The validation of this service's entity messages, made on the first create or update. */
  private RequestValidation validation(M message) {
    RequestValidation checks = validation;
    if (checks == null) {
      checks = RequestValidation.of(this, message.getDescriptorForType());
      validation = checks;
    }
    return checks;
  }

  /**
   * The error a failed call answers: {@link #statusOf}, with the trailers of a status exception thrown as it is (the
   * {@code google.rpc.BadRequest} of a validation, or the details a hook put there).
   */
  private StatusRuntimeException errorOf(Throwable failure) {
    Metadata trailers = null;
    if (failure instanceof StatusRuntimeException e) {
      trailers = e.getTrailers();
    } else if (failure instanceof StatusException e) {
      trailers = e.getTrailers();
    }
    return statusOf(failure).asRuntimeException(trailers);
  }

  private Status statusOf(Throwable failure) {
    Status status = Statuses.of(failure, this::fieldOfColumn, entityClass.getSimpleName());
    if (status.getCode() == Status.Code.INTERNAL) {
      LOG.log(System.Logger.Level.WARNING, "internal error in a " + entityClass.getSimpleName() + " service call",
          failure);
    }
    return status;
  }
}
