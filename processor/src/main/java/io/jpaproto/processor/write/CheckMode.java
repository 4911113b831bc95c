package io.jpaproto.processor.write;

import io.jpaproto.processor.model.EnumConstant;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import io.jpaproto.processor.schema.ProtoEnum;
import io.jpaproto.processor.schema.ProtoEnumValue;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.ProtoMessage;
import io.jpaproto.processor.service.ServiceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;

/**
 * Check mode ({@code -Ajpaproto.check=true}): reports how a committed file differs from what the entities generate,
 * on the elements the differences belong to.
 *
 * <p>Every changed line is assigned to the declaration it is part of (a comment to the declaration it documents): a
 * field to its attribute, a message to its entity, an enum value to its constant, an enum to the Java enum, the file
 * header to the file's first entity; in the lock, a numbers line to the field or value it numbers and a {@code file}
 * line to that file's first entity. Each element with differences gets one error (JP123) that names it and quotes
 * the first changed lines on a single line, and each changed line follows as a note of its own (JP142): build tools
 * that keep only the first line of a message (Maven's error summary does) still show what differs, and where.
 */
public final class CheckMode {
  /** How many changed lines an error quotes; the notes carry every line. */
  private static final int QUOTED_LINES = 3;

  private static final Pattern BLOCK = Pattern.compile("^(message|enum|service) (\\w+) \\{");
  private static final Pattern FIELD = Pattern.compile(
      "^\\s+(?:optional |repeated )?(?:map<[^>]*>|[\\w.]+) (\\w+) = \\d+");
  private static final Pattern ENUM_VALUE = Pattern.compile("^\\s+([A-Z][A-Z0-9_]*) = -?\\d+");
  private static final Pattern RPC = Pattern.compile("^\\s+rpc (\\w+)\\(");
  private static final Pattern LOCK_FILE = Pattern.compile("^file (\\S+)");
  private static final Pattern LOCK_BLOCK = Pattern.compile("^(message|enum) (\\S+)");
  private static final Pattern LOCK_ENTRY = Pattern.compile("^\\s+\\w+ -?\\d+ (\\S+)");

  private final Reporter reporter;

