package golden.converters;

import jakarta.persistence.AttributeConverter;
import java.util.ArrayList;
import java.util.List;

/** A list of constants as comma-separated names; generic, so each enum has a subclass. */
public abstract class EnumListConverter<E extends Enum<E>> implements AttributeConverter<List<E>, String> {
  private final Class<E> type;

  protected EnumListConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(List<E> attribute) {
    return String.join(",", attribute.stream().map(Enum::name).toList());
  }

  @Override
  public List<E> convertToEntityAttribute(String dbData) {
    List<E> constants = new ArrayList<>();
    for (String name : dbData.isEmpty() ? new String[0] : dbData.split(",")) {
      constants.add(Enum.valueOf(type, name));
    }
    return constants;
  }
}
