package realistic.identity.realm;

import io.jpaproto.ProtoExposed;
import io.jpaproto.ProtoMessage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A realm: an isolated space of users, clients, roles and groups, with its own login settings.
 */
@Entity
@ProtoMessage(name = "Realm")
@Table(name = "realm")
@NamedQuery(name = "getRealmByName", query = "select realm from RealmEntity realm where realm.name = :name")
public class RealmEntity {

  /** The realm id, a random UUID in its 36-character text form. */
  @Id
  @Column(name = "id", length = 36)
  protected String id;

  /** The unique name, part of every URL of the realm. */
  @Column(name = "name", unique = true, nullable = false)
  protected String name;

  @Column(name = "display_name")
  protected String displayName;

  /** Whether users can log in to the realm. */
  @Column(name = "enabled")
  protected boolean enabled;

  /** Which requests must use TLS. */
  @Enumerated(EnumType.STRING)
  @Column(name = "ssl_required", nullable = false, length = 16)
  protected SslRequired sslRequired = SslRequired.EXTERNAL;

  /** Whether the login page offers self-registration. */
  @Column(name = "registration_allowed")
  protected boolean registrationAllowed;

  /** Whether users may log in with their e-mail address instead of the user name. */
  @Column(name = "login_with_email_allowed")
  protected boolean loginWithEmailAllowed;

  /** How long an access token is valid, in seconds; a lifespan, not a secret. */
  @ProtoExposed
  @Column(name = "access_token_lifespan")
  protected int accessTokenLifespan;

  /** How long an idle single-sign-on session lives, in seconds. */
  @Column(name = "sso_idle_timeout")
  protected int ssoSessionIdleTimeout;

  /** The password rules, such as {@code length(8) and digits(1)}: a policy, not a secret. */
  @ProtoExposed
  @Column(name = "password_policy", length = 2550)
  protected String passwordPolicy;

  /** Tokens issued before this time, in seconds since the epoch, are rejected; unset for none. */
  @Column(name = "not_before")
  protected Integer notBefore;

  /** The locales the login pages are translated to. */
  @ElementCollection
  @Column(name = "value")
  @CollectionTable(name = "realm_supported_locales", joinColumns = {@JoinColumn(name = "realm_id")})
  protected Set<String> supportedLocales = new HashSet<>();

  /** Free-form settings of the realm, by name. */
  @ElementCollection(fetch = FetchType.LAZY)
  @MapKeyColumn(name = "name")
  @Column(name = "value", length = 4000)
  @CollectionTable(name = "realm_attribute", joinColumns = {@JoinColumn(name = "realm_id")})
  protected Map<String, String> attributes = new HashMap<>();

  /** When the realm was created. */
  @Column(name = "created_at", nullable = false)
  protected Instant createdAt;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public SslRequired getSslRequired() {
    return sslRequired;
  }

  public void setSslRequired(SslRequired sslRequired) {
    this.sslRequired = sslRequired;
  }

  public boolean isRegistrationAllowed() {
    return registrationAllowed;
  }

  public void setRegistrationAllowed(boolean registrationAllowed) {
    this.registrationAllowed = registrationAllowed;
  }

  public boolean isLoginWithEmailAllowed() {
    return loginWithEmailAllowed;
  }

  public void setLoginWithEmailAllowed(boolean loginWithEmailAllowed) {
    this.loginWithEmailAllowed = loginWithEmailAllowed;
  }

  public int getAccessTokenLifespan() {
    return accessTokenLifespan;
  }

  public void setAccessTokenLifespan(int accessTokenLifespan) {
    this.accessTokenLifespan = accessTokenLifespan;
  }

  public int getSsoSessionIdleTimeout() {
    return ssoSessionIdleTimeout;
  }

  public void setSsoSessionIdleTimeout(int ssoSessionIdleTimeout) {
    this.ssoSessionIdleTimeout = ssoSessionIdleTimeout;
  }

  public String getPasswordPolicy() {
    return passwordPolicy;
  }

  public void setPasswordPolicy(String passwordPolicy) {
    this.passwordPolicy = passwordPolicy;
  }

  public Integer getNotBefore() {
    return notBefore;
  }

  public void setNotBefore(Integer notBefore) {
    this.notBefore = notBefore;
  }

  public Set<String> getSupportedLocales() {
    return supportedLocales;
  }

  public void setSupportedLocales(Set<String> supportedLocales) {
    this.supportedLocales = supportedLocales;
  }

  public Map<String, String> getAttributes() {
    return attributes;
  }

  public void setAttributes(Map<String, String> attributes) {
    this.attributes = attributes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
