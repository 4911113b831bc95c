package io.jpaproto.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import io.jpaproto.bench.mapping.DetachedReferences;
import io.jpaproto.bench.model.PrivateProduct;
import io.jpaproto.bench.model.PrivateProductProtoMapper;
import io.jpaproto.bench.model.Product;
import io.jpaproto.bench.model.ProductProtoMapper;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The generated mapper of an entity with getters and setters ({@link Product}) against that of the same entity with
 * private fields and no accessors ({@link PrivateProduct}, reached through {@code static final} VarHandles), in the
 * same run: end to end (entity to bytes, bytes to entity) and the mappers alone. Target: within 1.10x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FieldAccessBenchmark {
  private Product product;
  private PrivateProduct privateProduct;
  private byte[] bytes;
  private io.jpaproto.bench.model.proto.Product message;
  private io.jpaproto.bench.model.proto.PrivateProduct privateMessage;

  /** Builds both fixtures and checks that both mappers write the same bytes and read them back. */
  @Setup(Level.Trial)
  public void setUp() throws InvalidProtocolBufferException {
    product = ProductFixture.create();
    privateProduct = ProductFixture.createPrivate();
    message = ProductProtoMapper.INSTANCE.toProto(product);
    privateMessage = PrivateProductProtoMapper.INSTANCE.toProto(privateProduct);
    bytes = message.toByteArray();
    if (!Arrays.equals(bytes, privateMessage.toByteArray())) {
      throw new IllegalStateException("the two mappers write different bytes:\n" + message + "\n" + privateMessage);
    }
    PrivateProduct back = PrivateProductProtoMapper.INSTANCE.fromProto(
        io.jpaproto.bench.model.proto.PrivateProduct.parseFrom(bytes), DetachedReferences.INSTANCE);
    if (!PrivateProductProtoMapper.INSTANCE.toProto(back).equals(privateMessage)) {
      throw new IllegalStateException("the private-field mapper does not round-trip");
    }
  }

  @Benchmark
  public byte[] toBytes_1_accessors() {
    return ProductProtoMapper.INSTANCE.toProto(product).toByteArray();
  }

  @Benchmark
  public byte[] toBytes_2_privateFields() {
    return PrivateProductProtoMapper.INSTANCE.toProto(privateProduct).toByteArray();
  }

  @Benchmark
  public Product fromBytes_1_accessors() throws InvalidProtocolBufferException {
    return ProductProtoMapper.INSTANCE.fromProto(
        io.jpaproto.bench.model.proto.Product.parseFrom(bytes), DetachedReferences.INSTANCE);
  }

  @Benchmark
  public PrivateProduct fromBytes_2_privateFields() throws InvalidProtocolBufferException {
    return PrivateProductProtoMapper.INSTANCE.fromProto(
        io.jpaproto.bench.model.proto.PrivateProduct.parseFrom(bytes), DetachedReferences.INSTANCE);
  }

  @Benchmark
  public io.jpaproto.bench.model.proto.Product toProto_1_accessors() {
    return ProductProtoMapper.INSTANCE.toProto(product);
  }

  @Benchmark
  public io.jpaproto.bench.model.proto.PrivateProduct toProto_2_privateFields() {
    return PrivateProductProtoMapper.INSTANCE.toProto(privateProduct);
  }

  @Benchmark
  public Product fromProto_1_accessors() {
    return ProductProtoMapper.INSTANCE.fromProto(message, DetachedReferences.INSTANCE);
  }

  @Benchmark
  public PrivateProduct fromProto_2_privateFields() {
    return PrivateProductProtoMapper.INSTANCE.fromProto(privateMessage, DetachedReferences.INSTANCE);
  }
}
