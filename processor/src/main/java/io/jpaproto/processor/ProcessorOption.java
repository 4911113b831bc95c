package io.jpaproto.processor;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The processor options ({@code -A<key>=<value>}), each documented in the README. */
public enum ProcessorOption {
  /** A directory that receives a copy of every generated proto file, in addition to the class output. */
  PROTO_DIR("jpaproto.protoDir", "", Values.ANY),
  /**
   * The numbering state file; by default {@code jpaproto.lock} in {@link #PROTO_DIR}. Without either, numbers are not
   * remembered between builds.
   */
  LOCK_FILE("jpaproto.lockFile", "", Values.ANY),
  /** {@code true} compares the generated protos and lock with those in {@link #PROTO_DIR} and fails on a difference. */
  CHECK("jpaproto.check", "false", Values.BOOLEAN),
  /** {@code true} prints each mapping decision as a compiler note. */
  VERBOSE("jpaproto.verbose", "false", Values.BOOLEAN),
  /** {@code false} leaves Javadoc out of the generated comments, which are then short generated sentences. */
  JAVADOC("jpaproto.javadoc", "true", Values.BOOLEAN),
  /** The version segment appended to a Java package to form its default proto package. */
  PACKAGE_VERSION("jpaproto.packageVersion", "v1", Values.PROTO_SEGMENT),
  /** The segment appended to a Java package to form its default {@code java_package}. */
  JAVA_PACKAGE_SUFFIX("jpaproto.javaPackageSuffix", "proto", Values.JAVA_SEGMENT),
  /**
   * {@code all} gives every entity that can have one a CRUD service without {@code @ProtoService}; {@code annotated}
   * (the default) only those it names. See {@code io.jpaproto.processor.service.ServiceDefault}, which checks the value.
   */
  SERVICES("jpaproto.services", "annotated", Values.ANY),
  /** {@code error} (the default) or {@code warn}: how an attribute that looks like a secret is reported (JP140). */
  SECRETS("jpaproto.secrets", "error", Values.SECRETS),
  /** {@code true} reports what the processor cost the compile, stage by stage, as note JP005. */
  TIMING("jpaproto.timing", "false", Values.BOOLEAN),
  /**
   * {@code true} (the default) writes {@code buf.validate} rules derived from the JPA mapping and Bean Validation into
   * the generated protos; {@code false} writes none, so the protos do not import {@code buf/validate/validate.proto}.
   */
  VALIDATION("jpaproto.validation", "true", Values.BOOLEAN);

  /** The prefix every option of jpaproto starts with. */
  public static final String PREFIX = "jpaproto.";

  private final String key;
  private final String defaultValue;
  private final Values values;

  ProcessorOption(String key, String defaultValue, Values values) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.values = values;
  }

  /** The values an option accepts, and how to say so when a value is not one of them. */
  enum Values {
    ANY(null, "any value"),
    BOOLEAN(Pattern.compile("true|false", Pattern.CASE_INSENSITIVE), "true or false"),
    PROTO_SEGMENT(Pattern.compile("([a-z][a-z0-9_]*)?"),
        "a lower-case proto package segment such as v1 or v2beta, or empty for none"),
    JAVA_SEGMENT(Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*"),
        "a Java package segment such as proto or api"),
    SECRETS(Pattern.compile("error|warn", Pattern.CASE_INSENSITIVE), "error or warn");

    private final Pattern accepted;
    private final String description;

    Values(Pattern accepted, String description) {
      this.accepted = accepted;
      this.description = description;
    }
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

  /** Whether {@code value} (as given, before trimming) is one this option accepts. */
  public boolean accepts(String value) {
    return values.accepted == null || values.accepted.matcher(value.trim()).matches();
  }

  /** The values this option accepts, in words: {@code true or false}. */
  public String acceptedValues() {
    return values.description;
  }

  /** The option whose key is {@code key}, or {@code null}. */
  public static ProcessorOption byKey(String key) {
    for (ProcessorOption option : values()) {
      if (option.key.equals(key)) {
        return option;
      }
    }
    return null;
  }

  /** Whether the option's value (or default) is {@code value}, ignoring case. */
  public boolean is(Map<String, String> options, String value) {
    return value(options).toLowerCase(Locale.ROOT).equals(value);
  }

  /** The option's value as a boolean. */
  public boolean isTrue(Map<String, String> options) {
    return Boolean.parseBoolean(value(options));
  }
}