  public CheckMode(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * What a line declares: the file header ({@code block == null}), a block (a message, enum or service; in the lock,
   * also a {@code file} line, {@code kind == "file"}) or a member of a block.
   */
  record Declaration(String kind, String block, String member) {
    static final Declaration HEADER = new Declaration(null, null, null);

    Declaration blockOnly() {
      return new Declaration(kind, block, null);
    }
  }

  /** The element a difference is reported on ({@code null}: on none) and how the message names it. */
  public record Owner(Element element, String description) {
  }

  /** Resolves declarations of one file to owners. */
  public interface Owners extends Function<Declaration, Owner> {
  }

  /** Reports the differences of {@code committed} from {@code generated}, the contents of {@code target}. */
  public void compare(Path target, String committed, String generated, Owners owners, boolean lock) {
    List<Declaration> before = lock ? lockDeclarations(committed) : protoDeclarations(committed);
    List<Declaration> after = lock ? lockDeclarations(generated) : protoDeclarations(generated);
    List<TextDiff.Line> diff = TextDiff.lines(committed, generated);
    // A block added or removed as a whole is one difference (on its entity or enum), not one per member.
    Set<Declaration> wholeBlocks = new HashSet<>();
    for (TextDiff.Line line : diff) {
      Declaration declaration = declaration(line, before, after);
      if (declaration != null && declaration.block() != null && declaration.member() == null
          && isBlockHeader(line.text(), lock)) {
        wholeBlocks.add(new Declaration(line.change() + ":" + declaration.kind(), declaration.block(), null));
      }
    }
    Map<Owner, List<TextDiff.Line>> changes = new LinkedHashMap<>();
    for (TextDiff.Line line : diff) {
      Declaration declaration = declaration(line, before, after);
      if (declaration == null) {
        continue;
      }
      if (declaration.member() != null && wholeBlocks.contains(
          new Declaration(line.change() + ":" + declaration.kind(), declaration.block(), null))) {
        declaration = declaration.blockOnly();
      }
      changes.computeIfAbsent(owners.apply(declaration), owner -> new ArrayList<>()).add(line);
    }
    changes.forEach((owner, lines) -> {
      reporter.report(Diagnostic.OUT_OF_DATE, owner.element(), owner.description() + " in " + target, quote(lines));
      for (TextDiff.Line line : lines) {
        int number = line.change() == TextDiff.Change.ADDED ? line.actualLine() : line.expectedLine();
        reporter.report(Diagnostic.CHECK_DIFF_LINE, owner.element(), target, number,
            (line.change() == TextDiff.Change.ADDED ? "generated " : "committed ") + line.marked());
      }
    });
  }

  private static Declaration declaration(TextDiff.Line line, List<Declaration> before, List<Declaration> after) {
    return switch (line.change()) {
      case SAME -> null;
      case REMOVED -> before.get(line.expectedLine() - 1);
      case ADDED -> after.get(line.actualLine() - 1);
    };
  }

  private static boolean isBlockHeader(String line, boolean lock) {
    return lock ? LOCK_BLOCK.matcher(line).find() : BLOCK.matcher(line).find();
  }

  /** Reports a file the entities generate that is not committed. */
  public void missing(Path target, Element anchor) {
    reporter.report(Diagnostic.OUT_OF_DATE, anchor, target,
        "the file does not exist, and the entities generate it");
  }

  /** Reports a committed file that a previous build wrote and that no entity generates any more. */
  public void stale(Path target, String name) {
    reporter.report(Diagnostic.OUT_OF_DATE, null, target, "no entity generates " + name + " any more; delete it");
  }

  private static String quote(List<TextDiff.Line> lines) {
    List<TextDiff.Line> shown = lines.stream().filter(line -> !line.text().isBlank()).toList();
    String quoted = shown.stream().limit(QUOTED_LINES)
        .map(line -> (line.change() == TextDiff.Change.ADDED ? "+ " : "- ") + line.text().strip())
        .collect(Collectors.joining(" | "));
    int more = shown.size() - QUOTED_LINES;
    return more > 0 ? quoted + " | (" + more + " more changed line" + (more == 1 ? "" : "s") + ")" : quoted;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // What each line declares

  static List<Declaration> protoDeclarations(String text) {
    String[] lines = text.split("\n", -1);
    Declaration[] declarations = new Declaration[lines.length];
    List<Integer> pendingComments = new ArrayList<>();
    Declaration block = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Declaration declaration;
      Matcher matcher;
      if (line.strip().startsWith("//")) {
        pendingComments.add(i);
        continue;
      } else if (block == null && (matcher = BLOCK.matcher(line)).find()) {
        declaration = new Declaration(matcher.group(1), matcher.group(2), null);
        // "message DeleteBookResponse {}" opens and closes its block on one line.
        block = line.strip().endsWith("}") ? null : declaration;
      } else if (block == null) {
        declaration = Declaration.HEADER;
      } else if (line.startsWith("}")) {
        declaration = block;
        block = null;
      } else if ((matcher = FIELD.matcher(line)).find() || (matcher = ENUM_VALUE.matcher(line)).find()
          || (matcher = RPC.matcher(line)).find()) {
        declaration = new Declaration(block.kind(), block.block(), matcher.group(1));
      } else {
        declaration = block;
      }
      // A comment documents the declaration after it; a blank line ends a run of comments.
      Declaration documented = line.isBlank() ? (block == null ? Declaration.HEADER : block) : declaration;
      pendingComments.forEach(comment -> declarations[comment] = documented);
      pendingComments.clear();
      declarations[i] = declaration;
    }
    Declaration rest = block == null ? Declaration.HEADER : block;
    pendingComments.forEach(comment -> declarations[comment] = rest);
    return List.of(declarations);
  }

  static List<Declaration> lockDeclarations(String text) {
    String[] lines = text.split("\n", -1);
    List<Declaration> declarations = new ArrayList<>();
    Declaration block = Declaration.HEADER;
    for (String line : lines) {
      Matcher matcher;
      if ((matcher = LOCK_FILE.matcher(line)).find()) {
        block = Declaration.HEADER;
        declarations.add(new Declaration("file", matcher.group(1), null));
      } else if ((matcher = LOCK_BLOCK.matcher(line)).find()) {
        block = new Declaration(matcher.group(1), matcher.group(2), null);
        declarations.add(block);
      } else if (block.block() != null && (matcher = LOCK_ENTRY.matcher(line)).find()) {
        declarations.add(new Declaration(block.kind(), block.block(), matcher.group(1)));
      } else {
        declarations.add(block);
      }
    }
    return declarations;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Owners

  /** The element a file-level difference of {@code file} is reported on: its first entity (or enum). */
  public static Element anchor(ProtoFile file) {
    if (!file.messages().isEmpty()) {
      return file.messages().get(0).entity().element();
    }
    return file.enums().isEmpty() ? null : file.enums().get(0).source().element();
  }

  /** The owners of the lines of an entity proto file. */
  public static Owners of(ProtoFile file) {
    Element anchor = anchor(file);
    return declaration -> {
      if (declaration.block() == null) {
        return new Owner(anchor, "the file header (syntax, package, options, imports)");
      }
      String blockName = declaration.kind() + " " + declaration.block();
      Owner owner = member(file, declaration.kind(), declaration.block(), declaration.member(), blockName);
      if (owner != null) {
        return owner;
      }
      String what = declaration.member() == null ? blockName : declaration.member() + " of " + blockName;
      return new Owner(anchor, what + ", which no entity generates any more");
    };
  }

  /** The owners of the lines of a service proto file: all belong to the service's entity. */
  public static Owners of(ServiceModel service) {
    Element entity = service.entity().element();
    return declaration -> new Owner(entity, declaration.block() == null
        ? "the header of the service file of " + service.entity().element().getSimpleName()
        : declaration.kind() + " " + declaration.block());
  }

  /** The owners of the lines of the lock, knowing the proto files the build generates. */
  public static Owners ofLock(List<ProtoFile> files, Map<String, Element> anchorsByPath) {
    Map<String, ProtoFile> filesByType = new HashMap<>();
    for (ProtoFile file : files) {
      file.messages().forEach(message -> filesByType.put(file.protoPackage() + "." + message.name(), file));
      file.enums().forEach(protoEnum -> filesByType.put(file.protoPackage() + "." + protoEnum.name(), file));
    }
    return declaration -> {
      if (declaration.block() == null) {
        return new Owner(null, "the header");
      }
      if (declaration.kind().equals("file")) {
        return new Owner(anchorsByPath.get(declaration.block()), "the entry \"file " + declaration.block() + "\"");
      }
      String blockName = declaration.kind() + " " + declaration.block();
      String what = "the numbers of " + (declaration.member() == null ? blockName
          : declaration.member() + " of " + blockName);
      ProtoFile file = filesByType.get(declaration.block());
      if (file == null) {
        return new Owner(null, what);
      }
      String simpleName = declaration.block().substring(file.protoPackage().length() + 1);
      Owner owner = member(file, declaration.kind(), simpleName, declaration.member(), blockName);
      return new Owner(owner == null ? anchor(file) : owner.element(), what);
    };
  }

  /** The owner of a message, enum or one of their members, or {@code null} when the file has no such thing. */
  private static Owner member(ProtoFile file, String kind, String block, String member, String blockName) {
    if (kind.equals("message")) {
      ProtoMessage message = file.messages().stream().filter(m -> m.name().equals(block)).findFirst().orElse(null);
      if (message == null) {
        return null;
      }
      if (member != null) {
        for (ProtoField field : message.fields()) {
          if (field.name().equals(member)) {
            return new Owner(field.attribute().element(), "field " + member + " of " + blockName);
          }
        }
        return new Owner(message.entity().element(), member + " of " + blockName);
      }
      return new Owner(message.entity().element(), blockName);
    }
    if (kind.equals("enum")) {
      ProtoEnum protoEnum = file.enums().stream().filter(e -> e.name().equals(block)).findFirst().orElse(null);
      if (protoEnum == null) {
        return null;
      }
      Element enumElement = protoEnum.source().element();
      if (member != null) {
        String constant = protoEnum.values().stream()
            .filter(value -> value.name().equals(member))
            .map(ProtoEnumValue::javaConstant)
            .filter(Objects::nonNull)
            .findFirst().orElse(null);
        Element element = protoEnum.source().constants().stream()
            .filter(c -> c.name().equals(constant))
            .map(EnumConstant::element)
            .map(Element.class::cast)
            .findFirst().orElse(enumElement);
        return new Owner(element, "value " + member + " of " + blockName);
      }
      return new Owner(enumElement, blockName);
    }
    return null;
  }
}
