package io.jpaproto.processor.number;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits proto text into tokens as protoc's tokenizer does: identifiers, integers and floats, strings (single or double
 * quoted, with C escapes), one-character symbols; {@code //} and {@code /* *}{@code /} comments and white space are
 * dropped. Every token carries its line, so errors can name it.
 */
final class ProtoTokenizer {
  /** What a token is. */
  enum Kind { IDENTIFIER, INTEGER, FLOAT, STRING, SYMBOL, END }

  /**
   * One token.
   *
   * @param kind what it is
   * @param text the identifier, the number as written, the symbol, or a string's value with escapes resolved
   * @param line the 1-based line it starts on
   */
  record Token(Kind kind, String text, int line) {
    boolean is(String symbolOrWord) {
      return (kind == Kind.SYMBOL || kind == Kind.IDENTIFIER) && text.equals(symbolOrWord);
    }
  }

  /** Malformed proto text. */
  static final class ParseException extends Exception {
    private final int line;

    ParseException(int line, String message) {
      super(message);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  private final String text;
  private int pos;
  private int line = 1;

  private ProtoTokenizer(String text) {
    this.text = text;
  }

  /** The tokens of {@code text}, ending with an {@link Kind#END} token. */
  static List<Token> tokenize(String text) throws ParseException {
    ProtoTokenizer tokenizer = new ProtoTokenizer(text);
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = tokenizer.next();
      tokens.add(token);
    } while (token.kind() != Kind.END);
    return tokens;
  }

  private Token next() throws ParseException {
    skipSpaceAndComments();
    if (pos >= text.length()) {
      return new Token(Kind.END, "", line);
    }
    char c = text.charAt(pos);
    int start = pos;
    if (isLetter(c)) {
      while (pos < text.length() && (isLetter(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
        pos++;
      }
      return new Token(Kind.IDENTIFIER, text.substring(start, pos), line);
    }
    if (isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
      return number();
    }
    if (c == '"' || c == '\'') {
      return string(c);
    }
    pos++;
    return new Token(Kind.SYMBOL, String.valueOf(c), line);
  }

  private void skipSpaceAndComments() throws ParseException {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
        pos++;
      } else if (text.startsWith("//", pos)) {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (text.startsWith("/*", pos)) {
        int startLine = line;
        int end = text.indexOf("*/", pos + 2);
        if (end < 0) {
          throw new ParseException(startLine, "a /* comment that never ends");
        }
        for (int i = pos; i < end; i++) {
          if (text.charAt(i) == '\n') {
            line++;
          }
        }
        pos = end + 2;
      } else {
        return;
      }
    }
  }

  private Token number() throws ParseException {
    int start = pos;
    boolean isFloat = false;
    if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
      pos += 2;
      int digits = pos;
      while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
        pos++;
      }
      if (pos == digits) {
        throw new ParseException(line, "a hexadecimal number without digits");
      }
    } else {
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
      if (pos < text.length() && text.charAt(pos) == '.') {
        isFloat = true;
        pos++;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
          pos++;
        }
      }
      if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
        isFloat = true;
        pos++;
        if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
          pos++;
        }
        int digits = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
          pos++;
        }
        if (pos == digits) {
          throw new ParseException(line, "an exponent without digits");
        }
      }
      if (pos < text.length() && (text.charAt(pos) == 'f' || text.charAt(pos) == 'F')) {
        isFloat = true;
        pos++;
      }
    }
    if (pos < text.length() && isLetter(text.charAt(pos))) {
      throw new ParseException(line, "a number followed by a letter: " + LockSyntax.quote(text.substring(start,
          Math.min(text.length(), pos + 1))));
    }
    return new Token(isFloat ? Kind.FLOAT : Kind.INTEGER, text.substring(start, pos), line);
  }

  private Token string(char quote) throws ParseException {
    int startLine = line;
    pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= text.length() || text.charAt(pos) == '\n') {
        throw new ParseException(startLine, "a string that never ends");
      }
      char c = text.charAt(pos++);
      if (c == quote) {
        return new Token(Kind.STRING, value.toString(), startLine);
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw new ParseException(startLine, "a string that never ends");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'a' -> value.append('\u0007');
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'v' -> value.append('\u000b');
        case '\\', '\'', '"', '?' -> value.append(e);
        case 'x', 'X' -> value.append((char) digits(16, 1, 2, startLine));
        case 'u' -> value.appendCodePoint(digits(16, 4, 4, startLine));
        case 'U' -> {
          int codePoint = digits(16, 8, 8, startLine);
          if (!Character.isValidCodePoint(codePoint)) {
            throw new ParseException(startLine, "\\U escape outside Unicode");
          }
          value.appendCodePoint(codePoint);
        }
        default -> {
          if (e >= '0' && e <= '7') {
            pos--;
            value.append((char) digits(8, 1, 3, startLine));
          } else {
            throw new ParseException(startLine, "an unknown escape \\" + e + " in a string");
          }
        }
      }
    }
  }

  private int digits(int radix, int min, int max, int startLine) throws ParseException {
    int value = 0;
    int count = 0;
    while (count < max && pos < text.length() && Character.digit(text.charAt(pos), radix) >= 0) {
      value = value * radix + Character.digit(text.charAt(pos), radix);
      pos++;
      count++;
    }
    if (count < min) {
      throw new ParseException(startLine, "an escape without its digits in a string");
    }
    return value;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
