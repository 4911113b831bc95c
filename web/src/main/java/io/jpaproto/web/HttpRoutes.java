package io.jpaproto.web;

import com.google.api.AnnotationsProto;
import com.google.api.HttpRule;
import com.google.protobuf.DescriptorProtos.MethodOptions;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.ExtensionRegistry;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The HTTP/JSON route table, read from the services' descriptors: one route per {@code google.api.http} rule (and
 * additional binding) of a unary or server-streaming method, plus {@code POST /<package.Service>/<Method>} for every
 * such method. Built once at start; a rule naming a field the request does not have is refused then.
 */
final class HttpRoutes {
  private static final Logger LOG = Logger.getLogger(HttpRoutes.class.getName());
  private static final ExtensionRegistry HTTP_EXTENSION = ExtensionRegistry.newInstance();

  static {
    HTTP_EXTENSION.add(AnnotationsProto.http);
  }

  /** One method served as JSON: its handler and the descriptors of its messages. */
  record Target(ServerMethodDefinition<?, ?> definition, Descriptors.MethodDescriptor method, Message requestPrototype) {
    String fullName() {
      return definition.getMethodDescriptor().getFullMethodName();
    }

    boolean serverStreaming() {
      return method.isServerStreaming();
    }
  }

  /** One rule: an HTTP method and path template, where the body goes and what the response body is. */
  record Route(String httpMethod, PathTemplate template, Target target, String body, String responseBody) {
  }

  /** A matched route and its path variables. */
  record Match(Route route, Map<String, String> variables) {
  }

  private final List<Route> routes;
  private final Map<String, Target> byFullName;

  private HttpRoutes(List<Route> routes, Map<String, Target> byFullName) {
    this.routes = routes;
    this.byFullName = byFullName;
  }

  static HttpRoutes of(List<ServerServiceDefinition> services) {
    List<Route> routes = new ArrayList<>();
    Map<String, Target> byFullName = new HashMap<>();
    for (ServerServiceDefinition service : services) {
      Object schema = service.getServiceDescriptor().getSchemaDescriptor();
      if (!(schema instanceof ProtoServiceDescriptorSupplier supplier)) {
        continue; // not a protobuf service: gRPC only
      }
      Descriptors.ServiceDescriptor descriptor = supplier.getServiceDescriptor();
      for (ServerMethodDefinition<?, ?> definition : service.getMethods()) {
        MethodDescriptor<?, ?> grpcMethod = definition.getMethodDescriptor();
        Descriptors.MethodDescriptor method = descriptor.findMethodByName(grpcMethod.getBareMethodName());
        if (method == null || method.isClientStreaming()
            || !(grpcMethod.getRequestMarshaller() instanceof MethodDescriptor.PrototypeMarshaller<?> marshaller)
            || !(marshaller.getMessagePrototype() instanceof Message prototype)) {
          continue;
        }
        Target target = new Target(definition, method, prototype);
        byFullName.put(grpcMethod.getFullMethodName(), target);
        HttpRule rule = httpRule(method);
        if (rule != null) {
          addRule(routes, target, rule, true);
        }
      }
    }
    Map<String, Route> seen = new HashMap<>();
    for (Route route : routes) {
      Route other = seen.putIfAbsent(route.httpMethod() + " " + route.template(), route);
      if (other != null) {
        throw new IllegalArgumentException("google.api.http: " + route.httpMethod() + " " + route.template()
            + " is the route of both " + other.target().method().getFullName() + " and "
            + route.target().method().getFullName() + "; give one of them another path");
      }
    }
    // Most specific first, so /v1/books:search wins over /v1/books/{id}; the order is stable for equal scores.
    routes.sort(Comparator.comparingInt((Route route) -> route.template().specificity()).reversed());
    return new HttpRoutes(List.copyOf(routes), Map.copyOf(byFullName));
  }

  private static HttpRule httpRule(Descriptors.MethodDescriptor method) {
    MethodOptions options = method.getOptions();
    if (options.hasExtension(AnnotationsProto.http)) {
      return options.getExtension(AnnotationsProto.http);
    }
    if (options.getUnknownFields().hasField(AnnotationsProto.HTTP_FIELD_NUMBER)) {
      try { // compiled without the extension registered: read it again with it
        MethodOptions parsed = MethodOptions.parseFrom(options.toByteString(), HTTP_EXTENSION);
        return parsed.getExtension(AnnotationsProto.http);
      } catch (InvalidProtocolBufferException e) {
        throw new IllegalArgumentException(method.getFullName() + ": unreadable google.api.http option", e);
      }
    }
    return null;
  }

