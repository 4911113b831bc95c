package io.jpaproto.examples.spring.server;

import io.jpaproto.examples.spring.model.AuditEntry;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit log that {@link AuditedAuthorService}'s hook writes. */
public interface AuditRepository extends JpaRepository<AuditEntry, Long> {
  /** The entries about {@code subject}, oldest first. */
  List<AuditEntry> findBySubjectOrderById(String subject);
}
