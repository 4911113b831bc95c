package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import com.google.protobuf.Timestamp;
import io.jpaproto.it.analytics.api.CreatePageRequest;
import io.jpaproto.it.analytics.api.CreateSiteRequest;
import io.jpaproto.it.analytics.api.CreateTagRequest;
import io.jpaproto.it.analytics.api.GetPageRequest;
import io.jpaproto.it.analytics.api.GetTagRequest;
import io.jpaproto.it.analytics.api.ListPagesRequest;
import io.jpaproto.it.analytics.api.ListPagesResponse;
import io.jpaproto.it.analytics.api.Page;
import io.jpaproto.it.analytics.api.PageFilter;
import io.jpaproto.it.analytics.api.PageServiceGrpc;
import io.jpaproto.it.analytics.api.Site;
import io.jpaproto.it.analytics.api.SiteServiceGrpc;
import io.jpaproto.it.analytics.api.StreamPagesRequest;
import io.jpaproto.it.analytics.api.Tag;
import io.jpaproto.it.analytics.api.TagServiceGrpc;
import io.jpaproto.it.analytics.api.UpdatePageRequest;
import io.jpaproto.it.analytics.model.PageJpaService;
import io.jpaproto.it.analytics.model.SiteJpaService;
import io.jpaproto.it.analytics.model.TagJpaService;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analytics model a Django project ported to JPA has (a page with a many-to-many of tags and an element
 * collection map of metadata, {@code @ProtoService} on every entity) through its generated services: every RPC
 * answers with the collections loaded, and a page of entities loads its collections in a fixed number of queries,
 * counted by Hibernate's statistics.
 */
class AnalyticsServiceTest {
  private static ServiceFixture fixture;
  private static Statistics statistics;
  private static PageServiceGrpc.PageServiceBlockingStub pages;
  private static TagServiceGrpc.TagServiceBlockingStub tags;
  private static SiteServiceGrpc.SiteServiceBlockingStub sites;

