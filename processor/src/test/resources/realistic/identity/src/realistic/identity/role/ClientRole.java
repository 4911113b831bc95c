package realistic.identity.role;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import realistic.identity.client.ClientEntity;

/**
 * A role defined by one client, such as {@code manage-account} of the account console.
 */
@Entity
@DiscriminatorValue("CLIENT")
public class ClientRole extends RoleBase {

  /** The client that defines the role. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "client")
  ClientEntity client;

  public ClientEntity getClient() {
    return client;
  }

  public void setClient(ClientEntity client) {
    this.client = client;
  }
}
