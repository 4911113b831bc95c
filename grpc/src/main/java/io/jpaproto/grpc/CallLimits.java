package io.jpaproto.grpc;

import java.time.Duration;
import java.util.Objects;

/**
 * The sizes and durations a {@link JpaCrudService} allows its calls: what its {@link JpaCrudService#defaultPageSize},
 * {@link JpaCrudService#maxPageSize}, {@link JpaCrudService#streamBatchSize} and
 * {@link JpaCrudService#maxStreamDuration} hooks answer unless a subclass overrides them. Set them with
 * {@link JpaCrudService#setLimits} (the Spring Boot integration sets them from {@code jpaproto.grpc.*} properties).
 *
 * @param defaultPageSize the page size of a list request that asks for none
 * @param maxPageSize the largest page a list request gets
 * @param streamBatchSize how many entities a stream call reads at a time, each batch in a transaction of its own
 * @param maxStreamDuration the longest a stream call may run; {@link Duration#ZERO} means no limit
 */
public record CallLimits(int defaultPageSize, int maxPageSize, int streamBatchSize, Duration maxStreamDuration) {
  /** 50 entities a page by default, at most 1000, streams read 500 at a time and run at most 10 minutes. */
  public static final CallLimits DEFAULTS = new CallLimits(50, 1000, 500, Duration.ofMinutes(10));

  public CallLimits {
    Objects.requireNonNull(maxStreamDuration, "maxStreamDuration");
    if (defaultPageSize < 1) {
      throw new IllegalArgumentException("the default page size must be at least 1, got " + defaultPageSize);
    }
    if (maxPageSize < defaultPageSize) {
      throw new IllegalArgumentException("the maximum page size (" + maxPageSize
          + ") must not be smaller than the default page size (" + defaultPageSize + ")");
    }
    if (streamBatchSize < 1) {
      throw new IllegalArgumentException("the stream batch size must be at least 1, got " + streamBatchSize);
    }
    if (maxStreamDuration.isNegative()) {
      throw new IllegalArgumentException("the maximum stream duration must not be negative, got "
          + maxStreamDuration + "; use 0 for no limit");
    }
  }
}