  @BeforeAll
  static void start() throws Exception {
    EntityManagerFactory database = ServiceFixture.newDatabase(
        List.of(io.jpaproto.it.analytics.model.Site.class, io.jpaproto.it.analytics.model.Tag.class,
            io.jpaproto.it.analytics.model.Page.class),
        Map.of("hibernate.generate_statistics", "true"));
    statistics = database.unwrap(SessionFactory.class).getStatistics();
    fixture = ServiceFixture.start(database,
        List.of(new PageJpaService(database), new TagJpaService(database), new SiteJpaService(database)))
        .snapshotting("analytics_site", "analytics_tag", "analytics_page", "analytics_page_tags",
            "analytics_page_metadata");
    pages = fixture.stub(PageServiceGrpc::newBlockingStub);
    tags = fixture.stub(TagServiceGrpc::newBlockingStub);
    sites = fixture.stub(SiteServiceGrpc::newBlockingStub);
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void getListUpdateAndStreamAnswerThePagesTagsAndMetadata() {
    long siteId = site("crud.example.com");
    long news = tag("crud-news");
    long sport = tag("crud-sport");
    long weather = tag("crud-weather");
    Page created = pages.createPage(CreatePageRequest.newBuilder().setPage(Page.newBuilder()
        .setSiteId(siteId).setPath("/home").setTitle("Home").setViews(7)
        .setCreatedAt(Timestamp.newBuilder().setSeconds(1_767_225_600L).setNanos(123_000))
        .addTagIds(news).addTagIds(sport)
        .putMetadata("lang", "en").putMetadata("author", "ada")).build()).getPage();
    assertEquals(List.of(news, sport), sorted(created.getTagIdsList()));
    assertEquals(Map.of("lang", "en", "author", "ada"), created.getMetadataMap());

    Page got = get(created.getId());
    assertEquals(normal(created), normal(got));

    ListPagesResponse listed = pages.listPages(ListPagesRequest.newBuilder()
        .setFilter(PageFilter.newBuilder().setSiteId(siteId)).build());
    assertEquals(List.of(normal(created)), listed.getPagesList().stream().map(AnalyticsServiceTest::normal).toList());

    Page updated = pages.updatePage(UpdatePageRequest.newBuilder()
        .setPage(got.toBuilder().clearTagIds().addTagIds(weather).clearMetadata().putMetadata("lang", "de"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("tag_ids").addPaths("metadata")).build()).getPage();
    assertEquals(List.of(weather), updated.getTagIdsList());
    assertEquals(Map.of("lang", "de"), updated.getMetadataMap());
    assertEquals(normal(updated), normal(get(created.getId())));

    List<Page> streamed = stream(StreamPagesRequest.newBuilder()
        .setFilter(PageFilter.newBuilder().setSiteId(siteId)).build());
    assertEquals(List.of(normal(updated)), streamed.stream().map(AnalyticsServiceTest::normal).toList());

    // The inverse side is left out of Tag, and its service still answers.
    assertEquals("crud-news", tags.getTag(GetTagRequest.newBuilder().setId(news).build()).getTag().getName());
  }

  @Test
  void aListPageOfFiftyPagesWithTwoCollectionsTakesAtMostThreeQueries() {
    long siteId = site("queries.example.com");
    List<Long> tagIds = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tagIds.add(tag("queries-" + i));
    }
    List<Page> created = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Page.Builder page = Page.newBuilder().setSiteId(siteId).setPath("/p" + i).setViews(i)
          .addTagIds(tagIds.get(i % 5)).addTagIds(tagIds.get((i + 2) % 5))
          .putMetadata("index", Integer.toString(i));
      if (i % 3 == 0) {
        page.putMetadata("even-third", "yes");
      }
      if (i % 7 == 0) {
        page.clearTagIds();
      }
      created.add(pages.createPage(CreatePageRequest.newBuilder().setPage(page).build()).getPage());
    }
    List<Page> expected = created.stream().map(AnalyticsServiceTest::normal).toList();
    PageFilter filter = PageFilter.newBuilder().setSiteId(siteId).build();

    statistics.clear();
    ListPagesResponse first = pages.listPages(ListPagesRequest.newBuilder().setPageSize(50).setFilter(filter).build());
    long statements = statistics.getPrepareStatementCount();
    assertEquals(expected.subList(0, 50), first.getPagesList().stream().map(AnalyticsServiceTest::normal).toList());
    assertTrue(statements <= 3, "a page of 50 with two collections took " + statements + " queries");
    assertFalse(first.getNextPageToken().isEmpty());

    statistics.clear();
    ListPagesResponse rest = pages.listPages(ListPagesRequest.newBuilder().setPageSize(50).setFilter(filter)
        .setPageToken(first.getNextPageToken()).build());
    statements = statistics.getPrepareStatementCount();
    assertEquals(expected.subList(50, 60), rest.getPagesList().stream().map(AnalyticsServiceTest::normal).toList());
    assertTrue(statements <= 3, "the second page took " + statements + " queries");

    statistics.clear();
    List<Page> streamed = stream(StreamPagesRequest.newBuilder().setFilter(filter).build());
    statements = statistics.getPrepareStatementCount();
    assertEquals(expected, streamed.stream().map(AnalyticsServiceTest::normal).toList());
    assertTrue(statements <= 3, "a stream of 60 (one batch) took " + statements + " queries");

    statistics.clear();
    Page one = get(created.get(3).getId());
    statements = statistics.getPrepareStatementCount();
    assertEquals(expected.get(3), normal(one));
    assertTrue(statements <= 3, "a get took " + statements + " queries");
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** The page with its tag ids sorted: a set has no order of its own. */
  private static Page normal(Page page) {
    return page.toBuilder().clearTagIds().addAllTagIds(sorted(page.getTagIdsList())).build();
  }

  private static List<Long> sorted(List<Long> ids) {
    return ids.stream().sorted().toList();
  }

  private static Page get(long id) {
    return pages.getPage(GetPageRequest.newBuilder().setId(id).build()).getPage();
  }

  private static List<Page> stream(StreamPagesRequest request) {
    List<Page> streamed = new ArrayList<>();
    Iterator<io.jpaproto.it.analytics.api.StreamPagesResponse> responses = pages.streamPages(request);
    while (responses.hasNext()) {
      streamed.add(responses.next().getPage());
    }
    return streamed;
  }

  private static long site(String domain) {
    return sites.createSite(CreateSiteRequest.newBuilder().setSite(Site.newBuilder().setDomain(domain)).build())
        .getSite().getId();
  }

  private static long tag(String name) {
    return tags.createTag(CreateTagRequest.newBuilder().setTag(Tag.newBuilder().setName(name)).build())
        .getTag().getId();
  }
}
