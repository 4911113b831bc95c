package realistic.documents.workflow;

import jakarta.persistence.Converter;
import realistic.documents.common.EnumListConverter;

/** {@code List<Permission>} in one column. */
@Converter
public class PermissionListConverter extends EnumListConverter<Permission> {
  public PermissionListConverter() {
    super(Permission.class);
  }
}
