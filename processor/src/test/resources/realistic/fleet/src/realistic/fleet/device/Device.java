package realistic.fleet.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import realistic.fleet.site.Site;

/** A sensor in the field. Its lists are SQL arrays (Hibernate 6+ maps basic arrays natively), not join tables. */
@Entity
@Table(name = "device")
public class Device {
  @Id
  private UUID id;

  @Column(nullable = false, length = 64)
  private String serial;

  @ManyToOne
  private Site site;

  /** Free labels operators put on devices. */
  private String[] tags;

  /** Calibration offsets, one per channel. */
  private int[] calibration;

  /** Lifetime event counters, one per channel. */
  private Long[] counters;

  /** Devices this one relays for. */
  private UUID[] peers;

  @Enumerated(EnumType.STRING)
  private Capability[] capabilities;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial;
  }

  public Site getSite() {
    return site;
  }

  public void setSite(Site site) {
    this.site = site;
  }

  public String[] getTags() {
    return tags;
  }

  public void setTags(String[] tags) {
    this.tags = tags;
  }

  public int[] getCalibration() {
    return calibration;
  }

  public void setCalibration(int[] calibration) {
    this.calibration = calibration;
  }

  public Long[] getCounters() {
    return counters;
  }

  public void setCounters(Long[] counters) {
    this.counters = counters;
  }

  public UUID[] getPeers() {
    return peers;
  }

  public void setPeers(UUID[] peers) {
    this.peers = peers;
  }

  public Capability[] getCapabilities() {
    return capabilities;
  }

  public void setCapabilities(Capability[] capabilities) {
    this.capabilities = capabilities;
  }
}
