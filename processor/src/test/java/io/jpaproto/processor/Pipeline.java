package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The whole build a user runs, in memory: pass 1 (the processor alone) writes the protos, the real protoc and
 * grpc-java compile them to descriptors and Java, and pass 2 compiles the entities, protoc's classes and what the
 * processor then writes (mappers, JpaServices).
 *
 * @param firstPass pass 1
 * @param protos the protos of pass 1: path -> text
 * @param descriptors protoc's descriptors of {@code protos}
 * @param secondPass pass 2
 */
record Pipeline(Compilation firstPass, Map<String, String> protos, FileDescriptorSet descriptors,
    Compilation secondPass) {

  /** Runs the pipeline over {@code sources}; fails when pass 1 fails or protoc rejects its protos. */
  static Pipeline run(JavaFileObject... sources) {
    return run(Map.of(), List.of(sources));
  }

  /** Runs the pipeline over {@code sources} with the processor options {@code options}. */
  static Pipeline run(Map<String, String> options, List<JavaFileObject> sources) {
    Compilation firstPass = ProcessorRun.compile(options, sources);
    assertThat(firstPass).succeeded();
    Map<String, String> protos = ProcessorRun.protos(firstPass);
    FileDescriptorSet descriptors = Protoc.compile(protos);
    List<JavaFileObject> secondSources = new ArrayList<>(sources);
    secondSources.addAll(ProcessorRun.sources(Protoc.generateJava(protos, Path.of("does-not-exist"))));
    Compilation secondPass = ProcessorRun.compileFully(options, secondSources);
    return new Pipeline(firstPass, protos, descriptors, secondPass);
  }

  /** The classes pass 2 compiled, loaded over the test's class path (protobuf-java, the runtime, JPA). */
  ClassLoader classes() {
    return new CompiledModel.ClassOutputLoader(secondPass, Pipeline.class.getClassLoader());
  }

  /** The generated source {@code qualifiedName} of pass 2. */
  String generated(String qualifiedName) {
    return ProcessorRun.generatedSources(secondPass, qualifiedName.replace('.', '/') + ".java").values().stream()
        .findFirst().orElseThrow(() -> new AssertionError("pass 2 wrote no " + qualifiedName));
  }
}
