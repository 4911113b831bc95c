package realistic.documents.workflow;

import jakarta.persistence.Converter;
import realistic.documents.common.EnumListConverter;

/** {@code List<Channel>} in one column. */
@Converter
public class ChannelListConverter extends EnumListConverter<Channel> {
  public ChannelListConverter() {
    super(Channel.class);
  }
}
