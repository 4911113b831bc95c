package realistic.documents.common;

import jakarta.persistence.AttributeConverter;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a list of enum constants as their names, comma-separated, in one column. Generic: each enum gets a
 * subclass naming its class.
 *
 * @param <E> the enum
 */
public abstract class EnumListConverter<E extends Enum<E>> implements AttributeConverter<List<E>, String> {
  private final Class<E> type;

  protected EnumListConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(List<E> attribute) {
    if (attribute == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (E constant : attribute) {
      if (text.length() > 0) {
        text.append(',');
      }
      text.append(constant.name());
    }
    return text.toString();
  }

  @Override
  public List<E> convertToEntityAttribute(String dbData) {
    if (dbData == null) {
      return null;
    }
    List<E> constants = new ArrayList<>();
    if (!dbData.isEmpty()) {
      for (String name : dbData.split(",", -1)) {
        constants.add(Enum.valueOf(type, name));
      }
    }
    return constants;
  }
}
