package io.jpaproto.bench;

import io.jpaproto.convert.Relations;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Diagnostic, not a comparison: the cost of one {@code Relations.requireLoaded} call, which a generated
 * {@code toProto} makes once per collection attribute (twice for {@link io.jpaproto.bench.model.Product}).
 *
 * <ul>
 *   <li>{@code jdkCollection}: an {@code ArrayList}, what a new or detached entity holds (and what the fixture holds).
 *       A JDK class cannot be a provider's lazy wrapper, so {@code requireLoaded} returns without asking JPA.
 *   <li>{@code otherCollection}: a collection of a class outside the JDK, as a JPA provider's lazy collection is
 *       (Hibernate's {@code PersistentBag}, say). Here {@code requireLoaded} asks
 *       {@code Persistence.getPersistenceUtil().isLoaded(..)}, which looks up the providers of the context class
 *       loader on every call; with no provider installed (as here) it then answers true. With a provider installed
 *       the provider's own check comes on top.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RequireLoadedBenchmark {
  private final List<String> jdkTags = new ArrayList<>(List.of("laptop", "ultralight", "14-inch", "oled", "business"));
  private final List<String> otherTags = new NonJdkList<>(jdkTags);

  @Benchmark
  public List<String> requireLoaded_jdkCollection() {
    Relations.requireLoaded(jdkTags, "tags");
    return jdkTags;
  }

  @Benchmark
  public List<String> requireLoaded_otherCollection() {
    Relations.requireLoaded(otherTags, "tags");
    return otherTags;
  }

  /** A list whose class is loaded by the application class loader, not the JDK's, like a provider's collection. */
  static final class NonJdkList<E> extends ArrayList<E> {
    private static final long serialVersionUID = 1L;

    NonJdkList(List<E> elements) {
      super(elements);
    }
  }
}
