package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every type reference of a generated proto is fully qualified with the leading dot. Written relative, protoc resolves
 * a reference's first segment in the innermost enclosing package that has it: in {@code com.google.shop.v1},
 * {@code google.protobuf.Timestamp} names {@code com.google.protobuf.Timestamp}, and in {@code com.acme.shop.v1},
 * {@code acme.common.v1.Level} names {@code com.acme.common.v1.Level}; both are "not defined" for protoc.
 */
class QualifiedReferencesTest {

  private static final JavaFileObject LEVEL = ProcessorRun.source("acme.common.Level",
      "package acme.common;",
      "public enum Level { LOW, HIGH }");

  /** Java package {@code com.google.shop}: proto package {@code com.google.shop.v1}. */
  private static final JavaFileObject PRODUCT = ProcessorRun.source("com.google.shop.Product",
      "package com.google.shop;",
      "import jakarta.persistence.*;",
      "import java.time.*;",
      "import java.util.*;",
      "@Entity @io.jpaproto.ProtoService(http = true)",
      "public class Product {",
      "  @Id public Long id;",
      "  public String name;",
      "  public Instant createdAt;",
      "  public Duration shelfLife;",
      "  public LocalDate launched;",
      "  public acme.common.Level level;",
      "  @ElementCollection public Map<String, acme.common.Level> levels = new HashMap<>();",
      "  @ElementCollection public List<Instant> audits = new ArrayList<>();",
      "}");

  /** Java package {@code com.acme.shop}: proto package {@code com.acme.shop.v1}, sharing {@code acme}. */
  private static final JavaFileObject ORDER = ProcessorRun.source("com.acme.shop.Order",
      "package com.acme.shop;",
      "import jakarta.persistence.*;",
      "@Entity @io.jpaproto.ProtoService",
      "@Table(name = \"orders\")",
      "public class Order {",
      "  @Id public Long id;",
      "  public acme.common.Level level;",
      "  @ManyToOne public com.google.shop.Product product;",
      "}");

  @Test
  void referencesResolveInPackagesThatContainGoogleOrShareASegment() {
    Pipeline pipeline = Pipeline.run(LEVEL, PRODUCT, ORDER);

    String products = pipeline.protos().get("com/google/shop/v1/shop.proto");
    assertTrue(ProtoLines.declares(products, "  .google.protobuf.Timestamp created_at = 3"), products);
    assertTrue(ProtoLines.declares(products, "  .google.protobuf.Duration shelf_life = 4"), products);
    assertTrue(ProtoLines.declares(products, "  .google.type.Date launched = 5"), products);
    assertTrue(ProtoLines.declares(products, "  optional .acme.common.v1.Level level = 6"), products);
    assertTrue(ProtoLines.declares(products, "  map<string, .acme.common.v1.Level> levels = 7"), products);
    assertTrue(ProtoLines.declares(products, "  repeated .google.protobuf.Timestamp audits = 8"), products);
    String service = pipeline.protos().get("com/google/shop/v1/product_service.proto");
    assertTrue(service.contains(
        "  rpc GetProduct(.com.google.shop.v1.GetProductRequest) returns (.com.google.shop.v1.GetProductResponse) {\n"
            + "    option (.google.api.http) = {get: \"/v1/products/{id}\"};\n"), service);
    assertTrue(ProtoLines.declares(service, "  .google.protobuf.FieldMask update_mask = 2"), service);
    assertTrue(ProtoLines.declares(service, "  .com.google.shop.v1.Product product = 1"), service);
    String orders = pipeline.protos().get("com/acme/shop/v1/shop.proto");
    assertTrue(ProtoLines.declares(orders, "  optional .acme.common.v1.Level level = 2"), orders);

    // What protoc resolved each reference to.
    Map<String, String> types = new TreeMap<>();
    for (FileDescriptorProto file : pipeline.descriptors().getFileList()) {
      for (DescriptorProto message : file.getMessageTypeList()) {
        for (FieldDescriptorProto field : message.getFieldList()) {
          if (!field.getTypeName().isEmpty()) {
            types.put(file.getPackage() + "." + message.getName() + "." + field.getName(), field.getTypeName());
          }
        }
      }
      file.getServiceList().forEach(s -> s.getMethodList().stream().filter(m -> m.getName().startsWith("Update"))
          .map(MethodDescriptorProto::getInputType)
          .forEach(input -> types.put(file.getPackage() + "." + s.getName() + ".Update", input)));
    }
    assertEquals(".google.protobuf.Timestamp", types.get("com.google.shop.v1.Product.created_at"));
    assertEquals(".google.type.Date", types.get("com.google.shop.v1.Product.launched"));
    assertEquals(".acme.common.v1.Level", types.get("com.google.shop.v1.Product.level"));
    assertEquals(".acme.common.v1.Level", types.get("com.acme.shop.v1.Order.level"));
    assertEquals(".google.protobuf.FieldMask", types.get("com.google.shop.v1.UpdateProductRequest.update_mask"));
    assertEquals(".com.acme.shop.v1.UpdateOrderRequest", types.get("com.acme.shop.v1.OrderService.Update"));

    assertThat(pipeline.secondPass()).succeededWithoutWarnings();
    assertTrue(pipeline.generated("com.google.shop.ProductProtoMapper").contains("class ProductProtoMapper"));
    assertTrue(pipeline.generated("com.google.shop.ProductJpaService").contains("class ProductJpaService"));
    assertTrue(pipeline.generated("com.acme.shop.OrderJpaService").contains("class OrderJpaService"));
  }
}
