package io.jpaproto.web;

/**
 * The {@code grpc-timeout} header as the gRPC protocol writes it: 1 to 8 digits and a unit, {@code H} (hours),
 * {@code M} (minutes), {@code S} (seconds), {@code m} (milliseconds), {@code u} (microseconds) or {@code n}
 * (nanoseconds). An HTTP/JSON client sends it to give its call a deadline, as a gRPC client does.
 */
final class GrpcTimeout {
  static final String HEADER = "grpc-timeout";

  private GrpcTimeout() {
  }

  /** The timeout {@code header} gives, in nanoseconds; {@link IllegalArgumentException} naming the format if none. */
  static long nanos(String header) {
    int digits = header.length() - 1;
    if (digits < 1 || digits > 8) {
      throw invalid(header);
    }
    long value = 0;
    for (int i = 0; i < digits; i++) {
      char c = header.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(header);
      }
      value = value * 10 + (c - '0');
    }
    // 99,999,999 hours is 3.6e20 ns, more than a long holds: such a timeout is as good as none, so it saturates.
    long unit = switch (header.charAt(digits)) {
      case 'H' -> 3_600_000_000_000L;
      case 'M' -> 60_000_000_000L;
      case 'S' -> 1_000_000_000L;
      case 'm' -> 1_000_000L;
      case 'u' -> 1_000L;
      case 'n' -> 1L;
      default -> throw invalid(header);
    };
    return value > Long.MAX_VALUE / unit ? Long.MAX_VALUE : value * unit;
  }

  private static IllegalArgumentException invalid(String header) {
    return new IllegalArgumentException("the " + HEADER + " header \"" + header + "\" is not a gRPC timeout: 1 to 8"
        + " digits and a unit, H, M, S, m, u or n (for example 30S or 500m)");
  }
}
