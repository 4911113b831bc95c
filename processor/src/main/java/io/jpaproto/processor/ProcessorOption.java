package io.jpaproto.processor;

import java.util.Map;

/** The processor options ({@code -A<key>=<value>}), each documented in the README. */
public enum ProcessorOption {
  /** A directory that receives a copy of every generated proto file, in addition to the class output. */
  PROTO_DIR("jpaproto.protoDir", ""),
  /**
   * The numbering state file; by default {@code jpaproto.lock} in {@link #PROTO_DIR}. Without either, numbers are not
   * remembered between builds.
   */
  LOCK_FILE("jpaproto.lockFile", ""),
  /** {@code true} compares the generated protos and lock with those in {@link #PROTO_DIR} and fails on a difference. */
  CHECK("jpaproto.check", "false"),
  /** {@code true} prints each mapping decision as a compiler note. */
  VERBOSE("jpaproto.verbose", "false"),
  /** {@code false} leaves Javadoc out of the generated comments, which are then short generated sentences. */
  JAVADOC("jpaproto.javadoc", "true"),
  /** The version segment appended to a Java package to form its default proto package. */
  PACKAGE_VERSION("jpaproto.packageVersion", "v1"),
  /** The segment appended to a Java package to form its default {@code java_package}. */
  JAVA_PACKAGE_SUFFIX("jpaproto.javaPackageSuffix", "proto"),
  /**
   * {@code all} gives every entity that can have one a CRUD service without {@code @ProtoService}; {@code annotated}
   * (the default) only those it names. See {@code io.jpaproto.processor.service.ServiceDefault}.
   */
  SERVICES("jpaproto.services", "annotated");

  private final String key;
  private final String defaultValue;

  ProcessorOption(String key, String defaultValue) {
    this.key = key;
    this.defaultValue = defaultValue;
  }

  /** The option name as written after {@code -A}. */
  public String key() {
    return key;
  }

  /** The option's value in {@code options}, or its default. */
  public String value(Map<String, String> options) {
    String value = options.get(key);
    return value == null ? defaultValue : value.trim();
  }

  /** The option's value as a boolean. */
  public boolean isTrue(Map<String, String> options) {
    return Boolean.parseBoolean(value(options));
  }
}
