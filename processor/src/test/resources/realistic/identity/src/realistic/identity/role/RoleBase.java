package realistic.identity.role;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import realistic.identity.realm.RealmEntity;

/**
 * A role users can be granted, either of a whole realm or of one client. All roles share one table, told apart by
 * the {@code role_kind} column.
 */
@Entity
@Table(name = "keycloak_role")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "role_kind", discriminatorType = DiscriminatorType.STRING, length = 8)
public abstract class RoleBase {

  /** The role id, a UUID in text form. */
  @Id
  @Column(name = "id", length = 36)
  protected String id;

  /** The role name, unique within its realm or client. */
  @Column(name = "name", nullable = false)
  protected String name;

  @Column(name = "description", length = 255)
  protected String description;

  /** The realm the role lives in. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "realm_id", nullable = false)
  protected RealmEntity realm;

  /** The roles a holder of this role also holds. */
  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(name = "composite_role", joinColumns = @JoinColumn(name = "composite"),
      inverseJoinColumns = @JoinColumn(name = "child_role"))
  protected Set<RoleBase> compositeRoles = new HashSet<>();

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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public RealmEntity getRealm() {
    return realm;
  }

  public void setRealm(RealmEntity realm) {
    this.realm = realm;
  }

  public Set<RoleBase> getCompositeRoles() {
    return compositeRoles;
  }

  public void setCompositeRoles(Set<RoleBase> compositeRoles) {
    this.compositeRoles = compositeRoles;
  }

  /** Whether this role is a composite of others. */
  public boolean isComposite() {
    return !compositeRoles.isEmpty();
  }
}
