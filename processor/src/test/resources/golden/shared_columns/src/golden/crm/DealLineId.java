package golden.crm;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * The key of a line: the deal and the position.
 *
 * @param dealId the deal
 * @param position the line's position in the deal
 */
@Embeddable
public record DealLineId(Long dealId, int position) implements Serializable {
}
