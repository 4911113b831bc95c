package io.jpaproto.processor.schema;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;

/**
 * Refuses to publish, silently, a field whose name looks like a secret (JP140): an error by default, a warning with
 * {@code -Ajpaproto.secrets=warn}; {@code @ProtoIgnore} leaves the attribute out and {@code @ProtoExposed} confirms it
 * is public.
 *
 * <p>Each attribute is reported once per build: once however many messages inherit it from a mapped superclass, and
 * only in the compilation that publishes its proto file for the first time: not in the second pass of a two-pass
 * build (which compiles the file's protoc classes along with the entities and so saw the first pass report it), nor
 * in a module that only asks for mappers of another module's entities.
 */
public final class SecretCheck {
  /** Names that suggest a secret: passwords, tokens, keys, hashes, salts, one-time codes. */
  private static final Pattern SECRET = Pattern.compile(
      "(^|_)(password|passwd|pwd|passphrase|secret|secrets|token|tokens|api_key|apikey|private_key|privkey"
          + "|hash|hashed|salt|credential|credentials|otp|totp|pin)(_|$)");

  private final Reporter reporter;

  public SecretCheck(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether a proto field name looks like a secret. */
  public static boolean looksSecret(String fieldName) {
    return SECRET.matcher(fieldName).find();
  }

  /**
   * Reports the fields of {@code files} (the files this compilation publishes) that look like secrets and are not
   * confirmed public, except in files for which {@code compiledWithMessageClasses} holds.
   */
  public void check(List<ProtoFile> files, Predicate<ProtoFile> compiledWithMessageClasses) {
    Set<Element> reported = new HashSet<>();
    for (ProtoFile file : files) {
      if (compiledWithMessageClasses.test(file)) {
        continue;
      }
      for (ProtoMessage message : file.messages()) {
        for (ProtoField field : message.fields()) {
          Attribute attribute = field.attribute();
          if (!attribute.exposed() && looksSecret(field.name()) && reported.add(attribute.element())) {
            reporter.report(Diagnostic.LOOKS_SECRET, attribute.element(), attribute.describe(), field.name(),
                message.name());
          }
        }
      }
    }
  }
}
