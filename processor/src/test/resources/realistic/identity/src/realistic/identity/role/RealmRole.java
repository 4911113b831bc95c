package realistic.identity.role;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A role of a whole realm, such as {@code offline_access}. */
@Entity
@DiscriminatorValue("REALM")
public class RealmRole extends RoleBase {

  /** Whether new users of the realm get this role. */
  boolean defaultRole;

  public boolean isDefaultRole() {
    return defaultRole;
  }

  public void setDefaultRole(boolean defaultRole) {
    this.defaultRole = defaultRole;
  }
}
