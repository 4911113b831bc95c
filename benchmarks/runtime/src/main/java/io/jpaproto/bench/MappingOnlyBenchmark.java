package io.jpaproto.bench;

import io.jpaproto.bench.mapping.DetachedReferences;
import io.jpaproto.bench.mapping.HandWrittenProductMapper;
import io.jpaproto.bench.model.Product;
import io.jpaproto.bench.model.ProductProtoMapper;
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
 * Diagnostic: the generated and the hand-written mapper without protobuf's serializer and parser, which both share
 * and which dominate the end-to-end numbers of {@link ProductMappingBenchmark}. {@code toProto} builds a new message
 * from the entity in every operation; {@code fromProto} builds a new entity from a message parsed once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MappingOnlyBenchmark {
  private Product entity;
  private io.jpaproto.bench.model.proto.Product message;

  /** Builds the fixture and its message, and checks that every path round-trips before measuring. */
  @Setup(Level.Trial)
  public void setUp() {
    new RoundTrips().verify();
    entity = ProductFixture.create();
    message = ProductProtoMapper.INSTANCE.toProto(entity);
  }

  @Benchmark
  public io.jpaproto.bench.model.proto.Product toProto_1_generated() {
    return ProductProtoMapper.INSTANCE.toProto(entity);
  }

  @Benchmark
  public io.jpaproto.bench.model.proto.Product toProto_2_handWritten() {
    return HandWrittenProductMapper.toProto(entity);
  }

  @Benchmark
  public Product fromProto_1_generated() {
    return ProductProtoMapper.INSTANCE.fromProto(message, DetachedReferences.INSTANCE);
  }

  @Benchmark
  public Product fromProto_2_handWritten() {
    return HandWrittenProductMapper.fromProto(message, DetachedReferences.INSTANCE);
  }
}
