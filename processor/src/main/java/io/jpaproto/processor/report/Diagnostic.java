package io.jpaproto.processor.report;

import javax.tools.Diagnostic.Kind;

/**
 * The catalogue of everything the processor reports. Each entry has a stable id (for searching docs and issues), a
 * message template in {@link String#format} syntax and, for problems, the fix. Tests assert on these ids.
 */
public enum Diagnostic {
  UNSUPPORTED_TYPE(Kind.ERROR, "JP101",
      "%s has type %s, which jpaproto cannot map to a proto type",
      "exclude it with @ProtoIgnore, convert it with a JPA @Convert(converter = ...) to a type jpaproto maps, or "
          + "choose a type with @ProtoField(type = \"...\", converter = ...) or a @ProtoTypeMapping rule for %s"),
  UNSUPPORTED_RELATION(Kind.ERROR, "JP102",
      "%s is %s; jpaproto cannot map it",
      "exclude it with @ProtoIgnore, or leave a relation out with @ProtoRelation(ProtoRelation.Style.OMIT)"),
  UNKNOWN_PROTO_TYPE(Kind.ERROR, "JP103",
      "%s names the proto type \"%s\", which is neither a proto scalar nor a message jpaproto knows",
      "use a scalar (int64, string, ...) or a fully qualified message name and give its file in typeImport/protoImport"),
  MISSING_CONVERSION(Kind.ERROR, "JP104",
      "%s maps %s to %s, and jpaproto has no built-in conversion between them",
      "name a class implementing io.jpaproto.convert.Converter<%s, ?> in @ProtoField(converter = MyConverter.class)"),
  INVALID_FIELD_NUMBER(Kind.ERROR, "JP105",
      "%s asks for number %d, which proto does not allow there",
      "a field takes 1 to 536870911 outside the reserved range 19000 to 19999; an enum value takes a number above 0 "
          + "(0 is the _UNSPECIFIED value)"),
  DUPLICATE_FIELD_NUMBER(Kind.ERROR, "JP106",
      "%s asks for number %d, which %s already has",
      "pin one of them to a free number with @ProtoField(number = ...)"),
  DUPLICATE_FIELD_NAME(Kind.ERROR, "JP107",
      "%s becomes proto field \"%s\", which %s already becomes",
      "rename one of them with @ProtoField(name = \"...\") or exclude one with @ProtoIgnore"),
  INVALID_FIELD_NAME(Kind.ERROR, "JP108",
      "%s asks for proto field name \"%s\", which is not lower_snake_case",
      "use lower-case letters, digits and single underscores, starting with a letter, such as \"display_name\""),
  INVALID_MESSAGE_NAME(Kind.ERROR, "JP109",
      "%s asks for proto name \"%s\", which is not PascalCase",
      "use letters and digits starting with an upper-case letter, such as \"CustomerProfile\""),
  DUPLICATE_TYPE_NAME(Kind.ERROR, "JP110",
      "%s becomes proto type %s, which %s already becomes",
      "rename one of them with @ProtoMessage(name = \"...\")"),
  DUPLICATE_ENUM_VALUE(Kind.ERROR, "JP111",
      "%s becomes enum value %s, which %s already is",
      "rename the constant, or choose its proto name with @ProtoField(name = \"...\") on the constant"),
  INVALID_PACKAGE(Kind.ERROR, "JP112",
      "%s asks for %s \"%s\", which is not a valid package name",
      "a proto package is lower-case identifiers separated by dots (\"acme.shop.v1\"); a javaPackage is a Java "
          + "package name (\"com.acme.shop.api\")"),
  UNNAMED_PACKAGE(Kind.ERROR, "JP113",
      "%s is in the unnamed package, which has no proto package",
      "move it into a named Java package"),
  DUPLICATE_PROTO_FILE(Kind.ERROR, "JP114",
      "the entities of package %s would be written to %s, which package %s already writes",
      "give one of the packages another proto package with @ProtoPackage on its package-info.java"),
  JAVA_PACKAGE_CLASH(Kind.ERROR, "JP115",
      "%s asks for java_package \"%s\", which is the entities' own package, so message classes would clash with entity classes",
      "choose another java package, such as \"%s.proto\""),
  INCONSISTENT_JAVA_PACKAGE(Kind.ERROR, "JP116",
      "packages %s and %s share proto package %s but get different java_package values (%s and %s)",
      "set the same javaPackage in both @ProtoPackage annotations"),
  INVALID_TYPE_RULE(Kind.ERROR, "JP117",
      "type-mapping rule %s is invalid: %s",
      "fix the rule; see the README section \"Changing a mapping\""),
  PROVIDER_FAILED(Kind.ERROR, "JP118",
      "type-mapping provider %s failed: %s",
      "fix or remove the provider from the annotation processor path"),
  INVALID_ENUM_VALUE_NAME(Kind.ERROR, "JP125",
      "%s asks for enum value name \"%s\", which is not UPPER_SNAKE_CASE",
      "use upper-case letters, digits and single underscores, starting with a letter, such as \"IN_PROGRESS\""),
  WRITE_FAILED(Kind.ERROR, "JP119",
      "could not write %s: %s",
      "check that the directory is writable and the path is right"),
  PINNED_NUMBER_RESERVED(Kind.ERROR, "JP120",
      "%s pins number %d, which the removed field or value \"%s\" used; old data and clients would misread it",
      "choose a number never used in %s, such as %d"),
  BREAKING_CHANGE(Kind.ERROR, "JP121",
      "%s changes proto field %s (number %d) from %s to %s, which existing clients and stored messages cannot read "
          + "as before",
      "either give it a new name, such as @ProtoField(name = \"%s_v2\"), so it takes a new number and number %d is "
          + "reserved, or accept the break explicitly with @ProtoField(allowBreakingChange = true)"),
  LOCK_UNREADABLE(Kind.ERROR, "JP122",
      "cannot read the numbering state %s: %s",
      "make it a readable file; if it is lost, restore it from version control, or delete it and the next build "
          + "recovers it from the protos in the proto directory"),
  LOCK_INVALID(Kind.ERROR, "JP122",
      "the numbering state %s, line %d, is invalid: %s (the line reads `%s`)",
      "%s"),
  LOCK_MERGE_CONFLICT(Kind.ERROR, "JP126",
      "the numbering state %s has an unresolved merge conflict at lines %d to %d (%s): %s",
      "%s"),
  LOCK_DUPLICATE_NUMBER(Kind.ERROR, "JP127",
      "the numbering state %s, lines %d and %d, gives number %d of %s to both %s and %s (a merge of two branches "
          + "that each added one?)",
      "the one already released keeps the number (usually the earlier line, %s): delete line %d and rebuild, and %s "
          + "then takes the next free number"),
  PROTO_UNRECOVERABLE(Kind.ERROR, "JP128",
      "the numbering state lacks %s and cannot recover it from %s, line %d: %s",
      "restore jpaproto.lock from version control, or repair the proto file (delete it only to forget its numbers "
          + "on purpose)"),
  RESERVED_NAME_NUMBER_UNKNOWN(Kind.ERROR, "JP129",
      "%s takes back the name \"%s\" of a removed field or value of %s, but its old number is not known: the numbering "
          + "state was recovered from the protos, which list reserved numbers (%s) and names apart",
      "pin its old number with @ProtoField(number = ...), or restore jpaproto.lock from version control%s"),
  OUT_OF_DATE(Kind.ERROR, "JP123",
      "%s is not what the entities generate (check mode): %s",
      "run the build without -Ajpaproto.check=true and commit the changed files"),
  CHECK_WITHOUT_PROTO_DIR(Kind.ERROR, "JP124",
      "-Ajpaproto.check=true needs the committed protos to compare with, but -Ajpaproto.protoDir is not set",
      "set -Ajpaproto.protoDir to the folder of committed protos"),
  SERVICE_NOT_ON_ENTITY(Kind.ERROR, "JP150",
      "@ProtoService is on %s, which is not a concrete @Entity",
      "put it on a concrete @Entity class, or on package-info.java to serve every entity of the package"),
  PLURAL_ON_PACKAGE(Kind.ERROR, "JP151",
      "@ProtoService on package %s sets plural \"%s\", but a plural belongs to one entity",
      "remove plural here and set it on the entity that needs it: @ProtoService(plural = \"...\")"),
  INVALID_PLURAL(Kind.ERROR, "JP152",
      "%s asks for plural \"%s\", which is not PascalCase",
      "use letters and digits starting with an upper-case letter, such as \"People\", or leave plural empty to "
          + "derive it"),
  SERVICE_WITHOUT_ID(Kind.ERROR, "JP153",
      "%s cannot have a service: %s",
      "give the entity a single @Id of a scalar type (a number, a string or a UUID) that its message publishes, or "
          + "opt it out with @ProtoService(false)"),
  SERVICE_NAME_CLASH(Kind.ERROR, "JP154",
      "the service of %s would define %s, which %s already defines in proto package %s",
      "rename one of them with @ProtoMessage(name = \"...\"), choose another plural with "
          + "@ProtoService(plural = \"...\"), or opt the entity out with @ProtoService(false)"),
  GRPC_RUNTIME_MISSING(Kind.ERROR, "JP155",
      "%s is on the class path, but io.jpaproto.grpc.JpaCrudService is not, so %s cannot be written",
      "add the dependency io.jpaproto:jpaproto-grpc"),
  CONVERTER_DATABASE_TYPE_UNMAPPABLE(Kind.ERROR, "JP160",
      "%s is converted by %s to %s, which jpaproto cannot map to a proto type",
      "convert to a type of the default table (String, a number, a UUID, java.time, byte[], ...), add a "
          + "@ProtoTypeMapping rule for %s, or exclude the attribute with @ProtoIgnore"),
  CONVERTER_NOT_INSTANTIABLE(Kind.ERROR, "JP161",
      "%s is converted by %s, which the generated mapper cannot create as JPA does: %s",
      "make %s a public, non-abstract (static, if nested) class with a public no-argument constructor"),
  NOT_AN_ATTRIBUTE_CONVERTER(Kind.ERROR, "JP162",
      "%s names the converter %s, which %s",
      "name a class implementing jakarta.persistence.AttributeConverter<X, Y> whose X is the attribute's type, or "
          + "remove the @Convert; %s cannot convert this attribute"),
  CONVERTER_TYPES_UNKNOWN(Kind.ERROR, "JP163",
      "%s is converted by %s, whose types jpaproto cannot tell: it implements %s",
      "give the converter concrete type arguments, for a generic converter through a subclass such as "
          + "class RoleListConverter extends EnumListConverter<Role>"),
  CONVERT_MISPLACED(Kind.ERROR, "JP164",
      "%s has @Convert(attributeName = \"%s\"), which names %s",
      "put the @Convert on the embeddable's own attribute, use attributeName = \"key\" or \"value\" only on a "
          + "Map, or leave attributeName out for the attribute (an element collection's elements, a map's values)"),
  SHARED_COLUMN_TYPES(Kind.ERROR, "JP165",
      "%s maps the column %s of %s, but becomes proto type %s where that one becomes %s; one column is one field, "
          + "so they must agree",
      "give %s the Java type of the column's other attribute (or of the target's id), or exclude it with @ProtoIgnore"),
  UNSUPPORTED_MAP_KEY(Kind.ERROR, "JP166",
      "%s is a relation held in a map keyed by %s, which becomes %s; proto map keys are integers, booleans or strings",
      "key the map by a String, integer or boolean attribute of the target (@MapKey(name = \"...\")) or column "
          + "(@MapKeyColumn), or by an entity with such an id (@MapKeyJoinColumn); or leave the relation out with "
          + "@ProtoRelation(ProtoRelation.Style.OMIT)"),
  DEFAULTED_TO_ONE(Kind.NOTE, "JP167",
      "%s refers to the entity %s with a join column but no @ManyToOne or @OneToOne; JPA providers map it as a "
          + "to-one relation, and so does jpaproto: it travels as the target's id",
      null),
  PLUGIN_WITH_PROCESSOR(Kind.WARNING, "JP190",
      "jpaproto runs as an annotation processor in this compile as well as the javac plugin -Xplugin:JpaProto; the "
          + "processor has written the protos, so the plugin writes nothing",
      "compile with -proc:none (Maven: <proc>none</proc>) to run the plugin alone, which spares javac the processing "
          + "rounds, or leave -Xplugin:JpaProto out to run the processor alone"),
  INTERNAL_ERROR(Kind.ERROR, "JP199",
      "internal error while processing %s: %s",
      "please report this at https://github.com/jpaproto/jpaproto/issues with the entity that triggers it"),
  MAPPING_DECISION(Kind.NOTE, "JP001",
      "%s -> %s (rule: %s)",
      null),
  PROTO_WRITTEN(Kind.NOTE, "JP002",
      "wrote %s (messages: %d, enums: %d)",
      null),
  MAPPER_SKIPPED(Kind.NOTE, "JP003",
      "no mappers written for %s: their message classes (such as %s) are not on the class path yet, as expected "
          + "before protoc has run (the first pass of a two-pass build, or a module whose protos another module "
          + "compiles)",
      null),
  SERVICE_SKIPPED(Kind.NOTE, "JP004",
      "no JpaService written for %s: their gRPC classes (such as %s) are not on the class path yet, as expected "
          + "before protoc and grpc-java have run (the first pass of a two-pass build, or a module whose protos "
          + "another module compiles)",
      null),
  PROCESSOR_TIMES(Kind.NOTE, "JP005",
      "jpaproto took %d ms of CPU time (%d ms wall) in this compile; by stage (%s time): %s",
      null),
  UNREADABLE_ATTRIBUTE(Kind.WARNING, "JP130",
      "the generated mapper cannot read %s: it has no getter visible from package %s and no field it can reach "
          + "(a field of a named module that does not open its package), so toProto leaves field %s unset",
      "add a public getter, open the field's package to the mapper's module (\"opens <package>;\" in its "
          + "module-info.java), or exclude the attribute with @ProtoIgnore"),
  LOOKS_SECRET(Kind.ERROR, "JP140",
      "%s looks like a secret and would be published as field %s of %s",
      "exclude it with @ProtoIgnore, or confirm it may be published with @ProtoExposed"),
  CHECK_DIFF_LINE(Kind.NOTE, "JP142",
      "%s line %d: %s",
      null),
  UNKNOWN_OPTION(Kind.ERROR, "JP143",
      "-A%s is not an option of jpaproto, so the build would silently ignore it",
      "did you mean -A%s? The options are %s"),
  INVALID_OPTION_VALUE(Kind.ERROR, "JP144",
      "-A%s=%s is not a value this option accepts",
      "use %s"),
  IMPORT_CYCLE(Kind.ERROR, "JP141",
      "the proto files of packages %s import each other (%s), which protoc rejects",
      "move the types that refer to each other into one package, or give the packages one proto package with "
          + "@ProtoPackage"),
  NOT_AN_ENTITY(Kind.ERROR, "JP132",
      "@ProtoMappers lists %s, which is not an @Entity",
      "list only entity classes"),
  UNWRITABLE_ATTRIBUTE(Kind.WARNING, "JP133",
      "the generated mapper cannot write %s: it has no setter visible from package %s and no non-final field it can "
          + "reach (a final field, or one of a named module that does not open its package), so fromProto leaves it "
          + "unset and field %s is lost on the way in",
      "add a setter, make the field non-final, open the field's package to the mapper's module "
          + "(\"opens <package>;\" in its module-info.java), or exclude the attribute with @ProtoIgnore"),
  NARROW_JAVA_TYPE(Kind.WARNING, "JP134",
      "%s has Java type %s, but its column is %s: the field is published with the column's %d-bit range, and "
          + "every value beyond %d bits is refused at run time (nor can the entity load one the column holds)",
      "declare it %s, the Java type that matches %s"),
  WIDE_JAVA_TYPE(Kind.WARNING, "JP135",
      "%s has Java type %s, but its column is %s: the field is published with the Java type's %d-bit range, and "
          + "the database refuses every value beyond %d bits",
      "declare it %s, or widen the column to the Java type"),
  OVERRIDE_NARROWS_DECIMAL(Kind.WARNING, "JP136",
      "%s overrides the column of %s.%s with @Column(%s), which Hibernate creates as numeric(%d,%d), narrower than "
          + "the embeddable's own numeric(%d,%d) that the shared generated mapper checks: the database rounds or "
          + "refuses values the mapper lets through",
      "repeat precision = %d, scale = %d in the override's @Column"),
  PROTOC_JAVA_NAME(Kind.ERROR, "JP171",
      "%s becomes proto field \"%s\", whose Java accessor %s would be %s, so protoc's Java classes or the "
          + "generated mapper would not compile",
      "rename the field with @ProtoField(name = \"...\")"),
  DUPLICATE_JSON_NAME(Kind.ERROR, "JP172",
      "%s becomes proto field \"%s\", whose JSON name \"%s\" is that of field \"%s\" (%s), which protoc "
          + "rejects",
      "rename one of them with @ProtoField(name = \"...\")"),
  ABSTRACT_EMBEDDABLE(Kind.ERROR, "JP173",
      "%s has type %s, an @Embeddable %s, which JPA cannot instantiate and the generated mapper cannot create",
      "make it a concrete class (or a record) with a no-argument constructor"),
  NO_ARG_CONSTRUCTOR_MISSING(Kind.ERROR, "JP170",
      "%s has no constructor without parameters, so the generated mapper cannot create instances of it from %s "
          + "messages (and JPA cannot either)",
      "add a no-argument constructor; it may be protected or private"),
  PATTERN_NOT_RE2(Kind.ERROR, "JP180",
      "%s has @Pattern(regexp = \"%s\"), which uses %s: RE2, the engine protovalidate checks buf.validate patterns "
          + "with in every language, cannot run it",
      "rewrite the expression without that construct (RE2 syntax: https://github.com/google/re2/wiki/Syntax), or "
          + "leave validation rules out of the schema with -Ajpaproto.validation=false"),
  CONSTRAINT_NOT_IN_SCHEMA(Kind.WARNING, "JP181",
      "%s has %s, which has no buf.validate rule for its proto field %s (%s): clients do not see it in the schema",
      "nothing, if the server's own checks suffice; otherwise express the constraint in a form the README's rule "
          + "table lists, or silence validation rules with -Ajpaproto.validation=false"),
  CONTRADICTORY_CONSTRAINTS(Kind.ERROR, "JP182",
      "%s allows no value for proto field %s: %s",
      "correct the constraints (Bean Validation's and the @Column's) so that some value satisfies all of them"),
  LATE_ENTITY(Kind.WARNING, "JP131",
      "%s appeared in a later annotation-processing round (generated by another processor) and is not included",
      "generate it before jpaproto runs, or report your use case");

