package io.jpaproto.examples.spring.server;

import io.jpaproto.examples.spring.model.Author;
import io.jpaproto.examples.spring.model.Book;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** The books, as Spring Data JPA serves them. */
public interface BookRepository extends JpaRepository<Book, Long> {
  /** The books after {@code id}, by id, at most {@code limit} of them: one keyset page. */
  List<Book> findByIdGreaterThanOrderByIdAsc(long id, Limit limit);

  /** How many books {@code author} wrote. */
  long countByAuthor(Author author);
}
