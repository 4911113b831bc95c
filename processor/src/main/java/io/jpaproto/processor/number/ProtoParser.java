package io.jpaproto.processor.number;

import io.jpaproto.processor.number.ProtoTokenizer.Kind;
import io.jpaproto.processor.number.ProtoTokenizer.ParseException;
import io.jpaproto.processor.number.ProtoTokenizer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser of proto3 (and the proto2 and editions syntax around it) that keeps what numbering needs:
 * per message its fields (name, number, label, type, map key), per enum its values, and the reserved numbers, ranges
 * and names of both, nested types included. Options (also aggregate ones), imports, services, extensions and
 * {@code extend} blocks are read over correctly and dropped. Groups are refused: jpaproto never writes them.
 */
final class ProtoParser {
  /** The largest number {@code max} stands for in a reserved range of a message. */
  private static final long MAX_FIELD = LockSyntax.MAX_FIELD_NUMBER;
  /** The largest number {@code max} stands for in a reserved range of an enum. */
  private static final long MAX_VALUE = Integer.MAX_VALUE;

  /**
   * One parsed file.
   *
   * @param protoPackage the package, or empty
   * @param hasService whether the file declares a service
   * @param types its messages and enums, nested ones included, in declaration order
   */
  record File(String protoPackage, boolean hasService, List<Type> types) {
  }

  /**
   * A message or enum.
   *
   * @param message whether it is a message
   * @param fullName its full name, package included
   * @param line where it is declared
   * @param fields the fields of a message (those of its oneofs included)
   * @param values the values of an enum
   * @param reservedRanges inclusive ranges of reserved numbers, each {@code {from, to, line}}
   * @param reservedNames reserved names, as declared
   */
  record Type(boolean message, String fullName, int line, List<Field> fields, List<Value> values,
      List<long[]> reservedRanges, List<Reserved> reservedNames) {
  }

  /**
   * A message field.
   *
   * @param name its name
   * @param number its number as written
   * @param label {@code optional}, {@code repeated}, {@code required}, or empty
   * @param type the value type as written ({@code int64}, {@code Genre}, {@code .google.protobuf.Timestamp})
   * @param keyType the key type of a map field, else {@code null}
   * @param inOneof whether the field belongs to a oneof
   * @param line where it is declared
   */
  record Field(String name, long number, String label, String type, String keyType, boolean inOneof, int line) {
  }

  /** An enum value with its number and line. */
  record Value(String name, long number, int line) {
  }

  /** A reserved name with its line. */
  record Reserved(String name, int line) {
  }

  private final List<Token> tokens;
  private int pos;
  private String protoPackage = "";
  private boolean hasService;
  private final List<Type> types = new ArrayList<>();

  private ProtoParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Parses {@code text}; throws naming the line that is not proto. */
  static File parse(String text) throws ParseException {
    ProtoParser parser = new ProtoParser(ProtoTokenizer.tokenize(text));
    parser.file();
    return new File(parser.protoPackage, parser.hasService, List.copyOf(parser.types));
  }

  private void file() throws ParseException {
    boolean sawPackage = false;
    while (peek().kind() != Kind.END) {
      Token token = peek();
      if (token.is(";")) {
        pos++;
      } else if (token.is("syntax") || token.is("edition")) {
        pos++;
        expect("=");
        expectKind(Kind.STRING, "a string");
        expect(";");
      } else if (token.is("package")) {
        if (sawPackage) {
          throw error(token, "a second package statement");
        }
        sawPackage = true;
        pos++;
        protoPackage = dottedName(false);
        expect(";");
      } else if (token.is("import")) {
        pos++;
        if (peek().is("public") || peek().is("weak")) {
          pos++;
        }
        expectKind(Kind.STRING, "the imported file's path");
        expect(";");
      } else if (token.is("option")) {
        skipStatement();
      } else if (token.is("message")) {
        pos++;
        message(protoPackage);
      } else if (token.is("enum")) {
        pos++;
        enumType(protoPackage);
      } else if (token.is("service")) {
        pos++;
        hasService = true;
        identifier();
        skipBlock();
      } else if (token.is("extend")) {
        pos++;
        dottedName(true);
        skipBlock();
      } else {
        throw error(token, "expected a message, enum, service, option, import or package, found " + show(token));
      }
    }
  }