  private final Kind kind;
  private final String id;
  private final String template;
  private final String fix;

  Diagnostic(Kind kind, String id, String template, String fix) {
    this.kind = kind;
    this.id = id;
    this.template = template;
    this.fix = fix;
  }

  /** Whether the entry is printed only with {@code -Ajpaproto.verbose=true}. */
  public boolean verboseOnly() {
    return this == MAPPING_DECISION || this == PROTO_WRITTEN;
  }

  /** The javac diagnostic kind this entry is reported with. */
  public Kind kind() {
    return kind;
  }

  /** The stable id, such as {@code JP101}. */
  public String id() {
    return id;
  }

  /**
   * Formats the full message: {@code [JP101] <problem>. Fix: <fix>.} The arguments fill the problem first and then
   * the fix, in order.
   */
  public String format(Object... args) {
    int problemArgs = countPlaceholders(template);
    Object[] problem = java.util.Arrays.copyOfRange(args, 0, Math.min(problemArgs, args.length));
    String text = "[" + id + "] " + String.format(java.util.Locale.ROOT, template, problem);
    if (fix == null) {
      return text;
    }
    Object[] fixArgs = java.util.Arrays.copyOfRange(args, Math.min(problemArgs, args.length), args.length);
    return text + ". Fix: " + String.format(java.util.Locale.ROOT, fix, fixArgs) + ".";
  }

  private static int countPlaceholders(String template) {
    int count = 0;
    for (int i = 0; i < template.length() - 1; i++) {
      if (template.charAt(i) == '%') {
        char next = template.charAt(i + 1);
        if (next == '%' || next == 'n') {
          i++;
        } else {
          count++;
        }
      }
    }
    return count;
  }
}
