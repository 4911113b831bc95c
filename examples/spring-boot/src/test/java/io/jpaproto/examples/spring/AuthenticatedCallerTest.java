package io.jpaproto.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.jpaproto.examples.spring.api.Author;
import io.jpaproto.examples.spring.api.AuthorServiceGrpc;
import io.jpaproto.examples.spring.api.CreateAuthorRequest;
import io.jpaproto.examples.spring.model.AuditEntry;
import io.jpaproto.examples.spring.server.AuditRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.AutoConfigureTestGrpcTransport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.client.ChannelBuilderOptions;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.grpc.client.interceptor.security.BasicAuthenticationInterceptor;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.grpc.server.security.AuthenticationProcessInterceptor;
import org.springframework.grpc.server.security.GrpcSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * {@code authorize} sees the caller Spring Security's gRPC support authenticated: with an
 * {@link AuthenticationProcessInterceptor} (HTTP Basic here) the hook of {@code AuditedAuthorService} reads it from
 * {@code SecurityContextHolder}, on the thread that runs the call, and records it in the audit entry.
 */
@SpringBootTest
@AutoConfigureTestGrpcTransport
class AuthenticatedCallerTest {
  @TestConfiguration(proxyBeanMethods = false)
  static class Security {
    @Bean
    @GlobalServerInterceptor
    AuthenticationProcessInterceptor basicAuthentication(GrpcSecurity grpc) throws Exception {
      return grpc.authorizeRequests(requests -> requests.allRequests().authenticated())
          .httpBasic(Customizer.withDefaults())
          .build();
    }

    @Bean
    UserDetailsService users() {
      return new InMemoryUserDetailsManager(User.withUsername("librarian").password("{noop}shelves").roles("STAFF")
          .build());
    }
  }

  @Autowired
  private GrpcChannelFactory channels;
  @Autowired
  private AuditRepository audit;

  @Test
  void theAuditHookRecordsTheAuthenticatedCaller() {
    ManagedChannel channel = channels.createChannel("library", ChannelBuilderOptions.defaults()
        .withInterceptors(List.of(new BasicAuthenticationInterceptor("librarian", "shelves"))));
    try {
      AuthorServiceGrpc.newBlockingStub(channel).createAuthor(CreateAuthorRequest.newBuilder()
          .setAuthor(Author.newBuilder().setName("Ted Chiang")).build());
    } finally {
      channel.shutdownNow();
    }
    assertThat(audit.findBySubjectOrderById("Author Ted Chiang")).extracting(AuditEntry::getCaller)
        .containsExactly("librarian");
  }

  @Test
  void aCallWithoutCredentialsIsRefusedBeforeTheServiceRuns() {
    ManagedChannel channel = channels.createChannel("library");
    try {
      assertThatThrownBy(() -> AuthorServiceGrpc.newBlockingStub(channel).createAuthor(CreateAuthorRequest
          .newBuilder().setAuthor(Author.newBuilder().setName("Nobody")).build()))
          .isInstanceOfSatisfying(StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    } finally {
      channel.shutdownNow();
    }
    assertThat(audit.findBySubjectOrderById("Author Nobody")).isEmpty();
  }
}
