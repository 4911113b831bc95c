package realistic.identity.user;

import io.jpaproto.ProtoIgnore;
import io.jpaproto.ProtoMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The link between a user and their account at an external identity provider (a social login, another server).
 */
@Entity
@ProtoMessage(name = "FederatedIdentity")
@IdClass(FederatedIdentityEntity.Key.class)
@Table(name = "federated_identity")
public class FederatedIdentityEntity {

  /** The local user. */
  @Id
  @Column(name = "user_id", length = 36)
  protected String userId;

  /** The alias of the identity provider, such as {@code github}. */
  @Id
  @Column(name = "identity_provider")
  protected String identityProvider;

  /** The user's id at the provider. */
  @Column(name = "federated_user_id")
  protected String federatedUserId;

  /** The user's name at the provider. */
  @Column(name = "federated_username")
  protected String federatedUsername;

  /** The provider's tokens, stored for later calls to the provider. Never published. */
  @ProtoIgnore
  @Column(name = "token", length = 4000)
  protected String token;

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public String getIdentityProvider() {
    return identityProvider;
  }

  public void setIdentityProvider(String identityProvider) {
    this.identityProvider = identityProvider;
  }

  public String getFederatedUserId() {
    return federatedUserId;
  }

  public void setFederatedUserId(String federatedUserId) {
    this.federatedUserId = federatedUserId;
  }

  public String getFederatedUsername() {
    return federatedUsername;
  }

  public void setFederatedUsername(String federatedUsername) {
    this.federatedUsername = federatedUsername;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    protected String userId;
    protected String identityProvider;

    public Key() {
    }

    public Key(String userId, String identityProvider) {
      this.userId = userId;
      this.identityProvider = identityProvider;
    }

    public String getUserId() {
      return userId;
    }

    public String getIdentityProvider() {
      return identityProvider;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key && Objects.equals(userId, key.userId)
          && Objects.equals(identityProvider, key.identityProvider);
    }

    @Override
    public int hashCode() {
      return Objects.hash(userId, identityProvider);
    }
  }
}
