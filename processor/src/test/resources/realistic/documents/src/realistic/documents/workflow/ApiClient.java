package realistic.documents.workflow;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import realistic.documents.common.AccountId;
import realistic.documents.common.AccountIdConverter;
import realistic.documents.common.JsonConverter;

/** A machine client of the API, keyed by the UUID the application assigns. */
@Entity
@Table(name = "api_client")
public class ApiClient {
  @Id
  public UUID id;

  @Column(nullable = false, length = 100)
  public String label;

  /** What the client may do: a list of enum constants in one column, through a generic converter. */
  @Convert(converter = PermissionListConverter.class)
  @Column(length = 500)
  public List<Permission> permissions = new ArrayList<>();

  @Column(nullable = false)
  public AccountId owner;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object settings;

  @Lob
  @Column(name = "rate_limits")
  @Convert(converter = JsonConverter.class)
  public Object rateLimits;

  /** Account -> what it may do on the client's behalf; the key converter is named explicitly. */
  @ElementCollection
  @CollectionTable(name = "api_client_delegate", joinColumns = @JoinColumn(name = "client_id"))
  @MapKeyColumn(name = "account_id")
  @Column(name = "scope", length = 100)
  @Convert(attributeName = "key", converter = AccountIdConverter.class)
  public Map<AccountId, String> delegates = new LinkedHashMap<>();
}
