package io.jpaproto.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import io.jpaproto.bench.model.Product;
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
 * Entity to bytes and bytes to entity for one realistic {@link Product} ({@link ProductFixture}), four ways. Every
 * {@code toBytes} operation builds its message from the entity inside the operation (protobuf caches a message's
 * serialized size, so serializing a message built once would flatter it); every {@code fromBytes} operation parses
 * and builds a new entity. Results are returned, so JMH consumes them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ProductMappingBenchmark {
  private RoundTrips paths;
  private Product entity;
  private byte[] protoBytes;
  private byte[] jsonBytes;

  /** Builds the fixture and its serialized forms, and checks that every path round-trips before measuring. */
  @Setup(Level.Trial)
  public void setUp() {
    paths = new RoundTrips();
    paths.verify();
    entity = ProductFixture.create();
    protoBytes = paths.generatedToBytes(entity);
    jsonBytes = paths.jacksonToBytes(entity);
  }

  @Benchmark
  public byte[] toBytes_1_generated() {
    return paths.generatedToBytes(entity);
  }

  @Benchmark
  public byte[] toBytes_2_handWritten() {
    return paths.handWrittenToBytes(entity);
  }

  @Benchmark
  public byte[] toBytes_3_jackson() {
    return paths.jacksonToBytes(entity);
  }

  @Benchmark
  public byte[] toBytes_4_reflection() {
    return paths.reflectionToBytes(entity);
  }

  @Benchmark
  public Product fromBytes_1_generated() throws InvalidProtocolBufferException {
    return paths.generatedFromBytes(protoBytes);
  }

  @Benchmark
  public Product fromBytes_2_handWritten() throws InvalidProtocolBufferException {
    return paths.handWrittenFromBytes(protoBytes);
  }

  @Benchmark
  public Product fromBytes_3_jackson() {
    return paths.jacksonFromBytes(jsonBytes);
  }

  @Benchmark
  public Product fromBytes_4_reflection() {
    return paths.reflectionFromBytes(protoBytes);
  }
}
