package io.jpaproto.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpaproto.spring.boot.notes.Note;
import io.jpaproto.spring.boot.notes.NoteJpaService;
import jakarta.persistence.EntityManagerFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class JpaProtoGrpcAutoConfigurationTest {
  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
          JpaProtoGrpcAutoConfiguration.class))
      .withUserConfiguration(Entities.class)
      .withPropertyValues("spring.datasource.url=jdbc:h2:mem:notes-${random.uuid};DB_CLOSE_DELAY=-1",
          "spring.jpa.hibernate.ddl-auto=create-drop");

  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = Note.class)
  static class Entities {
  }

  @Test
  void everyIndexedServiceIsABeanOnSpringsFactoryWithSpringManagedTransactions() {
    context.run(app -> {
      assertThat(app).hasSingleBean(NoteJpaService.class).hasBean("noteJpaService");
      NoteJpaService notes = app.getBean(NoteJpaService.class);
      assertThat(notes.entityManagerFactory()).isSameAs(app.getBean(EntityManagerFactory.class));
      assertThat(notes.transactions()).isInstanceOf(SpringCallTransactions.class);
      assertThat(notes.limitsAsHooksSee()).isEqualTo("50/1000/500/PT10M");
    });
  }

  @Test
  void aCallsWorkRunsInASpringTransactionAndAFailureRollsItBack() {
    context.run(app -> {
      NoteJpaService notes = app.getBean(NoteJpaService.class);
      assertThatThrownBy(() -> notes.work(em -> {
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
        em.persist(new Note("rolled back"));
        em.flush();
        throw new IllegalStateException("the hook fails");
      })).isInstanceOf(IllegalStateException.class).hasMessage("the hook fails");
      notes.work(em -> {
        em.persist(new Note("kept"));
        return null;
      });
      java.util.List<String> stored = notes.work(
          em -> em.createQuery("select n.text from Note n", String.class).getResultList());
      assertThat(stored).containsExactly("kept");
    });
  }

  @Test
  void limitsComeFromThePropertiesGlobalAndPerService() {
    context.withPropertyValues("jpaproto.grpc.default-page-size=20", "jpaproto.grpc.max-page-size=200",
            "jpaproto.grpc.services.note.max-page-size=100", "jpaproto.grpc.services.note.max-stream-duration=30s")
        .run(app -> assertThat(app.getBean(NoteJpaService.class).limitsAsHooksSee()).isEqualTo("20/100/500/PT30S"));
  }

  @Test
  void limitsThatContradictEachOtherStopTheStartWithAMessage() {
    context.withPropertyValues("jpaproto.grpc.default-page-size=2000")
        .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
            .hasMessageContaining("maximum page size (1000) must not be smaller than the default page size (2000)"));
  }

  @Test
  void aServiceSwitchedOffByItsPropertyIsNoBean() {
    context.withPropertyValues("jpaproto.grpc.services.note.enabled=false")
        .run(app -> assertThat(app).doesNotHaveBean(NoteJpaService.class));
    context.withPropertyValues("jpaproto.grpc.enabled=false")
        .run(app -> assertThat(app).doesNotHaveBean(NoteJpaService.class));
  }

  /** A subclass bean of a generated service, as an application declares it to override hooks. */
  static class OwnNotes extends NoteJpaService {
    OwnNotes(EntityManagerFactory entityManagerFactory) {
      super(entityManagerFactory);
    }

    @Override
    protected int maxPageSize() {
      return 7;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnNotesConfiguration {
    @Bean
    OwnNotes ownNotes(EntityManagerFactory entityManagerFactory) {
      return new OwnNotes(entityManagerFactory);
    }
  }

  @Test
  void aSubclassBeanReplacesTheDefaultAndRunsInSpringTransactionsToo() {
    context.withUserConfiguration(OwnNotesConfiguration.class).run(app -> {
      assertThat(app).hasSingleBean(NoteJpaService.class).doesNotHaveBean("noteJpaService");
      NoteJpaService notes = app.getBean(NoteJpaService.class);
      assertThat(notes).isInstanceOf(OwnNotes.class);
      assertThat(notes.transactions()).isInstanceOf(SpringCallTransactions.class);
      assertThat(notes.limitsAsHooksSee()).isEqualTo("50/7/500/PT10M");
    });
  }

  @Test
  void anIndexThatListsAClassTheClassPathLacksStopsTheStartNamingItAndTheFix(@TempDir Path classes)
      throws Exception {
    Path index = classes.resolve(JpaServiceIndex.LOCATION);
    Files.createDirectories(index.getParent());
    Files.writeString(index, "com.example.gone.GoneJpaService\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      context.withClassLoader(loader).run(app -> assertThat(app).hasFailed().getFailure()
          .hasStackTraceContaining("The jpaproto service index " + index.toUri().toURL()
              + " lists com.example.gone.GoneJpaService, which cannot be loaded")
          .hasStackTraceContaining("rebuild the module that generated it (mvn clean install)"));
    }
  }

  @Test
  void thePropertiesDefaultsAreTheServicesDefaults() {
    assertThat(new JpaProtoGrpcProperties().limits(Note.class)).isEqualTo(io.jpaproto.grpc.CallLimits.DEFAULTS);
  }

  @Test
  void theEntitysPropertyKeyIsItsSimpleNameInKebabCase() {
    assertThat(JpaProtoGrpcProperties.keyOf(Note.class)).isEqualTo("note");
    assertThat(JpaProtoGrpcProperties.keyOf(OrderLine.class)).isEqualTo("order-line");
    assertThat(JpaProtoGrpcProperties.keyOf(ISBNRecord.class)).isEqualTo("isbnrecord");
  }

  private static final class OrderLine {
  }

  private static final class ISBNRecord {
  }
}
