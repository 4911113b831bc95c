package golden.hierarchy;

import golden.hierarchy.proto.ArticleState;
import javax.annotation.processing.Generated;

/**
 * Converts between {@link Article.State} and the proto enum {@link ArticleState}, by constant name.
 */
@Generated("io.jpaproto.processor.JpaProtoProcessor")
public final class ArticleStateProtoMapper {
  private ArticleStateProtoMapper() {
  }

  /**
   * Returns the proto value of a non-null constant.
   */
  public static ArticleState toProto(Article.State value) {
    return switch (value) {
      case DRAFT -> ArticleState.ARTICLE_STATE_DRAFT;
      case PUBLISHED -> ArticleState.ARTICLE_STATE_PUBLISHED;
      case ARCHIVED -> ArticleState.ARTICLE_STATE_ARCHIVED;
    };
  }

  /**
   * Returns the constant of a proto value, {@code null} for the {@code _UNSPECIFIED} value;
   * throws {@link IllegalArgumentException} naming {@code field} for an unknown number.
   */
  public static Article.State fromProto(ArticleState value, String field) {
    return switch (value) {
      case ARTICLE_STATE_UNSPECIFIED -> null;
      case ARTICLE_STATE_DRAFT -> Article.State.DRAFT;
      case ARTICLE_STATE_PUBLISHED -> Article.State.PUBLISHED;
      case ARTICLE_STATE_ARCHIVED -> Article.State.ARCHIVED;
      case UNRECOGNIZED -> throw new IllegalArgumentException(
          "field " + field + ": a ArticleState number this version does not know");
    };
  }
}
