package realistic.fleet.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;

/** A firmware build devices download: the image and its notes are JDBC large objects, streamed by the driver. */
@Entity
@Table(name = "firmware_image")
public class FirmwareImage {
  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, length = 40)
  private String version;

  @Lob
  private Blob image;

  @Lob
  @Column(name = "release_notes")
  private Clob releaseNotes;

  @Lob
  @Column(name = "localized_notes")
  private NClob localizedNotes;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public Blob getImage() {
    return image;
  }

  public void setImage(Blob image) {
    this.image = image;
  }

  public Clob getReleaseNotes() {
    return releaseNotes;
  }

  public void setReleaseNotes(Clob releaseNotes) {
    this.releaseNotes = releaseNotes;
  }

  public NClob getLocalizedNotes() {
    return localizedNotes;
  }

  public void setLocalizedNotes(NClob localizedNotes) {
    this.localizedNotes = localizedNotes;
  }
}
