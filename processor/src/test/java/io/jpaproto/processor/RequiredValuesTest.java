package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.jpaproto.ReferenceResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A message that leaves out a required to-one relation or a required embedded value is refused by the generated
 * {@code fromProto}, naming the field (services answer it as {@code INVALID_ARGUMENT}): before, the absent relation id
 * resolved as id 0 ({@code Site 0 does not exist}) and the absent embeddable reached the database as nulls in
 * {@code NOT NULL} columns ({@code INTERNAL}). Through the whole pipeline: pass 1, protoc, pass 2, the compiled mapper.
 */
class RequiredValuesTest {
  private static final JavaFileObject SITE = ProcessorRun.source("track.Site",
      "package track;",
      "import jakarta.persistence.*;",
      "@Entity public class Site {",
      "  @Id public Long id;",
      "  public String domain;",
      "}");
  private static final JavaFileObject ADDRESS = ProcessorRun.source("track.Address",
      "package track;",
      "import jakarta.persistence.*;",
      "@Embeddable public class Address {",
      "  @Column(nullable = false) public String street;",
      "  public String city;",
      "}");
  private static final JavaFileObject VISIT = ProcessorRun.source("track.Visit",
      "package track;",
      "import jakarta.persistence.*;",
      "@Entity public class Visit {",
      "  @Id public Long id;",
      "  @ManyToOne(optional = false) public Site site;",
      "  public Address address;",
      "}");

  @Test
  void aMissingRequiredRelationOrEmbeddedValueIsRefusedNamingTheField() throws Exception {
    Pipeline pipeline = Pipeline.run(SITE, ADDRESS, VISIT);
    assertThat(pipeline.secondPass()).succeededWithoutWarnings();
    ClassLoader classes = pipeline.classes();
    Class<?> mapperType = classes.loadClass("track.VisitProtoMapper");
    Object mapper = mapperType.getField("INSTANCE").get(null);
    Class<?> messageType = classes.loadClass("track.proto.Visit");
    Method fromProto = CompiledModel.method(mapperType, "fromProto", messageType);
    ReferenceResolver resolver = new ReferenceResolver() {
      @Override
      public <T> T getReference(Class<T> entityType, Object id) {
        try {
          T reference = entityType.getConstructor().newInstance();
          entityType.getField("id").set(reference, id);
          return reference;
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    };

    Message.Builder complete = (Message.Builder) messageType.getMethod("newBuilder").invoke(null);
    FieldDescriptor siteId = complete.getDescriptorForType().findFieldByName("site_id");
    FieldDescriptor address = complete.getDescriptorForType().findFieldByName("address");
    Message.Builder street = complete.newBuilderForField(address);
    street.setField(street.getDescriptorForType().findFieldByName("street"), "Rua Augusta");
    complete.setField(siteId, 7L).setField(address, street.build());
    Object visit = fromProto.invoke(mapper, complete.build(), resolver);
    Object site = visit.getClass().getField("site").get(visit);
    assertEquals(7L, site.getClass().getField("id").get(site));

    assertRefused(fromProto, mapper, complete.clone().clearField(siteId).build(), resolver,
        "field site_id is required");
    assertRefused(fromProto, mapper, complete.clone().clearField(address).build(), resolver,
        "field address: a value is required");
  }

  private static void assertRefused(Method fromProto, Object mapper, Message message, ReferenceResolver resolver,
      String expected) {
    InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
        () -> fromProto.invoke(mapper, message, resolver));
    assertEquals(IllegalArgumentException.class, thrown.getCause().getClass(), String.valueOf(thrown.getCause()));
    assertTrue(thrown.getCause().getMessage().contains(expected), thrown.getCause().getMessage());
  }
}
