package io.jpaproto.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallLimitsTest {
  @Test
  void theDefaultsAreTheServicesDocumentedOnes() {
    assertEquals(new CallLimits(50, 1000, 500, Duration.ofMinutes(10)), CallLimits.DEFAULTS);
  }

  @Test
  void limitsThatCannotHoldAreRefusedNamingWhy() {
    assertEquals("the default page size must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
        () -> new CallLimits(0, 10, 5, Duration.ZERO)).getMessage());
    assertEquals("the maximum page size (10) must not be smaller than the default page size (20)",
        assertThrows(IllegalArgumentException.class, () -> new CallLimits(20, 10, 5, Duration.ZERO)).getMessage());
    assertEquals("the stream batch size must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
        () -> new CallLimits(1, 10, 0, Duration.ZERO)).getMessage());
    assertEquals("the maximum stream duration must not be negative, got PT-1S; use 0 for no limit",
        assertThrows(IllegalArgumentException.class, () -> new CallLimits(1, 10, 5, Duration.ofSeconds(-1)))
            .getMessage());
  }
}
