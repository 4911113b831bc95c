package golden.converters;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every way a JPA attribute converter reaches an attribute. */
@Entity
public class Note {
  @Id Long id;

  /** A JSON document: the proto type is the converter's database side, a string. */
  @Convert(converter = JsonConverter.class)
  Object body;

  /** Auto-applied: SkuConverter has autoApply = true. */
  Sku sku;

  /** A list in one column, through a generic converter's subclass. */
  @Convert(converter = TagListConverter.class)
  List<Tag> tags;

  /** Auto-applied to the elements. */
  @ElementCollection
  Set<Sku> related;

  /** The key auto-applied, the value named with attributeName = "value". */
  @ElementCollection
  @MapKeyColumn(name = "sku")
  @Convert(attributeName = "value", converter = JsonConverter.class)
  Map<Sku, Object> details;

  /** Auto-applied YesNoConverter: a Boolean stored as "Y"/"N" travels as that text. */
  Boolean archived;

  /** The same type with conversion turned off: a bool. */
  @Convert(disableConversion = true)
  Boolean pinned;

  /** A converter whose entity side is a supertype of the attribute's: its results are cast back. */
  @Column(length = 200)
  @Convert(converter = TrimmedTextConverter.class)
  String title;
}
