package io.jpaproto.bench.mapping;

import com.google.protobuf.Timestamp;
import com.google.type.Date;
import com.google.type.DateTime;
import io.jpaproto.ReferenceResolver;
import io.jpaproto.bench.model.Category;
import io.jpaproto.bench.model.Dimensions;
import io.jpaproto.bench.model.Manufacturer;
import io.jpaproto.bench.model.Product;
import io.jpaproto.bench.model.ProductStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The baseline: the mapper a careful engineer writes by hand for the same message. Plain builder calls, null checks
 * where the schema has presence, java.time and java.math conversions written inline, no range validation and no
 * loaded-state check of collections.
 */
public final class HandWrittenProductMapper {
  private HandWrittenProductMapper() {
  }

  /** The message of an entity. */
  public static io.jpaproto.bench.model.proto.Product toProto(Product entity) {
    io.jpaproto.bench.model.proto.Product.Builder b = io.jpaproto.bench.model.proto.Product.newBuilder();
    if (entity.getId() != null) {
      b.setId(entity.getId());
    }
    b.setName(entity.getName());
    if (entity.getDescription() != null) {
      b.setDescription(entity.getDescription());
    }
    BigDecimal price = entity.getPrice();
    if (price != null) {
      b.setPrice(price.toString());
    }
    Instant createdAt = entity.getCreatedAt();
    if (createdAt != null) {
      b.setCreatedAt(Timestamp.newBuilder().setSeconds(createdAt.getEpochSecond()).setNanos(createdAt.getNano()));
    }
    LocalDate releaseDate = entity.getReleaseDate();
    if (releaseDate != null) {
      b.setReleaseDate(Date.newBuilder()
          .setYear(releaseDate.getYear())
          .setMonth(releaseDate.getMonthValue())
          .setDay(releaseDate.getDayOfMonth()));
    }
    if (entity.getStatus() != null) {
      b.setStatus(toProto(entity.getStatus()));
    }
    Dimensions d = entity.getDimensions();
    if (d != null) {
      b.setDimensions(io.jpaproto.bench.model.proto.Dimensions.newBuilder()
          .setWidthMm(d.getWidthMm())
          .setHeightMm(d.getHeightMm())
          .setDepthMm(d.getDepthMm())
          .setWeightKg(d.getWeightKg()));
    }
    if (entity.getManufacturer() != null) {
      b.setManufacturerId(entity.getManufacturer().getId());
    }
    if (entity.getCategories() != null) {
      for (Category c : entity.getCategories()) {
        b.addCategoryIds(c.getId());
      }
    }
    if (entity.getTags() != null) {
      b.addAllTags(entity.getTags());
    }
    b.setViewCount(entity.getViewCount());
    b.setSku(entity.getSku().toString());
    b.setActive(entity.isActive());
    Duration warranty = entity.getWarranty();
    if (warranty != null) {
      long seconds = warranty.getSeconds();
      int nanos = warranty.getNano();
      if (seconds < 0 && nanos > 0) { // java.time floors the seconds, proto truncates towards zero
        seconds++;
        nanos -= 1_000_000_000;
      }
      b.setWarranty(com.google.protobuf.Duration.newBuilder().setSeconds(seconds).setNanos(nanos));
    }
    LocalDateTime lastModified = entity.getLastModified();
    if (lastModified != null) {
      b.setLastModified(DateTime.newBuilder()
          .setYear(lastModified.getYear())
          .setMonth(lastModified.getMonthValue())
          .setDay(lastModified.getDayOfMonth())
          .setHours(lastModified.getHour())
          .setMinutes(lastModified.getMinute())
          .setSeconds(lastModified.getSecond())
          .setNanos(lastModified.getNano()));
    }
    return b.build();
  }

  /** A new entity holding the message's values; ids of relations become references through {@code references}. */
  public static Product fromProto(io.jpaproto.bench.model.proto.Product m, ReferenceResolver references) {
    Product e = new Product();
    e.setId(m.hasId() ? m.getId() : null);
    e.setName(m.getName());
    e.setDescription(m.hasDescription() ? m.getDescription() : null);
    e.setPrice(m.hasPrice() ? new BigDecimal(m.getPrice()) : null);
    if (m.hasCreatedAt()) {
      Timestamp t = m.getCreatedAt();
      e.setCreatedAt(Instant.ofEpochSecond(t.getSeconds(), t.getNanos()));
    }
    if (m.hasReleaseDate()) {
      Date date = m.getReleaseDate();
      e.setReleaseDate(LocalDate.of(date.getYear(), date.getMonth(), date.getDay()));
    }
    e.setStatus(m.hasStatus() ? fromProto(m.getStatus()) : null);
    if (m.hasDimensions()) {
      io.jpaproto.bench.model.proto.Dimensions d = m.getDimensions();
      e.setDimensions(new Dimensions(d.getWidthMm(), d.getHeightMm(), d.getDepthMm(), d.getWeightKg()));
    }
    if (m.hasManufacturerId()) {
      e.setManufacturer(references.getReference(Manufacturer.class, m.getManufacturerId()));
    }
    List<Category> categories = new ArrayList<>(m.getCategoryIdsCount());
    for (int i = 0; i < m.getCategoryIdsCount(); i++) {
      categories.add(references.getReference(Category.class, m.getCategoryIds(i)));
    }
    e.setCategories(categories);
    e.setTags(new ArrayList<>(m.getTagsList()));
    e.setViewCount(m.getViewCount());
    e.setSku(UUID.fromString(m.getSku()));
    e.setActive(m.getActive());
    if (m.hasWarranty()) {
      com.google.protobuf.Duration w = m.getWarranty();
      e.setWarranty(Duration.ofSeconds(w.getSeconds(), w.getNanos()));
    }
    if (m.hasLastModified()) {
      DateTime t = m.getLastModified();
      e.setLastModified(LocalDateTime.of(
          t.getYear(), t.getMonth(), t.getDay(), t.getHours(), t.getMinutes(), t.getSeconds(), t.getNanos()));
    }
    return e;
  }

  private static io.jpaproto.bench.model.proto.ProductStatus toProto(ProductStatus status) {
    return switch (status) {
      case DRAFT -> io.jpaproto.bench.model.proto.ProductStatus.PRODUCT_STATUS_DRAFT;
      case ACTIVE -> io.jpaproto.bench.model.proto.ProductStatus.PRODUCT_STATUS_ACTIVE;
      case DISCONTINUED -> io.jpaproto.bench.model.proto.ProductStatus.PRODUCT_STATUS_DISCONTINUED;
    };
  }

  private static ProductStatus fromProto(io.jpaproto.bench.model.proto.ProductStatus status) {
    return switch (status) {
      case PRODUCT_STATUS_DRAFT -> ProductStatus.DRAFT;
      case PRODUCT_STATUS_ACTIVE -> ProductStatus.ACTIVE;
      case PRODUCT_STATUS_DISCONTINUED -> ProductStatus.DISCONTINUED;
      case PRODUCT_STATUS_UNSPECIFIED -> null;
      case UNRECOGNIZED -> throw new IllegalArgumentException("unknown status " + status.getNumber());
    };
  }
}
