package io.jpaproto.spring.boot;

import io.jpaproto.grpc.CallLimits;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code jpaproto.grpc.*} properties: the limits of every generated service, and per service (keyed by the
 * entity's simple name in kebab case: {@code book}, {@code order-line}) whether it is served and its own limits.
 * The global defaults are {@link CallLimits#DEFAULTS}, written out as literals so that the IDE metadata shows them.
 */
@ConfigurationProperties(prefix = JpaProtoGrpcProperties.PREFIX)
public class JpaProtoGrpcProperties {
  /** The properties' prefix. */
  public static final String PREFIX = "jpaproto.grpc";

  /** Whether the generated services are served at all. */
  private boolean enabled = true;

  /** The page size of a list request that asks for none. */
  private int defaultPageSize = 50;

  /** The largest page a list request gets; larger requests are capped. */
  private int maxPageSize = 1000;

  /** How many entities a stream call reads at a time, each batch in a transaction of its own. */
  private int streamBatchSize = 500;

  /** The longest a stream call may run before it ends with DEADLINE_EXCEEDED; 0 means no limit. */
  private Duration maxStreamDuration = Duration.ofMinutes(10);

  /** Per service, keyed by the entity's simple name in kebab case ("book", "order-line"). */
  private Map<String, Service> services = new LinkedHashMap<>();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public int getDefaultPageSize() {
    return defaultPageSize;
  }

  public void setDefaultPageSize(int defaultPageSize) {
    this.defaultPageSize = defaultPageSize;
  }

  public int getMaxPageSize() {
    return maxPageSize;
  }

  public void setMaxPageSize(int maxPageSize) {
    this.maxPageSize = maxPageSize;
  }

  public int getStreamBatchSize() {
    return streamBatchSize;
  }

  public void setStreamBatchSize(int streamBatchSize) {
    this.streamBatchSize = streamBatchSize;
  }

  public Duration getMaxStreamDuration() {
    return maxStreamDuration;
  }

  public void setMaxStreamDuration(Duration maxStreamDuration) {
    this.maxStreamDuration = maxStreamDuration;
  }

  public Map<String, Service> getServices() {
    return services;
  }

  public void setServices(Map<String, Service> services) {
    this.services = services;
  }

  /** The property key of an entity: its simple name in kebab case ({@code OrderLine} is {@code order-line}). */
  public static String keyOf(Class<?> entity) {
    String name = entity.getSimpleName();
    StringBuilder key = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
        key.append('-');
      }
      key.append(Character.toLowerCase(c));
    }
    return key.toString();
  }

  /** The settings of the service of {@code entity}; an empty one when the properties name none. */
  public Service service(Class<?> entity) {
    String wanted = normalized(keyOf(entity));
    for (Map.Entry<String, Service> service : services.entrySet()) {
      if (normalized(service.getKey()).equals(wanted)) {
        return service.getValue();
      }
    }
    return new Service();
  }

  /** The limits of the service of {@code entity}: its own where it sets them, the global ones otherwise. */
  public CallLimits limits(Class<?> entity) {
    Service service = service(entity);
    return new CallLimits(
        service.getDefaultPageSize() != null ? service.getDefaultPageSize() : defaultPageSize,
        service.getMaxPageSize() != null ? service.getMaxPageSize() : maxPageSize,
        service.getStreamBatchSize() != null ? service.getStreamBatchSize() : streamBatchSize,
        service.getMaxStreamDuration() != null ? service.getMaxStreamDuration() : maxStreamDuration);
  }

  private static String normalized(String key) {
    return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** One service's settings; a limit left unset is the global one. */
  public static class Service {
    /** Whether the generated service is served (a service bean of your own is served regardless). */
    private boolean enabled = true;

    /** This service's page size of a list request that asks for none. */
    private Integer defaultPageSize;

    /** This service's largest page. */
    private Integer maxPageSize;

    /** This service's stream batch size. */
    private Integer streamBatchSize;

    /** This service's longest stream; 0 means no limit. */
    private Duration maxStreamDuration;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Integer getDefaultPageSize() {
      return defaultPageSize;
    }

    public void setDefaultPageSize(Integer defaultPageSize) {
      this.defaultPageSize = defaultPageSize;
    }

    public Integer getMaxPageSize() {
      return maxPageSize;
    }

    public void setMaxPageSize(Integer maxPageSize) {
      this.maxPageSize = maxPageSize;
    }

    public Integer getStreamBatchSize() {
      return streamBatchSize;
    }

    public void setStreamBatchSize(Integer streamBatchSize) {
      this.streamBatchSize = streamBatchSize;
    }

    public Duration getMaxStreamDuration() {
      return maxStreamDuration;
    }

    public void setMaxStreamDuration(Duration maxStreamDuration) {
      this.maxStreamDuration = maxStreamDuration;
    }
  }
}
