package golden.crm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * The key of a note: the deal's id and a sequence number.
 *
 * @param dealId the deal
 * @param sequence the note's number within the deal
 */
@Embeddable
public record DealNoteId(@Column(name = "deal_id") Long dealId, int sequence) implements Serializable {
}
