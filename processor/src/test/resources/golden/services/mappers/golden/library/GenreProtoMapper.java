package golden.library;

import javax.annotation.processing.Generated;

/**
 * Converts between {@link Genre} and the proto enum {@link golden.library.proto.Genre}, by constant name.
 */
@Generated("io.jpaproto.processor.JpaProtoProcessor")
public final class GenreProtoMapper {
  private GenreProtoMapper() {
  }

  /**
   * Returns the proto value of a non-null constant.
   */
  public static golden.library.proto.Genre toProto(Genre value) {
    return switch (value) {
      case NOVEL -> golden.library.proto.Genre.GENRE_NOVEL;
      case POETRY -> golden.library.proto.Genre.GENRE_POETRY;
      case ESSAY -> golden.library.proto.Genre.GENRE_ESSAY;
    };
  }

  /**
   * Returns the constant of a proto value, {@code null} for the {@code _UNSPECIFIED} value;
   * throws {@link IllegalArgumentException} naming {@code field} for an unknown number.
   */
  public static Genre fromProto(golden.library.proto.Genre value, String field) {
    return switch (value) {
      case GENRE_UNSPECIFIED -> null;
      case GENRE_NOVEL -> Genre.NOVEL;
      case GENRE_POETRY -> Genre.POETRY;
      case GENRE_ESSAY -> Genre.ESSAY;
      case UNRECOGNIZED -> throw new IllegalArgumentException(
          "field " + field + ": a Genre number this version does not know");
    };
  }
}
