package io.jpaproto.processor.schema;

import io.jpaproto.processor.types.TypeMapping;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the proto files a compilation writes: those holding one of its own {@code @Entity} classes, or an enum or
 * embeddable they reach (directly or through embeddables). Files of entities listed only in {@code @ProtoMappers} ship
 * with their own module and are not written again.
 */
public final class OwnFiles {
  private OwnFiles() {
  }

  /** The files of {@code files} that hold own types; {@code ownEntities} are qualified names of entities compiled here. */
  public static List<ProtoFile> select(List<ProtoFile> files, Set<String> ownEntities) {
    Map<String, ProtoMessage> messagesByJavaName = new HashMap<>();
    for (ProtoFile file : files) {
      for (ProtoMessage message : file.messages()) {
        messagesByJavaName.put(javaName(message), message);
      }
    }
    Set<String> own = new HashSet<>();
    Deque<ProtoMessage> pending = new ArrayDeque<>();
    for (Map.Entry<String, ProtoMessage> entry : messagesByJavaName.entrySet()) {
      if (ownEntities.contains(entry.getKey())) {
        own.add(entry.getKey());
        pending.add(entry.getValue());
      }
    }
    while (!pending.isEmpty()) {
      for (ProtoField field : pending.pop().fields()) {
        for (TypeMapping mapping : new TypeMapping[] {field.mapping(), field.mapping().key()}) {
          if (mapping == null) {
            continue;
          }
          String javaName = mapping.protoType().name();
          if (mapping.protoType().isGenerated() && own.add(javaName) && messagesByJavaName.containsKey(javaName)) {
            pending.add(messagesByJavaName.get(javaName));
          }
        }
      }
    }
    List<ProtoFile> selected = new ArrayList<>();
    for (ProtoFile file : files) {
      if (holdsAny(file, own)) {
        selected.add(file);
      }
    }
    return selected;
  }

  private static boolean holdsAny(ProtoFile file, Set<String> own) {
    for (ProtoMessage message : file.messages()) {
      if (own.contains(javaName(message))) {
        return true;
      }
    }
    for (ProtoEnum protoEnum : file.enums()) {
      if (own.contains(protoEnum.source().element().getQualifiedName().toString())) {
        return true;
      }
    }
    return false;
  }

  private static String javaName(ProtoMessage message) {
    return message.entity().element().getQualifiedName().toString();
  }
}
