package realistic.identity.user;

import io.jpaproto.ProtoMessage;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.Set;
import realistic.identity.realm.RealmEntity;
import realistic.identity.role.RoleBase;

/**
 * A user of a realm: the person (or service account) that logs in.
 */
@Entity
@ProtoMessage(name = "User")
@Table(name = "user_entity", uniqueConstraints = {
    @UniqueConstraint(columnNames = {"realm_id", "username"}),
    @UniqueConstraint(columnNames = {"realm_id", "email"})})
public class UserEntity {

  /** The user id, a UUID in text form. */
  @Id
  @Column(name = "id", length = 36)
  protected String id;

  /** The login name, lower case, unique within the realm. */
  @Column(name = "username", nullable = false)
  protected String username;

  @Column(name = "first_name")
  protected String firstName;

  @Column(name = "last_name")
  protected String lastName;

  /** The e-mail address, if known. */
  @Column(name = "email")
  protected String email;

  /** Whether the user proved to own {@link #email}. */
  @Column(name = "email_verified")
  protected boolean emailVerified;

  /** Whether the user may log in. */
  @Column(name = "enabled")
  protected boolean enabled;

  /** The realm of the user. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "realm_id", nullable = false)
  protected RealmEntity realm;

  /** The id of the user federation provider that imported the user, if any. */
  @Column(name = "federation_link")
  protected String federationLink;

  /** When the user was created. */
  @Column(name = "created_timestamp")
  protected Instant createdTimestamp;

  /** What the user must do at the next login. */
  @ElementCollection
  @Enumerated(EnumType.STRING)
  @Column(name = "required_action", length = 32)
  @CollectionTable(name = "user_required_action", joinColumns = {@JoinColumn(name = "user_id")})
  protected Set<RequiredAction> requiredActions = new HashSet<>();

  /** The credentials of the user; owned by {@link CredentialEntity#getUser()}. */
  @OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "user")
  protected Collection<CredentialEntity> credentials = new ArrayList<>();

  /** The custom attributes of the user; owned by {@link UserAttributeEntity#getUser()}. */
  @OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "user")
  protected Collection<UserAttributeEntity> attributes = new LinkedList<>();

  /** The groups the user is a member of. */
  @ManyToMany
  @JoinTable(name = "user_group_membership", joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "group_id"))
  protected Set<GroupEntity> groups = new HashSet<>();

  /** The roles granted to the user directly, realm and client roles alike. */
  @ManyToMany
  @JoinTable(name = "user_role_mapping", joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "role_id"))
  protected Set<RoleBase> roles = new HashSet<>();

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.toLowerCase(java.util.Locale.ROOT);
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isEmailVerified() {
    return emailVerified;
  }

  public void setEmailVerified(boolean emailVerified) {
    this.emailVerified = emailVerified;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public RealmEntity getRealm() {
    return realm;
  }

  public void setRealm(RealmEntity realm) {
    this.realm = realm;
  }

  public String getFederationLink() {
    return federationLink;
  }

  public void setFederationLink(String federationLink) {
    this.federationLink = federationLink;
  }

  public Instant getCreatedTimestamp() {
    return createdTimestamp;
  }

  public void setCreatedTimestamp(Instant createdTimestamp) {
    this.createdTimestamp = createdTimestamp;
  }

  public Set<RequiredAction> getRequiredActions() {
    return requiredActions;
  }

  public void setRequiredActions(Set<RequiredAction> requiredActions) {
    this.requiredActions = requiredActions;
  }

  public Collection<CredentialEntity> getCredentials() {
    return credentials;
  }

  public void setCredentials(Collection<CredentialEntity> credentials) {
    this.credentials = credentials;
  }

  public Collection<UserAttributeEntity> getAttributes() {
    return attributes;
  }

  public void setAttributes(Collection<UserAttributeEntity> attributes) {
    this.attributes = attributes;
  }

  public Set<GroupEntity> getGroups() {
    return groups;
  }

  public void setGroups(Set<GroupEntity> groups) {
    this.groups = groups;
  }

  public Set<RoleBase> getRoles() {
    return roles;
  }

  public void setRoles(Set<RoleBase> roles) {
    this.roles = roles;
  }
}
