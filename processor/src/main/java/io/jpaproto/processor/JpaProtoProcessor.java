package io.jpaproto.processor;

import com.google.auto.service.AutoService;
import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.discover.EntityScanner;
import io.jpaproto.processor.discover.TypeLookup;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.number.FieldNumbering;
import io.jpaproto.processor.number.LockFiles;
import io.jpaproto.processor.number.LockProblem;
import io.jpaproto.processor.number.NumberLock;
import io.jpaproto.processor.number.ProtoRecovery;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.ProcessorTimes;
import io.jpaproto.processor.report.Reporter;
import io.jpaproto.processor.schema.OwnFiles;
import io.jpaproto.processor.schema.PackageLayout;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.SchemaBuilder;
import io.jpaproto.processor.schema.SecretCheck;
import io.jpaproto.processor.validate.ValidationRules;
import io.jpaproto.processor.service.ServiceBuilder;
import io.jpaproto.processor.service.ServiceDefault;
import io.jpaproto.processor.service.ServiceModel;
import io.jpaproto.processor.types.AttributeConverters;
import io.jpaproto.processor.types.AttributeTypeMapper;
import io.jpaproto.processor.types.TypeMappingTable;
import io.jpaproto.processor.types.TypeRule;
import io.jpaproto.processor.types.TypeRuleLoader;
import io.jpaproto.processor.write.GeneratedFiles;
import io.jpaproto.processor.write.MapperOutput;
import io.jpaproto.processor.write.ProtoOutput;
import io.jpaproto.processor.write.ServiceIndexOutput;
import io.jpaproto.processor.write.ServiceOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The jpaproto annotation processor. It collects the {@code @Entity} classes (and the {@code @ProtoTypeMapping} rules)
 * of every round and, when processing is over, runs the pipeline once over all of them:
 * discover (entities -> model) -> map types (table) -> shape the schema and number fields -> derive the services
 * ({@code @ProtoService}) -> write proto files, mappers and services.
 *
 * <p>It returns {@code false} from {@link #process}, so other processors still see the JPA annotations, and it never
 * lets an exception escape: an unexpected failure becomes an error diagnostic that asks for a bug report.
 */
@AutoService(Processor.class)
public final class JpaProtoProcessor extends AbstractProcessor {
  private final Set<String> entityNames = new TreeSet<>();
  private final Set<String> mapperOnlyNames = new TreeSet<>();
  private final Set<String> ruleHolderTypes = new TreeSet<>();
  private final Set<String> ruleHolderPackages = new TreeSet<>();
  private final Set<String> serviceTypes = new TreeSet<>();
  private final Set<String> servicePackages = new TreeSet<>();
  /** The top-level types compiled from source, protoc's classes among them in the second pass of a build. */
  private final Set<String> sourceTypes = new java.util.HashSet<>();
  /** The {@code @Converter} classes of the compilation, by qualified name. */
  private final Set<String> converterNames = new TreeSet<>();
  private boolean generated;
  /** What the processor costs the compile, reported with {@code -Ajpaproto.timing=true}. */
  private ProcessorTimes times = ProcessorTimes.of(false);
  /** Whether the {@code -Ajpaproto.*} options are valid; nothing is generated otherwise. */
  private boolean optionsValid;
  private final ClassLoader providerLoader;

  /** The processor javac instantiates; providers are found on the processor path. */
  public JpaProtoProcessor() {
    this(JpaProtoProcessor.class.getClassLoader());
  }

  /** A processor that finds {@code TypeMappingProvider}s through {@code providerLoader}; for tests. */
  JpaProtoProcessor(ClassLoader providerLoader) {
    this.providerLoader = providerLoader;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.ENTITY, Annotations.PROTO_TYPE_MAPPING, Annotations.PROTO_TYPE_MAPPINGS,
        Annotations.PROTO_MAPPERS, Annotations.PROTO_SERVICE, AttributeConverters.JPA_CONVERTER);
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> keys = new HashSet<>();
    for (ProcessorOption option : ProcessorOption.values()) {
      keys.add(option.key());
    }
    return keys;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    ProcessorCompiles.add(environment);
    times = ProcessorTimes.of(ProcessorOption.TIMING.isTrue(environment.getOptions()));
    // Here rather than in process(), which javac does not call for a compilation without any entity.
    Reporter reporter = reporter();
    OptionCheck.check(environment.getOptions(), reporter);
    optionsValid = reporter.errorCount() == 0;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (!optionsValid) {
        return false;
      }
      times.start("finding annotated elements");
      collect(annotations, round);
      // Everything is generated in the first round that has entities: mappers are sources, which javac only
      // compiles when they are written before the last round.
      if (!generated && (!entityNames.isEmpty() || !mapperOnlyNames.isEmpty())) {
        generated = true;
        generate();
      } else if (!generated && round.processingOver()
          && (!serviceTypes.isEmpty() || !servicePackages.isEmpty())) {
        serviceBuilder(reporter(), null).checkPlacement(serviceTypes(), servicePackages());
      }
    } catch (RuntimeException | Error e) {
      reporter().report(Diagnostic.INTERNAL_ERROR, null, "the entities", e);
    } finally {
      times.stop();
    }
    if (round.processingOver() && ProcessorOption.TIMING.isTrue(processingEnv.getOptions())) {
      reporter().report(Diagnostic.PROCESSOR_TIMES, null, times.summary());
    }
    return false;
  }

  /**
   * Remembers what this round declares. Only the annotation types javac reports present are asked for: each
   * {@link RoundEnvironment#getElementsAnnotatedWith} walks every element of the round.
   */
  private void collect(Set<? extends TypeElement> annotationTypes, RoundEnvironment round) {
    Map<String, TypeElement> present = new java.util.HashMap<>();
    for (TypeElement annotation : annotationTypes) {
      present.put(annotation.getQualifiedName().toString(), annotation);
    }
    Elements elements = processingEnv.getElementUtils();
    if (!generated) {
      for (Element root : round.getRootElements()) {
        if (root instanceof TypeElement type) {
          sourceTypes.add(type.getQualifiedName().toString());
        }
      }
    }
    TypeElement entity = present.get(Annotations.ENTITY);
    if (entity != null) {
      for (Element element : round.getElementsAnnotatedWith(entity)) {
        if (element.getKind() == ElementKind.CLASS) {
          String name = ((TypeElement) element).getQualifiedName().toString();
          if (generated) {
            reporter().report(Diagnostic.LATE_ENTITY, element, name);
          } else {
            entityNames.add(name);
          }
        }
      }
    }
    TypeElement protoMappers = present.get(Annotations.PROTO_MAPPERS);
    if (protoMappers != null) {
      Annotations annotations = new Annotations(elements);
      for (Element holder : round.getElementsAnnotatedWith(protoMappers)) {
        AnnotationMirror mirror = Annotations.find(holder, Annotations.PROTO_MAPPERS);
        for (TypeElement listed : annotations.types(mirror, "value")) {
          if (!Annotations.has(listed, Annotations.ENTITY)) {
            reporter().report(Diagnostic.NOT_AN_ENTITY, holder, mirror, listed.getQualifiedName());
          } else if (!generated) {
            mapperOnlyNames.add(listed.getQualifiedName().toString());
          }
        }
      }
    }
    TypeElement protoService = present.get(Annotations.PROTO_SERVICE);
    if (protoService != null) {
      for (Element element : round.getElementsAnnotatedWith(protoService)) {
        if (element instanceof PackageElement packageElement) {
          servicePackages.add(packageElement.getQualifiedName().toString());
        } else if (element instanceof TypeElement typeElement) {
          serviceTypes.add(typeElement.getQualifiedName().toString());
        }
      }
    }
    TypeElement converter = present.get(AttributeConverters.JPA_CONVERTER);
    if (converter != null) {
      for (Element element : round.getElementsAnnotatedWith(converter)) {
        if (element instanceof TypeElement typeElement) {
          converterNames.add(typeElement.getQualifiedName().toString());
        }
      }
    }
    for (String annotation : List.of(Annotations.PROTO_TYPE_MAPPING, Annotations.PROTO_TYPE_MAPPINGS)) {
      TypeElement type = present.get(annotation);
      if (type == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(type)) {
        if (element instanceof PackageElement packageElement) {
          ruleHolderPackages.add(packageElement.getQualifiedName().toString());
        } else if (element instanceof TypeElement typeElement) {
          ruleHolderTypes.add(typeElement.getQualifiedName().toString());
        }
      }
    }
  }

  private void generate() {
    Reporter reporter = reporter();
    Elements elements = processingEnv.getElementUtils();
    var options = processingEnv.getOptions();

    times.start("type rules");
    TypeRuleLoader loader = new TypeRuleLoader(elements, processingEnv.getTypeUtils(), reporter);
    List<Element> ruleHolders = new ArrayList<>();
    for (String name : ruleHolderPackages) {
      ruleHolders.add(elements.getPackageElement(name));
    }
    for (String name : ruleHolderTypes) {
      ruleHolders.add(elements.getTypeElement(name));
    }
    List<TypeRule> projectRules = loader.projectRules(ruleHolders);
    List<TypeRule> providerRules = loader.providerRules(providerLoader);
    TypeMappingTable table = TypeMappingTable.of(projectRules, providerRules);

    Set<String> allEntities = new TreeSet<>(entityNames);
    allEntities.addAll(mapperOnlyNames);
    TypeLookup classes = TypeLookup.in(elements, elements.getTypeElement(allEntities.iterator().next()));
    times.start("reading entities");
    EntityScanner scanner = new EntityScanner(
        elements, processingEnv.getTypeUtils(), classes, ProcessorOption.JAVADOC.isTrue(options));
    List<EntityType> entities = new ArrayList<>();
    for (String name : allEntities) {
      TypeElement element = classes.find(name);
      try {
        entities.add(scanner.scan(element));
      } catch (RuntimeException e) {
        reporter.report(Diagnostic.INTERNAL_ERROR, element, name, e);
      }
    }

    times.start("numbering state");
    String protoDirOption = ProcessorOption.PROTO_DIR.value(options);
    Path protoDir = protoDirOption.isEmpty() ? null : Path.of(protoDirOption);
    boolean check = ProcessorOption.CHECK.isTrue(options);
    if (check && protoDir == null) {
      reporter.report(Diagnostic.CHECK_WITHOUT_PROTO_DIR, null);
      return;
    }
    String lockOption = ProcessorOption.LOCK_FILE.value(options);
    Path lockFile = !lockOption.isEmpty() ? Path.of(lockOption)
        : protoDir != null ? protoDir.resolve("jpaproto.lock") : null;
    NumberLock lock = readLock(lockFile, protoDir, reporter);
    if (lock == null) {
      return;
    }
    Set<String> previousFiles = new TreeSet<>(lock.files());

    times.start("schema");
    SchemaBuilder schema = new SchemaBuilder(
        elements,
        scanner,
        new AttributeTypeMapper(table, reporter, processingEnv.getTypeUtils(), scanner.annotations(), scanner::idOf,
            scanner::idClassKey, attributeConverters(entities, reporter)),
        new PackageLayout(elements, reporter,
            ProcessorOption.PACKAGE_VERSION.value(options), ProcessorOption.JAVA_PACKAGE_SUFFIX.value(options)),
        new FieldNumbering(reporter, lock),
        reporter);
    List<ProtoFile> files = schema.build(entities);
    if (ProcessorOption.VALIDATION.isTrue(options)) {
      times.start("validation rules");
      files = new ValidationRules(scanner.annotations(), reporter).apply(files);
    }
    List<ProtoFile> ownFiles = OwnFiles.select(files, entityNames);
    new SecretCheck(reporter).check(ownFiles,
        file -> sourceTypes.contains(file.javaPackage() + "." + file.outerClassname()));
    reportLockProblems(lock, reporter);
    times.start("services");
    ServiceBuilder services = serviceBuilder(reporter, scanner);
    services.checkPlacement(serviceTypes(), servicePackages());
    if (reporter.errorCount() > 0) {
      return;
    }
    List<ServiceModel> allServices = services.build(files);
    if (reporter.errorCount() > 0) {
      return;
    }
    times.start("writing protos");
    GeneratedFiles output = new GeneratedFiles(processingEnv.getFiler(), reporter);
    List<ServiceModel> ownServices = new ArrayList<>();
    for (ServiceModel service : allServices) {
      if (entityNames.contains(service.entity().element().getQualifiedName().toString())) {
        ownServices.add(service);
      }
    }
    if (!ownFiles.isEmpty()) {
      new ProtoOutput(output, reporter, protoDir, lockFile, check)
          .publish(ownFiles, ownServices, lock, previousFiles);
    }
    if (reporter.errorCount() == 0) {
      times.start("writing mappers and services");
      new MapperOutput(classes, processingEnv.getTypeUtils(), output, reporter).write(files);
      new ServiceIndexOutput(output).write(new ServiceOutput(classes, output, reporter).write(files, allServices));
    }
  }

  /**
   * The JPA attribute converters: those of the compilation, and those javac sees in the packages of the entities
   * (a converter compiled earlier into the same package, or shipped in a jar beside them).
   */
  private AttributeConverters attributeConverters(List<EntityType> entities, Reporter reporter) {
    Elements elements = processingEnv.getElementUtils();
    Set<String> packages = new TreeSet<>();
    for (EntityType entity : entities) {
      packages.add(elements.getPackageOf(entity.element()).getQualifiedName().toString());
    }
    Map<String, TypeElement> candidates = new TreeMap<>();
    for (String name : converterNames) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        candidates.put(name, type);
      }
    }
    for (TypeElement type : AttributeConverters.converterClassesIn(elements, packages)) {
      candidates.putIfAbsent(type.getQualifiedName().toString(), type);
    }
    return new AttributeConverters(elements, processingEnv.getTypeUtils(), reporter, candidates.values());
  }

  private ServiceBuilder serviceBuilder(Reporter reporter, EntityScanner scanner) {
    ServiceDefault serviceDefault = ServiceDefault.of(processingEnv.getOptions());
    if (serviceDefault == null) {
      processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR, "option -A"
          + ProcessorOption.SERVICES.key() + "=" + ProcessorOption.SERVICES.value(processingEnv.getOptions())
          + " names no service default. Fix: use annotated (the default) or all.");
      serviceDefault = ServiceDefault.ANNOTATED;
    }
    return new ServiceBuilder(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), scanner, reporter,
        serviceDefault);
  }

  private List<TypeElement> serviceTypes() {
    List<TypeElement> types = new ArrayList<>();
    for (String name : serviceTypes) {
      types.add(processingEnv.getElementUtils().getTypeElement(name));
    }
    return types;
  }

  private List<PackageElement> servicePackages() {
    List<PackageElement> packages = new ArrayList<>();
    for (String name : servicePackages) {
      packages.add(processingEnv.getElementUtils().getPackageElement(name));
    }
    return packages;
  }

  /**
   * The remembered numbering state: the lock file, checked line by line (its problems are reported on their elements
   * once the schema is built), with what it lacks recovered from the protos in the proto directory; empty when there is
   * neither; {@code null} after reporting a file that cannot be read.
   */
  private static NumberLock readLock(Path lockFile, Path protoDir, Reporter reporter) {
    if (lockFile == null) {
      return new NumberLock();
    }
    String text;
    try {
      text = GeneratedFiles.read(lockFile);
    } catch (IOException | RuntimeException e) {
      reporter.report(Diagnostic.LOCK_UNREADABLE, null, lockFile, e.getMessage());
      return null;
    }
    NumberLock lock = text == null ? new NumberLock() : NumberLock.parse(text, lockFile.toString());
    if (protoDir != null) {
      LockFiles.check(lock, protoDir, lockFile.toString());
      lock.recoverFrom(() -> ProtoRecovery.recover(protoDir));
      if (text == null) {
        lock.recoverFiles();
      }
    }
    return lock;
  }

  /** Reports the lock's problems that no message or enum of this build took, on the first entity. */
  private void reportLockProblems(NumberLock lock, Reporter reporter) {
    Element first = entityNames.isEmpty() && mapperOnlyNames.isEmpty() ? null
        : processingEnv.getElementUtils().getTypeElement(
            entityNames.isEmpty() ? mapperOnlyNames.iterator().next() : entityNames.iterator().next());
    for (LockProblem problem : lock.takeProblems()) {
      reporter.report(problem.diagnostic(), first, problem.args().toArray());
    }
  }

  private Reporter reporter() {
    var options = processingEnv.getOptions();
    return new Reporter(processingEnv.getMessager(), ProcessorOption.VERBOSE.isTrue(options),
        ProcessorOption.SECRETS.is(options, "warn")
            ? Map.of(Diagnostic.LOOKS_SECRET, javax.tools.Diagnostic.Kind.WARNING) : Map.of());
  }
}
