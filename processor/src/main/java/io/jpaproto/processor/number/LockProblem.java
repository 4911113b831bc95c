package io.jpaproto.processor.number;

import io.jpaproto.processor.report.Diagnostic;
import java.util.List;

/**
 * A problem in the numbering state (a line of {@code jpaproto.lock}, or a proto file it is recovered from), kept until
 * the element it is about is known: the entity or enum whose message the line describes, the attribute or constant
 * whose field it names, or, when nothing applies, the first element of the compilation.
 *
 * @param message whether {@code owner} is a message (else an enum)
 * @param owner the full proto name of the message or enum the problem is about, or {@code null}
 * @param names the field or enum value names the problem is about, most relevant first
 * @param diagnostic what to report
 * @param args the diagnostic's arguments
 */
public record LockProblem(boolean message, String owner, List<String> names, Diagnostic diagnostic, List<Object> args) {

  public LockProblem {
    names = List.copyOf(names);
    args = List.copyOf(args);
  }

  /** Whether the problem is about message ({@code message}) or enum {@code fullName}. */
  boolean isAbout(boolean messageOwner, String fullName) {
    return owner != null && message == messageOwner && owner.equals(fullName);
  }
}
