package io.jpaproto.processor.schema;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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
  /** Words that make a field look secret: a whole word of its name, between underscores or at its ends. */
  private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "passphrase", "secret",
      "secrets", "token", "tokens", "apikey", "privkey", "hash", "hashed", "salt", "credential", "credentials",
      "otp", "totp", "pin");
  /** The same for words that are two words of the name. */
  private static final Set<String> SECRET_PAIRS = Set.of("api_key", "private_key");

  private final Reporter reporter;

  public SecretCheck(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether a proto field name looks like a secret. */
  public static boolean looksSecret(String fieldName) {
    String[] words = fieldName.split("_", -1);
    for (int i = 0; i < words.length; i++) {
      if (SECRET_WORDS.contains(words[i])
          || (i + 1 < words.length && SECRET_PAIRS.contains(words[i] + "_" + words[i + 1]))) {
        return true;
      }
    }
    return false;
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