  private static void addRule(List<Route> routes, Target target, HttpRule rule, boolean topLevel) {
    String where = target.method().getFullName() + ": google.api.http ";
    String httpMethod;
    String path;
    switch (rule.getPatternCase()) {
      case GET -> { httpMethod = "GET"; path = rule.getGet(); }
      case PUT -> { httpMethod = "PUT"; path = rule.getPut(); }
      case POST -> { httpMethod = "POST"; path = rule.getPost(); }
      case DELETE -> { httpMethod = "DELETE"; path = rule.getDelete(); }
      case PATCH -> { httpMethod = "PATCH"; path = rule.getPatch(); }
      case CUSTOM -> { httpMethod = rule.getCustom().getKind().toUpperCase(java.util.Locale.ROOT);
        path = rule.getCustom().getPath(); }
      default -> throw new IllegalArgumentException(where + "rule has no HTTP method and path");
    }
    PathTemplate template;
    try {
      template = PathTemplate.parse(path);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + e.getMessage(), e);
    }
    Descriptors.Descriptor input = target.method().getInputType();
    for (String fieldPath : template.fieldPaths()) {
      FieldDescriptor leaf = field(input, fieldPath, where + httpMethod + " " + path);
      if (leaf.isRepeated() || leaf.getJavaType() == FieldDescriptor.JavaType.MESSAGE
          && !leaf.getMessageType().getFullName().startsWith("google.protobuf.")) {
        throw new IllegalArgumentException(where + httpMethod + " " + path + ": the path variable " + fieldPath
            + " must be a singular scalar field of " + input.getFullName());
      }
    }
    String body = rule.getBody().isEmpty() ? null : rule.getBody();
    if (body != null && !body.equals("*")) {
      field(input, body, where + "body \"" + body + "\"");
    }
    String responseBody = rule.getResponseBody().isEmpty() ? null : rule.getResponseBody();
    if (responseBody != null) {
      FieldDescriptor field = field(target.method().getOutputType(), responseBody,
          where + "response_body \"" + responseBody + "\"");
      if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE || field.isRepeated()) {
        throw new IllegalArgumentException(where + "response_body \"" + responseBody
            + "\": only a singular message field can be the response body");
      }
    }
    if (target.serverStreaming() && responseBody != null) {
      throw new IllegalArgumentException(where + "response_body on a server-streaming method is not supported");
    }
    routes.add(new Route(httpMethod, template, target, body, responseBody));
    for (HttpRule additional : rule.getAdditionalBindingsList()) {
      if (!topLevel) {
        LOG.warning(where + "nested additional_bindings are ignored, as google.api.http specifies");
        continue;
      }
      addRule(routes, target, additional, false);
    }
  }

  /**
   * The field {@code path} (dotted proto names) names in {@code message}, every step before the last a singular
   * message; throws {@link IllegalArgumentException} starting with {@code where}.
   */
  static FieldDescriptor field(Descriptors.Descriptor message, String path, String where) {
    Descriptors.Descriptor current = message;
    FieldDescriptor field = null;
    for (String name : path.split("\\.", -1)) {
      if (field != null) {
        if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE || field.isRepeated()) {
          throw new IllegalArgumentException(where + ": " + field.getFullName()
              + " is not a singular message, so " + path + " cannot go into it");
        }
        current = field.getMessageType();
      }
      field = current.findFieldByName(name);
      if (field == null) {
        throw new IllegalArgumentException(where + ": " + current.getFullName() + " has no field " + name);
      }
    }
    return field;
  }

  /** The first route (most specific first) for {@code httpMethod} whose template matches {@code rawPath}. */
  Match match(String httpMethod, String rawPath) {
    for (Route route : routes) {
      if (route.httpMethod().equals(httpMethod)) {
        Map<String, String> variables = route.template().match(rawPath);
        if (variables != null) {
          return new Match(route, variables);
        }
      }
    }
    return null;
  }

  /** Whether some route of another HTTP method matches {@code rawPath}. */
  boolean matchesOtherMethod(String httpMethod, String rawPath) {
    for (Route route : routes) {
      if (!route.httpMethod().equals(httpMethod) && route.template().match(rawPath) != null) {
        return true;
      }
    }
    return false;
  }

  /** The method {@code package.Service/Method} names, for {@code POST /package.Service/Method}, or null. */
  Target method(String fullMethodName) {
    return byFullName.get(fullMethodName);
  }

  List<Route> routes() {
    return routes;
  }
}