  private void message(String scope) throws ParseException {
    Token nameToken = peek();
    String fullName = qualify(scope, identifier());
    List<Field> fields = new ArrayList<>();
    List<long[]> ranges = new ArrayList<>();
    List<Reserved> names = new ArrayList<>();
    int index = types.size();
    types.add(null);
    expect("{");
    while (!peek().is("}")) {
      Token token = peek();
      if (token.kind() == Kind.END) {
        throw error(token, "message " + fullName + " never ends");
      }
      if (token.is(";")) {
        pos++;
      } else if (token.is("option")) {
        skipStatement();
      } else if (isDeclaration("message")) {
        pos++;
        message(fullName);
      } else if (isDeclaration("enum")) {
        pos++;
        enumType(fullName);
      } else if (isDeclaration("extend")) {
        pos++;
        dottedName(true);
        skipBlock();
      } else if (isDeclaration("oneof")) {
        pos++;
        oneof(fields);
      } else if (token.is("reserved") && !peek(2).is("=")) {
        pos++;
        reserved(ranges, names, MAX_FIELD);
      } else if (token.is("extensions") && peek(1).kind() == Kind.INTEGER) {
        skipStatement();
      } else {
        fields.add(field(false));
      }
    }
    pos++;
    types.set(index, new Type(true, fullName, nameToken.line(), List.copyOf(fields), List.of(),
        List.copyOf(ranges), List.copyOf(names)));
  }

  private void oneof(List<Field> fields) throws ParseException {
    identifier();
    expect("{");
    while (!peek().is("}")) {
      if (peek().kind() == Kind.END) {
        throw error(peek(), "a oneof that never ends");
      }
      if (peek().is(";")) {
        pos++;
      } else if (peek().is("option")) {
        skipStatement();
      } else {
        fields.add(field(true));
      }
    }
    pos++;
  }

  private Field field(boolean inOneof) throws ParseException {
    Token start = peek();
    String label = "";
    if (!inOneof && (start.is("optional") || start.is("repeated") || start.is("required"))
        && !peek(2).is("=")) {
      label = start.text();
      pos++;
    }
    String keyType = null;
    String type;
    if (peek().is("map") && peek(1).is("<")) {
      pos += 2;
      keyType = dottedName(true);
      expect(",");
      type = dottedName(true);
      expect(">");
    } else {
      type = dottedName(true);
    }
    if (type.equals("group")) {
      throw error(start, "a group, which jpaproto never writes");
    }
    Token nameToken = peek();
    String name = identifier();
    expect("=");
    long number = integer(false);
    if (peek().is("[")) {
      skipBrackets();
    }
    expect(";");
    return new Field(name, number, label, type, keyType, inOneof, nameToken.line());
  }

  private void enumType(String scope) throws ParseException {
    Token nameToken = peek();
    String fullName = qualify(scope, identifier());
    List<Value> values = new ArrayList<>();
    List<long[]> ranges = new ArrayList<>();
    List<Reserved> names = new ArrayList<>();
    expect("{");
    while (!peek().is("}")) {
      Token token = peek();
      if (token.kind() == Kind.END) {
        throw error(token, "enum " + fullName + " never ends");
      }
      if (token.is(";")) {
        pos++;
      } else if (token.is("option")) {
        skipStatement();
      } else if (token.is("reserved") && !peek(1).is("=")) {
        pos++;
        reserved(ranges, names, MAX_VALUE);
      } else {
        Token valueToken = peek();
        String name = identifier();
        expect("=");
        long number = integer(true);
        if (peek().is("[")) {
          skipBrackets();
        }
        expect(";");
        values.add(new Value(name, number, valueToken.line()));
      }
    }
    pos++;
    types.add(new Type(false, fullName, nameToken.line(), List.of(), List.copyOf(values), List.copyOf(ranges),
        List.copyOf(names)));
  }

  /** {@code reserved 2, 15, 9 to 11, 40 to max;} or {@code reserved "foo", "bar";} (or bare names, editions). */
  private void reserved(List<long[]> ranges, List<Reserved> names, long max) throws ParseException {
    do {
      Token token = peek();
      if (token.kind() == Kind.STRING) {
        pos++;
        names.add(new Reserved(token.text(), token.line()));
      } else if (token.kind() == Kind.IDENTIFIER && !token.is("max")) {
        pos++;
        names.add(new Reserved(token.text(), token.line()));
      } else {
        long from = integer(max == MAX_VALUE);
        long to = from;
        if (peek().is("to")) {
          pos++;
          if (peek().is("max")) {
            pos++;
            to = max;
          } else {
            to = integer(max == MAX_VALUE);
          }
        }
        if (to < from) {
          throw error(token, "a reserved range from " + from + " down to " + to);
        }
        ranges.add(new long[] {from, to, token.line()});
      }
    } while (accept(","));
    expect(";");
  }

