package io.jpaproto.web;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code google.api.http} path template, such as {@code /v1/books/{id}}, {@code /v1/{name=shelves/*}/books} or
 * {@code /v1/sessions:login}, per the grammar of google/api/http.proto:
 * <pre>
 * Template = "/" Segments [ Verb ] ;   Segments = Segment { "/" Segment } ;
 * Segment  = "*" | "**" | LITERAL | Variable ;   Variable = "{" FieldPath [ "=" Segments ] "}" ;   Verb = ":" LITERAL ;
 * </pre>
 * {@code **} may only end the template. A variable without {@code =} matches one segment.
 */
final class PathTemplate {
  private final String text;
  private final List<String> segments; // literals, "*" or "**"
  private final List<Variable> variables;
  private final String verb;

  /** A variable: the field path it sets and the segments [start, end) it covers ({@code end} -1: to the end). */
  record Variable(String fieldPath, int start, int end) {
  }

  private PathTemplate(String text, List<String> segments, List<Variable> variables, String verb) {
    this.text = text;
    this.segments = segments;
    this.variables = variables;
    this.verb = verb;
  }

  /** Parses {@code template}; throws {@link IllegalArgumentException} saying what is wrong with it. */
  static PathTemplate parse(String template) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("path template " + template + " does not start with /");
    }
    String body = template.substring(1);
    String verb = null;
    int lastSlash = body.lastIndexOf('/');
    int lastBrace = body.lastIndexOf('}');
    int colon = body.lastIndexOf(':');
    if (colon > lastSlash && colon > lastBrace) {
      verb = body.substring(colon + 1);
      body = body.substring(0, colon);
      if (verb.isEmpty()) {
        throw new IllegalArgumentException("path template " + template + " has an empty verb after ':'");
      }
    }
    List<String> segments = new ArrayList<>();
    List<Variable> variables = new ArrayList<>();
    for (String token : splitOutsideBraces(body, template)) {
      if (!token.startsWith("{")) {
        segments.add(checkedSegment(token, template));
        continue;
      }
      if (!token.endsWith("}")) {
        throw new IllegalArgumentException("path template " + template + " has text right after a '}'");
      }
      String variable = token.substring(1, token.length() - 1);
      int equals = variable.indexOf('=');
      String fieldPath = equals < 0 ? variable : variable.substring(0, equals);
      if (!fieldPath.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
        throw new IllegalArgumentException("path template " + template + " has a variable without a field path: "
            + token);
      }
      int start = segments.size();
      if (equals < 0) {
        segments.add("*");
      } else {
        for (String part : variable.substring(equals + 1).split("/", -1)) {
          segments.add(checkedSegment(part, template));
        }
      }
      boolean toEnd = segments.get(segments.size() - 1).equals("**");
      variables.add(new Variable(fieldPath, start, toEnd ? -1 : segments.size()));
    }
    for (int s = 0; s < segments.size() - 1; s++) {
      if (segments.get(s).equals("**")) {
        throw new IllegalArgumentException("path template " + template + " has '**' before its last segment");
      }
    }
    return new PathTemplate(template, List.copyOf(segments), List.copyOf(variables), verb);
  }

  /** {@code body} split at each '/' that is not inside a variable's braces. */
  private static List<String> splitOutsideBraces(String body, String template) {
    List<String> tokens = new ArrayList<>();
    if (body.isEmpty()) {
      return tokens;
    }
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == '/' && depth == 0) {
        tokens.add(body.substring(start, i));
        start = i + 1;
      }
      if (depth < 0 || depth > 1) {
        throw new IllegalArgumentException("path template " + template + " has unbalanced or nested braces");
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("path template " + template + " has a '{' without '}'");
    }
    tokens.add(body.substring(start));
    return tokens;
  }

  private static String checkedSegment(String segment, String template) {
    if (segment.isEmpty() || segment.contains("{") || segment.contains("}")) {
      throw new IllegalArgumentException("path template " + template + " has an empty or malformed segment");
    }
    return segment;
  }

  /** How specific the template is: literal segments count most, a trailing {@code **} least. */
  int specificity() {
    int score = 0;
    for (String segment : segments) {
      score += segment.equals("**") ? 0 : segment.equals("*") ? 1 : 3;
    }
    return score * 2 + (verb == null ? 0 : 1);
  }

  /**
   * The variables' values (field path to percent-decoded value) when {@code rawPath} (as sent, still
   * percent-encoded, without the query) matches, else {@code null}.
   */
  Map<String, String> match(String rawPath) {
    if (!rawPath.startsWith("/")) {
      return null;
    }
    String path = rawPath.substring(1);
    if (verb != null) {
      if (!path.endsWith(":" + verb)) {
        return null;
      }
      path = path.substring(0, path.length() - verb.length() - 1);
    }
    String[] parts = path.isEmpty() ? new String[0] : path.split("/", -1);
    boolean rest = !segments.isEmpty() && segments.get(segments.size() - 1).equals("**");
    if (rest ? parts.length < segments.size() - 1 : parts.length != segments.size()) {
      return null;
    }
    for (int s = 0; s < segments.size(); s++) {
      String segment = segments.get(s);
      if (segment.equals("**")) {
        break;
      }
      if (parts[s].isEmpty() || (!segment.equals("*") && !segment.equals(decode(parts[s], true)))) {
        return null;
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Variable variable : variables) {
      int end = variable.end() < 0 ? parts.length : variable.end();
      boolean single = end - variable.start() == 1 && variable.end() >= 0;
      values.put(variable.fieldPath(), decode(String.join("/", List.of(parts).subList(variable.start(), end)), single));
    }
    return values;
  }

  /**
   * Percent-decodes {@code text} as UTF-8 (RFC 6570 style: a one-segment variable decodes everything, a
   * multi-segment one keeps {@code %2F} encoded); throws {@link IllegalArgumentException} on a malformed escape.
   */
  static String decode(String text, boolean all) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      int value = i + 2 < text.length() ? hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)) : -1;
      if (value < 0) {
        throw new IllegalArgumentException("malformed percent escape in " + text);
      }
      if (!all && value == '/') {
        bytes.writeBytes(text.substring(i, i + 3).getBytes(StandardCharsets.US_ASCII));
      } else {
        bytes.write(value);
      }
      i += 2;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    int digit = Character.digit(c, 16);
    return digit < 0 ? -1000 : digit;
  }

  /** The field paths the variables set. */
  List<String> fieldPaths() {
    return variables.stream().map(Variable::fieldPath).toList();
  }

  @Override
  public String toString() {
    return text;
  }
}
