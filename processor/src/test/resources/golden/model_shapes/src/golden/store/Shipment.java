package golden.store;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A parcel on its way. */
@Entity
public class Shipment {
  @EmbeddedId
  private Key id;

  private Instant shippedAt;

  public Key getId() {
    return id;
  }

  public void setId(Key id) {
    this.id = id;
  }

  public Instant getShippedAt() {
    return shippedAt;
  }

  public void setShippedAt(Instant shippedAt) {
    this.shippedAt = shippedAt;
  }

  /** The carrier and its tracking number together identify a shipment. */
  @Embeddable
  public static class Key {
    private String carrier;
    private long trackingNumber;

    public String getCarrier() {
      return carrier;
    }

    public void setCarrier(String carrier) {
      this.carrier = carrier;
    }

    public long getTrackingNumber() {
      return trackingNumber;
    }

    public void setTrackingNumber(long trackingNumber) {
      this.trackingNumber = trackingNumber;
    }
  }
}
