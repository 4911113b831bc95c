package io.jpaproto.processor.schema;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One generated proto file: the entities and enums of one Java package.
 *
 * @param path the file path below the proto root, such as {@code com/acme/shop/v1/shop.proto}
 * @param protoPackage the proto package
 * @param javaPackage the {@code java_package} option
 * @param outerClassname the {@code java_outer_classname} option
 * @param sourcePackage the Java package the file is generated from
 * @param imports imported files, sorted
 * @param messages messages sorted by name
 * @param enums enums sorted by name
 * @param originatingElements the types the file is generated from, for incremental builds
 */
public record ProtoFile(
    String path,
    String protoPackage,
    String javaPackage,
    String outerClassname,
    String sourcePackage,
    List<String> imports,
    List<ProtoMessage> messages,
    List<ProtoEnum> enums,
    List<TypeElement> originatingElements) {
}
