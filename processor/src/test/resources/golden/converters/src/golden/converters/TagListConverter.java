package golden.converters;

/** {@code List<Tag>} in one column. */
public class TagListConverter extends EnumListConverter<Tag> {
  public TagListConverter() {
    super(Tag.class);
  }
}
