package io.jpaproto.bench.parts;

import io.jpaproto.bench.ProductFixture;
import io.jpaproto.bench.model.Dimensions;
import io.jpaproto.bench.model.DimensionsProtoMapper;
import io.jpaproto.bench.model.ProductProtoMapper;
import io.jpaproto.bench.model.proto.Product;
import io.jpaproto.convert.DateConversions;
import io.jpaproto.convert.DateTimeConversions;
import io.jpaproto.convert.DurationConversions;
import io.jpaproto.convert.StringConversions;
import io.jpaproto.convert.TimestampConversions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Diagnostic, not part of the suite (run.sh runs it only with {@code --parts}): the pieces of {@code fromProto} in
 * which the generated mapper and the hand-written one differ, each as the generated code does it (the runtime
 * conversion or the generated nested mapper) against the inline code of {@code HandWrittenProductMapper}, on the
 * fixture's message.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FromProtoPartsBenchmark {
  private Product m;

  @Setup
  public void setUp() {
    m = ProductProtoMapper.INSTANCE.toProto(ProductFixture.create());
  }

  @Benchmark public UUID uuid_generated() { return StringConversions.toUuid(m.getSku(), "sku"); }
  @Benchmark public UUID uuid_inline() { return UUID.fromString(m.getSku()); }

  @Benchmark public List<String> tags_generated() {
    ArrayList<String> values = new ArrayList<>(m.getTagsCount());
    for (int i = 0; i < m.getTagsCount(); i++) {
      values.add(m.getTags(i));
    }
    return values;
  }
  @Benchmark public List<String> tags_inline() { return new ArrayList<>(m.getTagsList()); }

  @Benchmark public Dimensions dimensions_generated() { return DimensionsProtoMapper.INSTANCE.fromProto(m.getDimensions()); }
  @Benchmark public Dimensions dimensions_inline() {
    io.jpaproto.bench.model.proto.Dimensions d = m.getDimensions();
    return new Dimensions(d.getWidthMm(), d.getHeightMm(), d.getDepthMm(), d.getWeightKg());
  }

  @Benchmark public BigDecimal price_generated() { return StringConversions.toBigDecimal(m.getPrice(), "price"); }
  @Benchmark public BigDecimal price_inline() { return new BigDecimal(m.getPrice()); }

  @Benchmark public Object times_generated() {
    Instant a = TimestampConversions.toInstant(m.getCreatedAt(), "created_at");
    LocalDate b = DateConversions.toLocalDate(m.getReleaseDate(), "release_date");
    LocalDateTime c = DateTimeConversions.toLocalDateTime(m.getLastModified(), "last_modified");
    Duration d = DurationConversions.toDuration(m.getWarranty(), "warranty");
    return new Object[] {a, b, c, d};
  }
  @Benchmark public Object times_inline() {
    com.google.protobuf.Timestamp t = m.getCreatedAt();
    Instant a = Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    com.google.type.Date date = m.getReleaseDate();
    LocalDate b = LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    com.google.type.DateTime dt = m.getLastModified();
    LocalDateTime c = LocalDateTime.of(dt.getYear(), dt.getMonth(), dt.getDay(), dt.getHours(), dt.getMinutes(),
        dt.getSeconds(), dt.getNanos());
    com.google.protobuf.Duration w = m.getWarranty();
    Duration d = Duration.ofSeconds(w.getSeconds(), w.getNanos());
    return new Object[] {a, b, c, d};
  }
}
