package io.jpaproto.processor.schema;

import io.jpaproto.processor.types.TypeMapping;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    files.forEach(file -> file.messages().forEach(message -> messagesByJavaName.put(javaName(message), message)));
    Set<String> own = new TreeSet<>();
    Deque<ProtoMessage> pending = new ArrayDeque<>();
    for (ProtoMessage message : messagesByJavaName.values()) {
      if (ownEntities.contains(javaName(message))) {
        own.add(javaName(message));
        pending.add(message);
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
    return files.stream()
        .filter(file -> file.messages().stream().anyMatch(message -> own.contains(javaName(message)))
            || file.enums().stream()
                .anyMatch(protoEnum -> own.contains(protoEnum.source().element().getQualifiedName().toString())))
        .toList();
  }

  private static String javaName(ProtoMessage message) {
    return message.entity().element().getQualifiedName().toString();
  }
}
