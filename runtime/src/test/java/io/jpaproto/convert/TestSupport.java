package io.jpaproto.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.TimeZone;
import org.junit.jupiter.api.function.Executable;

/** Seeded randomness and exception assertions shared by the conversion tests. */
final class TestSupport {

  /**
   * Seed of every property test; override with {@code -Djpaproto.test.seed=N} to explore, and quote the seed printed
   * in a failure to reproduce it.
   */
  static final long SEED = Long.getLong("jpaproto.test.seed", 0x6A70_6170_726F_746FL);

  /** Random cases per conversion pair. */
  static final int CASES = 5_000;

  private TestSupport() {}

  /** A new generator on {@link #SEED}, so each test sees the same sequence regardless of test order. */
  static SplittableRandom random() {
    return new SplittableRandom(SEED);
  }

  /** Text identifying a random case in an assertion message. */
  static String at(int i, Object value) {
    return "seed=" + SEED + " case=" + i + " value=" + value;
  }

  /**
   * Asserts that {@code executable} throws exactly {@code type} (not a subclass: NumberFormatException is an
   * IllegalArgumentException) with a message containing every fragment, and returns it.
   */
  static <T extends Throwable> T assertThrowsWith(Class<T> type, Executable executable, String... fragments) {
    Throwable thrown = assertThrows(Throwable.class, executable);
    assertEquals(type, thrown.getClass(), () -> "unexpected exception: " + thrown);
    String message = thrown.getMessage();
    for (String fragment : fragments) {
      assertTrue(
          message != null && message.contains(fragment),
          () -> "message <" + message + "> lacks <" + fragment + ">");
    }
    return type.cast(thrown);
  }

  /** Runs {@code body} with {@code zone} as the JVM default time zone, then restores the previous default. */
  static void withDefaultZone(TimeZone zone, Executable body) throws Throwable {
    TimeZone previous = TimeZone.getDefault();
    TimeZone.setDefault(zone);
    try {
      body.execute();
    } finally {
      TimeZone.setDefault(previous);
    }
  }

  /** A long uniformly distributed in {@code min..max}, both inclusive; {@code max < Long.MAX_VALUE}. */
  static long between(SplittableRandom r, long min, long max) {
    return r.nextLong(min, max + 1);
  }
}
