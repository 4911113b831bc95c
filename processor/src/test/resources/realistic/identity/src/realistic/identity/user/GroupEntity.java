package realistic.identity.user;

import io.jpaproto.ProtoMessage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import realistic.identity.realm.RealmEntity;

/** A group of users; groups form a tree, and members inherit the roles of the group and its parents. */
@Entity
@ProtoMessage(name = "Group")
@Table(name = "keycloak_group")
public class GroupEntity {

  @Id
  @Column(name = "id")
  protected UUID id;

  /** The group name, unique among its siblings. */
  @Column(name = "name", nullable = false)
  protected String name;

  /** The parent group; unset for a top-level group. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_group")
  protected GroupEntity parent;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "realm_id", nullable = false)
  protected RealmEntity realm;

  /** The members; owned by {@link UserEntity#getGroups()}. */
  @ManyToMany(mappedBy = "groups")
  protected Set<UserEntity> members = new HashSet<>();

  /** Custom attributes of the group, by name. */
  @ElementCollection
  @MapKeyColumn(name = "name")
  @Column(name = "value")
  @CollectionTable(name = "group_attribute", joinColumns = {@JoinColumn(name = "group_id")})
  protected Map<String, String> attributes = new HashMap<>();

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public GroupEntity getParent() {
    return parent;
  }

  public void setParent(GroupEntity parent) {
    this.parent = parent;
  }

  public RealmEntity getRealm() {
    return realm;
  }

  public void setRealm(RealmEntity realm) {
    this.realm = realm;
  }

  public Set<UserEntity> getMembers() {
    return members;
  }

  public Map<String, String> getAttributes() {
    return attributes;
  }

  public void setAttributes(Map<String, String> attributes) {
    this.attributes = attributes;
  }
}
