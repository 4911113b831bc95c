package io.jpaproto.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GrpcTimeoutTest {
  @Test
  void everyUnit() {
    assertEquals(TimeUnit.HOURS.toNanos(2), GrpcTimeout.nanos("2H"));
    assertEquals(TimeUnit.MINUTES.toNanos(3), GrpcTimeout.nanos("3M"));
    assertEquals(TimeUnit.SECONDS.toNanos(30), GrpcTimeout.nanos("30S"));
    assertEquals(TimeUnit.MILLISECONDS.toNanos(500), GrpcTimeout.nanos("500m"));
    assertEquals(TimeUnit.MICROSECONDS.toNanos(7), GrpcTimeout.nanos("7u"));
    assertEquals(99_999_999L, GrpcTimeout.nanos("99999999n"));
    assertEquals(0, GrpcTimeout.nanos("0S"));
    assertEquals(TimeUnit.SECONDS.toNanos(5), GrpcTimeout.nanos("00000005S"));
  }

  @Test
  void theLongestTimeoutsSaturateInsteadOfOverflowing() {
    assertEquals(Long.MAX_VALUE, GrpcTimeout.nanos("99999999H"));
    assertEquals(99_999_999L * 60_000_000_000L, GrpcTimeout.nanos("99999999M"));
  }

  @Test
  void anythingElseIsRefused() {
    for (String bad : new String[] {"", "S", "5", "5s", "5 S", " 5S", "+5S", "-5S", "1.5S", "123456789S", "5SS",
        "٥S"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GrpcTimeout.nanos(bad), bad);
      assertEquals("the grpc-timeout header \"" + bad + "\" is not a gRPC timeout: 1 to 8 digits and a unit, H, M, S,"
          + " m, u or n (for example 30S or 500m)", e.getMessage());
    }
  }
}
