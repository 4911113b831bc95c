package realistic.documents.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import realistic.documents.common.JsonConverter;

/** A tile of a dashboard: its kind, and what it shows and how, as documents. */
@Embeddable
public class Widget {
  @Column(nullable = false, length = 40)
  public String kind;

  @Column(length = 8000)
  @Convert(converter = JsonConverter.class)
  public Object query;

  @Column(length = 8000)
  @Convert(converter = JsonConverter.class)
  public Object config;
}
