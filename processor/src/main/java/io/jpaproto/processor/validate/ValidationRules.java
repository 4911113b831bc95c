package io.jpaproto.processor.validate;

import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.report.Reporter;
import io.jpaproto.processor.schema.FieldRule;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.ProtoMessage;
import io.jpaproto.processor.schema.RequiredFields;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The validation stage: gives every field of the shaped schema its {@code buf.validate} rules ({@link FieldRules})
 * and every file with a rule the import of {@code buf/validate/validate.proto}. Only the entities' messages carry
 * rules; the services' request and filter messages, written later, carry none of their own.
 */
public final class ValidationRules {
  /** The file that defines {@code buf.validate.field}, shipped in protovalidate's jar. */
  public static final String VALIDATE_PROTO = "buf/validate/validate.proto";

  private final Annotations annotations;
  private final Reporter reporter;

  /**
   * The stage, reading constraints through {@code annotations}: the scanner's, which has already indexed the
   * annotations of every attribute.
   */
  public ValidationRules(Annotations annotations, Reporter reporter) {
    this.annotations = annotations;
    this.reporter = reporter;
  }

  /** {@code files} with their rules; the same files where no field has one. */
  public List<ProtoFile> apply(List<ProtoFile> files) {
    RequiredFields required = new RequiredFields(files);
    List<ProtoFile> result = new ArrayList<>(files.size());
    for (ProtoFile file : files) {
      boolean any = false;
      List<ProtoMessage> messages = new ArrayList<>(file.messages().size());
      for (ProtoMessage message : file.messages()) {
        List<ProtoField> fields = new ArrayList<>(message.fields().size());
        for (ProtoField field : message.fields()) {
          List<FieldRule> rules = FieldRules.of(required, reporter, message.name(), field,
              Constraints.of(annotations, field.attribute().element()), elementConstraints(field));
          any |= !rules.isEmpty();
          fields.add(rules.isEmpty() ? field : field.withRules(rules));
        }
        messages.add(new ProtoMessage(message.name(), message.comment(), List.copyOf(fields),
            message.reservedNumbers(), message.reservedNames(), message.entity()));
      }
      if (!any) {
        result.add(file);
        continue;
      }
      TreeSet<String> imports = new TreeSet<>(file.imports());
      imports.add(VALIDATE_PROTO);
      result.add(new ProtoFile(file.path(), file.protoPackage(), file.javaPackage(), file.outerClassname(),
          file.sourcePackage(), List.copyOf(imports), List.copyOf(messages), file.enums(),
          file.originatingElements()));
    }
    return result;
  }

  /**
   * The constraints on the type argument of a collection's (or map's values') declared type, as written on the field
   * or getter ({@code List<@Size(max = 20) String>}); none for a singular field or an array.
   */
  private Constraints elementConstraints(ProtoField field) {
    Element element = field.attribute().element();
    TypeMirror declared = element instanceof ExecutableElement getter ? getter.getReturnType() : element.asType();
    List<? extends TypeMirror> arguments = declared instanceof DeclaredType type ? type.getTypeArguments() : List.of();
    int index = switch (field.cardinality()) {
      case SINGULAR -> -1;
      case REPEATED -> arguments.size() == 1 ? 0 : -1;
      case MAP -> arguments.size() == 2 ? 1 : -1;
    };
    return Constraints.of(annotations, index < 0 ? null : arguments.get(index));
  }
}
