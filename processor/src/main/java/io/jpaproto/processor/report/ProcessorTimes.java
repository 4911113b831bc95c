package io.jpaproto.processor.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/**
 * What jpaproto itself costs a compile, stage by stage: the CPU time of javac's thread while the processor works (the
 * symbols javac completes on the processor's behalf included) and the wall time. With {@code -Ajpaproto.timing=true}
 * the processor reports it as note JP005 when processing is over, so that a build, or the compile-time benchmark, can
 * put a number on the processor's share of the compile.
 *
 * <p>Without that option nothing is timed: the first use of {@link ManagementFactory} sets up the platform's
 * management beans (some sixty classes, {@code java.util.logging} among them), which a compile should not pay for a
 * number nobody asked for.
 */
public final class ProcessorTimes {
  /** Per stage, in the order first timed: {CPU ns, wall ns}. */
  private final Map<String, long[]> stages = new LinkedHashMap<>();
  /** javac's thread's CPU clock, or {@code null} when not timing. */
  private final ThreadMXBean threads;
  private final boolean cpuTimes;
  private String current;
  private long cpuStart;
  private long wallStart;

  private ProcessorTimes(boolean enabled) {
    this.threads = enabled ? ManagementFactory.getThreadMXBean() : null;
    this.cpuTimes = enabled && threads.isCurrentThreadCpuTimeSupported();
  }

  /** Times that are taken ({@code enabled}) or that cost nothing and stay empty. */
  public static ProcessorTimes of(boolean enabled) {
    return new ProcessorTimes(enabled);
  }

  /** Ends the stage being timed, if any, and starts timing {@code stage}; a stage timed twice adds up. */
  public void start(String stage) {
    if (threads == null) {
      return;
    }
    stop();
    current = stage;
    cpuStart = cpuNanos();
    wallStart = System.nanoTime();
  }

  /** Ends the stage being timed, if any. */
  public void stop() {
    if (current == null) {
      return;
    }
    long[] times = stages.get(current);
    if (times == null) {
      times = new long[2];
      stages.put(current, times);
    }
    times[0] += cpuNanos() - cpuStart;
    times[1] += System.nanoTime() - wallStart;
    current = null;
  }

  /** The arguments of JP005: total CPU ms, total wall ms, and each stage's CPU ms. */
  public Object[] summary() {
    long cpu = 0;
    long wall = 0;
    StringJoiner parts = new StringJoiner(", ");
    for (Map.Entry<String, long[]> stage : stages.entrySet()) {
      cpu += stage.getValue()[0];
      wall += stage.getValue()[1];
      parts.add(stage.getKey() + " " + millis(stage.getValue()[0]) + " ms");
    }
    return new Object[] {millis(cpu), millis(wall), cpuTimes ? "CPU" : "wall", parts.toString()};
  }

  private long cpuNanos() {
    return cpuTimes ? threads.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }
}
