package io.jpaproto.it;

/**
 * The seed and the number of cases of every property test. Both are fixed by default so that a run is reproducible;
 * {@code -Djpaproto.test.seed=N} and {@code -Djpaproto.test.cases=N} override them (the pom passes them to surefire).
 * Every failure message names the seed and the case, so a failure can be replayed with the same seed.
 */
final class TestSeed {

  static final long SEED = Long.getLong("jpaproto.test.seed", 20261128L);

  static final int CASES = Integer.getInteger("jpaproto.test.cases", 2000);

  private TestSeed() {}

  /** The text failure messages start with: where the case came from. */
  static String where(int caseNumber) {
    return "seed " + SEED + " (-Djpaproto.test.seed=" + SEED + "), case " + caseNumber;
  }
}
