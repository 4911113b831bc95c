package io.jpaproto.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which other origins may call the server from a browser (gRPC-Web and HTTP/JSON), and how: the answers to CORS
 * preflights and the {@code Access-Control-*} headers of responses. Immutable; each {@code with...} returns a copy.
 *
 * <pre>{@code
 * Cors.allowOrigins("https://app.example.com", "http://localhost:5173")
 *     .withAllowedHeaders("content-type", "x-grpc-web", "x-user-agent", "grpc-timeout", "authorization")
 *     .withMaxAge(Duration.ofHours(1))
 * }</pre>
 * A request from an origin not allowed gets no CORS headers (so the browser refuses it) and its preflight a 403.
 */
public final class Cors {
  /** The request headers gRPC-Web and connect-web clients send, plus {@code authorization}. */
  public static final List<String> DEFAULT_ALLOWED_HEADERS = List.of(
      "content-type", "x-grpc-web", "x-user-agent", "grpc-timeout", "authorization");
  /** The response headers a gRPC-Web client must read: the status of a call that failed before any message. */
  public static final List<String> EXPOSED_HEADERS = List.of("grpc-status", "grpc-message", "grpc-status-details-bin");
  private static final String METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

  private final Set<String> origins; // empty: any origin
  private final List<String> allowedHeaders;
  private final Duration maxAge;
  private final boolean credentials;

  private Cors(Set<String> origins, List<String> allowedHeaders, Duration maxAge, boolean credentials) {
    this.origins = origins;
    this.allowedHeaders = allowedHeaders;
    this.maxAge = maxAge;
    this.credentials = credentials;
  }

  /** Allows exactly these origins ({@code scheme://host[:port]}, as browsers send them in {@code Origin}). */
  public static Cors allowOrigins(String... origins) {
    if (origins.length == 0) {
      throw new IllegalArgumentException("name at least one origin, or use Cors.allowAnyOrigin()");
    }
    for (String origin : origins) {
      if (!origin.matches("https?://[^/\\s]+")) {
        throw new IllegalArgumentException("not an origin (scheme://host[:port], no path): " + origin);
      }
    }
    return new Cors(Set.of(origins), DEFAULT_ALLOWED_HEADERS, Duration.ofMinutes(10), false);
  }

  /** Allows every origin; only for APIs that hold nothing a foreign page should read with the user's cookies. */
  public static Cors allowAnyOrigin() {
    return new Cors(Set.of(), DEFAULT_ALLOWED_HEADERS, Duration.ofMinutes(10), false);
  }

  /** The request headers a cross-origin call may send; default {@link #DEFAULT_ALLOWED_HEADERS}. */
  public Cors withAllowedHeaders(String... headers) {
    return new Cors(origins, List.of(headers).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList(), maxAge,
        credentials);
  }

  /** How long a browser may cache a preflight's answer; default 10 minutes. */
  public Cors withMaxAge(Duration maxAge) {
    return new Cors(origins, allowedHeaders, Objects.requireNonNull(maxAge, "maxAge"), credentials);
  }

  /** Whether cross-origin calls may carry cookies; default false. Needs explicit origins. */
  public Cors withCredentials(boolean credentials) {
    if (credentials && origins.isEmpty()) {
      throw new IllegalArgumentException("credentials need explicit origins: use Cors.allowOrigins(...)");
    }
    return new Cors(origins, allowedHeaders, maxAge, credentials);
  }

  boolean allows(String origin) {
    return origins.isEmpty() || origins.contains(origin);
  }

  /**
   * Adds the CORS headers to {@code request}'s response when its origin is allowed; answers (and returns true for) a
   * preflight.
   */
  boolean handle(HttpServerRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      return false;
    }
    boolean preflight = request.method() == HttpMethod.OPTIONS
        && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    HttpServerResponse response = request.response();
    if (!allows(origin)) {
      if (preflight) {
        response.setStatusCode(403).end();
      }
      return preflight;
    }
    response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origins.isEmpty() && !credentials ? "*" : origin);
    response.putHeader(HttpHeaders.VARY, "Origin");
    if (credentials) {
      response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
    }
    if (!preflight) {
      response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(", ", EXPOSED_HEADERS));
      return false;
    }
    String requested = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
    if (requested != null) {
      Set<String> refused = List.of(requested.split(",")).stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
          .filter(h -> !h.isEmpty() && !allowedHeaders.contains(h)).collect(Collectors.toCollection(
              java.util.TreeSet::new));
      if (!refused.isEmpty()) {
        response.setStatusCode(403).end();
        return true;
      }
    }
    response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", allowedHeaders))
        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, Long.toString(maxAge.toSeconds()))
        .setStatusCode(204)
        .end();
    return true;
  }
}
