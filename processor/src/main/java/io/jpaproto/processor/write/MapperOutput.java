package io.jpaproto.processor.write;

import io.jpaproto.processor.discover.TypeLookup;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.NameList;
import io.jpaproto.processor.report.Reporter;
import io.jpaproto.processor.schema.ProtoEnum;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.ProtoMessage;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.util.Types;

/**
 * Writes the mappers whose message classes protoc has already generated, and notes (JP003) the ones it cannot write
 * yet, which is the normal state of the first pass of a two-pass build.
 */
public final class MapperOutput {
  private final TypeLookup classes;
  private final Types types;
  private final GeneratedFiles output;
  private final Reporter reporter;

  public MapperOutput(TypeLookup classes, Types types, GeneratedFiles output, Reporter reporter) {
    this.classes = classes;
    this.types = types;
    this.output = output;
    this.reporter = reporter;
  }

  /** Writes the mappers of every message and enum of {@code files} whose protoc class exists. */
  public void write(List<ProtoFile> files) {
    MapperWriter writer = null; // made for the first mapper: a first pass writes none
    List<String> skipped = new ArrayList<>();
    String example = null;
    for (ProtoFile file : files) {
      // protoc writes a file's outer class with its messages' classes: without it (a first pass), none of them
      // exists, which one lookup says instead of one per message and enum.
      boolean compiled = classes.exists(file.javaPackage() + "." + file.outerClassname());
      for (ProtoEnum protoEnum : file.enums()) {
        if (compiled && classes.exists(MapperWriter.enumClass(file, protoEnum).canonicalName())) {
          writer = writer != null ? writer : new MapperWriter(files, types);
          output.writeSource(writer.enumMapper(file, protoEnum));
        }
      }
      for (ProtoMessage message : file.messages()) {
        String messageClass = MapperWriter.messageClass(file, message).canonicalName();
        if (!compiled || !classes.exists(messageClass)) {
          skipped.add(message.name());
          example = example == null ? messageClass : example;
          continue;
        }
        warnAboutUnreadableAttributes(message);
        if (!message.entity().isRecord() && MemberAccess.noArgConstructor(message.entity().element()) == null) {
          reporter.report(Diagnostic.NO_ARG_CONSTRUCTOR_MISSING, message.entity().element(),
              message.entity().element().getSimpleName(), messageClass);
          continue;
        }
        writer = writer != null ? writer : new MapperWriter(files, types);
        output.writeSource(writer.messageMapper(file, message));
      }
    }
    if (!skipped.isEmpty()) {
      reporter.report(Diagnostic.MAPPER_SKIPPED, null, NameList.of(skipped), example);
    }
  }

  private void warnAboutUnreadableAttributes(ProtoMessage message) {
    for (ProtoField field : message.fields()) {
      Attribute attribute = field.attribute();
      if (MapperWriter.readVia(field) == null) {
        reporter.report(Diagnostic.UNREADABLE_ATTRIBUTE, attribute.element(), attribute.describe(),
            message.entity().javaPackage(), field.name());
      }
      // Ids and versions are the provider's to write; records are built through their constructor.
      boolean providerOwned = attribute.column().id() || attribute.column().version();
      if (attribute.writer() == null && !providerOwned && !message.entity().isRecord()) {
        reporter.report(Diagnostic.UNWRITABLE_ATTRIBUTE, attribute.element(), attribute.describe(),
            message.entity().javaPackage(), field.name());
      }
    }
  }
}
