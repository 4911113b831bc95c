package realistic.documents.workflow;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import realistic.documents.common.AccountId;
import realistic.documents.common.JsonConverter;

/** Who hears about what, and how. */
@Entity
@Table(name = "notification_rule")
public class NotificationRule {
  @Id
  @GeneratedValue
  public Long id;

  @Convert(converter = ChannelListConverter.class)
  @Column(nullable = false, length = 200)
  public List<Channel> channels = new ArrayList<>();

  /** Which events match, a JSON filter expression. */
  @Lob
  @Convert(converter = JsonConverter.class)
  public Object filter;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object template;

  @ElementCollection
  @CollectionTable(name = "notification_recipient", joinColumns = @JoinColumn(name = "rule_id"))
  @Column(name = "account_id")
  public Set<AccountId> recipients = new LinkedHashSet<>();
}
