package io.jpaproto.spring.boot.notes;

import com.google.protobuf.FieldMask;
import com.google.protobuf.StringValue;
import io.grpc.BindableService;
import io.grpc.ServerServiceDefinition;
import io.jpaproto.ReferenceResolver;
import io.jpaproto.grpc.JpaCrudService;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;

/** Shaped like a generated service (a public constructor taking the factory), without protoc: for the module's tests. */
public class NoteJpaService extends JpaCrudService<Note, Long, StringValue> implements BindableService {
  public NoteJpaService(EntityManagerFactory entityManagerFactory) {
    super(entityManagerFactory, Note.class, "id", Map.of("id", "id"));
  }

  @Override
  public ServerServiceDefinition bindService() {
    return ServerServiceDefinition.builder("test.v1.NoteService").build();
  }

  /** A call's work as the service runs it, for the tests. */
  public <T> T work(java.util.function.Function<jakarta.persistence.EntityManager, T> work) {
    return inTransaction(work);
  }

  /** The page sizes and stream limits as the service's hooks answer them. */
  public String limitsAsHooksSee() {
    return defaultPageSize() + "/" + maxPageSize() + "/" + streamBatchSize() + "/" + maxStreamDuration();
  }

  @Override
  protected StringValue toProto(Note entity) {
    return StringValue.of(entity.getText());
  }

  @Override
  protected Note fromProto(StringValue message, ReferenceResolver references) {
    return new Note(message.getValue());
  }

  @Override
  protected void applyMask(Note entity, StringValue message, FieldMask mask, ReferenceResolver references) {
    entity.setText(message.getValue());
  }

  @Override
  protected Long idOf(StringValue message) {
    return null;
  }
}
