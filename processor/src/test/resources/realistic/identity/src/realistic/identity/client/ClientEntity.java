package realistic.identity.client;

import io.jpaproto.ProtoIgnore;
import io.jpaproto.ProtoMessage;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import realistic.identity.realm.RealmEntity;

/**
 * An application that asks the identity server to authenticate users, or that calls it with its own credentials.
 *
 * <p>Mapped with property access: the persistence provider goes through the getters and setters below.
 */
@Entity
@ProtoMessage(name = "Client")
@Access(AccessType.PROPERTY)
@Table(name = "client", uniqueConstraints = {@UniqueConstraint(columnNames = {"realm_id", "client_id"})})
public class ClientEntity {

  private String id;
  private String clientId;
  private String name;
  private String description;
  private boolean enabled;
  private boolean publicClient;
  private ClientProtocol protocol;
  private String secret;
  private String registrationToken;
  private String rootUrl;
  private RealmEntity realm;
  private Set<String> redirectUris = new HashSet<>();
  private Set<String> webOrigins = new HashSet<>();
  private Map<String, String> attributes = new HashMap<>();
  private Instant createdAt;
  private long version;

  /** The internal id, a UUID in text form. */
  @Id
  @Column(name = "id", length = 36)
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** The OAuth {@code client_id} the application presents, unique within its realm. */
  @Column(name = "client_id", nullable = false)
  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  @Column(name = "name")
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** A description shown to administrators. */
  @Column(name = "description", length = 255)
  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  /** Whether the client may request tokens. */
  @Column(name = "enabled")
  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Whether the client cannot keep a secret (a browser or mobile application). */
  @Column(name = "public_client")
  public boolean isPublicClient() {
    return publicClient;
  }

  public void setPublicClient(boolean publicClient) {
    this.publicClient = publicClient;
  }

  /** The protocol of the client. */
  @Enumerated(EnumType.STRING)
  @Column(name = "protocol", nullable = false, length = 32)
  public ClientProtocol getProtocol() {
    return protocol;
  }

  public void setProtocol(ClientProtocol protocol) {
    this.protocol = protocol;
  }

  /** The client secret of a confidential client. Never published. */
  @ProtoIgnore
  @Column(name = "secret")
  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  /** The token that lets the client manage its own registration. Never published. */
  @ProtoIgnore
  @Column(name = "registration_token")
  public String getRegistrationToken() {
    return registrationToken;
  }

  public void setRegistrationToken(String registrationToken) {
    this.registrationToken = registrationToken;
  }

  @Column(name = "root_url")
  public String getRootUrl() {
    return rootUrl;
  }

  public void setRootUrl(String rootUrl) {
    this.rootUrl = rootUrl;
  }

  /** The realm the client belongs to. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "realm_id", nullable = false)
  public RealmEntity getRealm() {
    return realm;
  }

  public void setRealm(RealmEntity realm) {
    this.realm = realm;
  }

  /** The URIs the server may redirect to after login; a trailing {@code *} matches any suffix. */
  @ElementCollection
  @Column(name = "value")
  @CollectionTable(name = "redirect_uris", joinColumns = {@JoinColumn(name = "client_id")})
  public Set<String> getRedirectUris() {
    return redirectUris;
  }

  public void setRedirectUris(Set<String> redirectUris) {
    this.redirectUris = redirectUris;
  }

  @ElementCollection
  @Column(name = "value")
  @CollectionTable(name = "web_origins", joinColumns = {@JoinColumn(name = "client_id")})
  public Set<String> getWebOrigins() {
    return webOrigins;
  }

  public void setWebOrigins(Set<String> webOrigins) {
    this.webOrigins = webOrigins;
  }

  /** Protocol settings of the client, by name. */
  @ElementCollection
  @MapKeyColumn(name = "name")
  @Column(name = "value", length = 4000)
  @CollectionTable(name = "client_attributes", joinColumns = {@JoinColumn(name = "client_id")})
  public Map<String, String> getAttributes() {
    return attributes;
  }

  public void setAttributes(Map<String, String> attributes) {
    this.attributes = attributes;
  }

  /** When the client was registered. */
  @Column(name = "created_at", nullable = false)
  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  /** Optimistic-lock version. */
  @Version
  @Column(name = "version")
  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  /** Whether the client authenticates itself: derived, not persistent. */
  @Transient
  public boolean isConfidential() {
    return !publicClient;
  }

  /** The redirect URIs as one comma-separated line, for the admin console: derived, not persistent. */
  @Transient
  public String getRedirectUrisAsText() {
    return String.join(",", redirectUris);
  }
}
