package io.jpaproto.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real protoc accepts every golden proto, for descriptors and for Java code generation. */
class ProtocGoldenTest {

  static List<String> cases() {
    return GoldenCases.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void protocCompilesTheGoldenProtos(String name) {
    Path root = GoldenCases.expected(name);
    List<String> files = new ArrayList<>(GoldenCases.readTree(root).keySet());
    List<Path> extra = new ArrayList<>();
    if (Files.isDirectory(GoldenCases.protoDeps(name))) {
      extra.add(GoldenCases.protoDeps(name));
    }
    FileDescriptorSet set = Protoc.compileTree(root, files, extra.toArray(new Path[0]));
    for (String file : files) {
      assertTrue(set.getFileList().stream().anyMatch(descriptor -> descriptor.getName().equals(file)),
          "protoc produced no descriptor for " + file);
    }
  }
}