  /** Whether the next tokens declare a nested {@code keyword}: {@code keyword Name {}. */
  private boolean isDeclaration(String keyword) {
    return peek().is(keyword) && peek(1).kind() == Kind.IDENTIFIER && peek(2).is("{");
  }

  private long integer(boolean signed) throws ParseException {
    Token token = peek();
    boolean negative = false;
    if (signed && (token.is("-") || token.is("+"))) {
      negative = token.is("-");
      pos++;
      token = peek();
    }
    if (token.kind() != Kind.INTEGER) {
      throw error(token, "expected a number, found " + show(token));
    }
    pos++;
    String digits = token.text();
    try {
      long value;
      if (digits.startsWith("0x") || digits.startsWith("0X")) {
        value = Long.parseLong(digits.substring(2), 16);
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        value = Long.parseLong(digits.substring(1), 8);
      } else {
        value = Long.parseLong(digits);
      }
      if (value > 0xFFFF_FFFFL) {
        throw error(token, "number " + digits + " is out of range");
      }
      return negative ? -value : value;
    } catch (NumberFormatException e) {
      throw error(token, "number " + digits + " is out of range");
    }
  }

  /** A name such as {@code Genre}, {@code google.type.Date} or (with {@code allowLeadingDot}) {@code .a.B}. */
  private String dottedName(boolean allowLeadingDot) throws ParseException {
    StringBuilder name = new StringBuilder();
    if (allowLeadingDot && peek().is(".")) {
      pos++;
      name.append('.');
    }
    name.append(identifier());
    while (peek().is(".")) {
      pos++;
      name.append('.').append(identifier());
    }
    return name.toString();
  }

  private String identifier() throws ParseException {
    Token token = peek();
    if (token.kind() != Kind.IDENTIFIER) {
      throw error(token, "expected a name, found " + show(token));
    }
    pos++;
    return token.text();
  }

  /** Skips a statement up to its {@code ;}, over nested brackets (aggregate option values). */
  private void skipStatement() throws ParseException {
    int depth = 0;
    while (true) {
      Token token = peek();
      if (token.kind() == Kind.END) {
        throw error(token, "a statement that never ends");
      }
      pos++;
      if (token.is("{") || token.is("[") || token.is("(")) {
        depth++;
      } else if (token.is("}") || token.is("]") || token.is(")")) {
        depth--;
        if (depth < 0) {
          throw error(token, "an unbalanced " + token.text());
        }
      } else if (token.is(";") && depth == 0) {
        return;
      }
    }
  }

  /** Skips a {@code { ... }} block, nested blocks included. */
  private void skipBlock() throws ParseException {
    expect("{");
    skipBalanced("{", "}");
  }

  private void skipBrackets() throws ParseException {
    expect("[");
    skipBalanced("[", "]");
  }

  private void skipBalanced(String open, String close) throws ParseException {
    int depth = 1;
    while (depth > 0) {
      Token token = peek();
      if (token.kind() == Kind.END) {
        throw error(token, "a " + open + " that is never closed");
      }
      pos++;
      if (token.is(open)) {
        depth++;
      } else if (token.is(close)) {
        depth--;
      }
    }
  }

  private void expect(String symbol) throws ParseException {
    if (!accept(symbol)) {
      throw error(peek(), "expected " + symbol + ", found " + show(peek()));
    }
  }

  private void expectKind(Kind kind, String what) throws ParseException {
    if (peek().kind() != kind) {
      throw error(peek(), "expected " + what + ", found " + show(peek()));
    }
    pos++;
  }

  private boolean accept(String symbol) {
    if (peek().is(symbol)) {
      pos++;
      return true;
    }
    return false;
  }

  private Token peek() {
    return peek(0);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  private static String qualify(String scope, String name) {
    return scope.isEmpty() ? name : scope + "." + name;
  }

  private static String show(Token token) {
    return switch (token.kind()) {
      case END -> "the end of the file";
      case STRING -> "a string";
      default -> "'" + LockSyntax.quote(token.text()) + "'";
    };
  }

  private static ParseException error(Token token, String message) {
    return new ParseException(token.line(), message);
  }
}
