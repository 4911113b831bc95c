package realistic.documents.dashboard;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import realistic.documents.common.AccountId;
import realistic.documents.common.Audited;
import realistic.documents.common.JsonConverter;

/** A page of widgets over the submissions. */
@Entity
public class Dashboard extends Audited {
  @Column(nullable = false, length = 200)
  public String title;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object layout;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object filters;

  @Lob
  @Convert(converter = JsonConverter.class)
  public Object theme;

  @ElementCollection
  @CollectionTable(name = "dashboard_widget", joinColumns = @JoinColumn(name = "dashboard_id"))
  @OrderColumn(name = "position")
  public List<Widget> widgets = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "dashboard_share", joinColumns = @JoinColumn(name = "dashboard_id"))
  @OrderColumn(name = "position")
  @Column(name = "account_id")
  public List<AccountId> sharedWith = new ArrayList<>();
}
