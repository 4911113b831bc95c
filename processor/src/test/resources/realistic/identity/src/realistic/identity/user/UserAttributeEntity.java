package realistic.identity.user;

import io.jpaproto.ProtoMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One value of a custom user attribute; an attribute with several values has several rows.
 */
@Entity
@ProtoMessage(name = "UserAttribute")
@Table(name = "user_attribute")
public class UserAttributeEntity {

  @Id
  @Column(name = "id", length = 36)
  protected String id;

  /** The user the value belongs to. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id")
  protected UserEntity user;

  /** The attribute name, such as {@code phoneNumber}. */
  @Column(name = "name", nullable = false)
  protected String name;

  @Column(name = "value", length = 255)
  protected String value;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public UserEntity getUser() {
    return user;
  }

  public void setUser(UserEntity user) {
    this.user = user;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
