package realistic.identity.user;

import io.jpaproto.ProtoExposed;
import io.jpaproto.ProtoIgnore;
import io.jpaproto.ProtoMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A credential of a user: a password, an OTP generator, a security key. What proves the credential stays inside the
 * server; only its description is published.
 */
@Entity
@ProtoMessage(name = "Credential")
@Table(name = "credential")
public class CredentialEntity {

  /** The credential id, a UUID in text form. */
  @Id
  @Column(name = "id", length = 36)
  protected String id;

  /** The kind of credential. */
  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 32)
  protected CredentialType type;

  /** A label the user chose, such as "work phone". */
  @Column(name = "user_label")
  protected String userLabel;

  /** The user that owns the credential. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  protected UserEntity user;

  /** When the credential was created. */
  @Column(name = "created_date", nullable = false)
  protected Instant createdDate;

  /** The JSON the secret is stored with: the hash value and its parameters. Never published. */
  @ProtoIgnore
  @Lob
  @Column(name = "secret_data")
  protected String secretData;

  /**
   * Public parameters of the credential as JSON, such as the number of OTP digits or the hashing algorithm's name.
   */
  @ProtoExposed
  @Lob
  @Column(name = "credential_data")
  protected String credentialData;

  /** The salt of a legacy password hash. Never published. */
  @ProtoIgnore
  @Column(name = "salt")
  protected byte[] salt;

  /** The hash of a legacy password. Never published. */
  @ProtoIgnore
  @Column(name = "password_hash", length = 512)
  protected String passwordHash;

  /** The iteration count of a legacy password hash: a work factor, not a secret. */
  @ProtoExposed
  @Column(name = "hash_iterations")
  protected int hashIterations;

  /** The hashing algorithm of a legacy password, such as {@code pbkdf2-sha256}. */
  @Column(name = "algorithm", length = 36)
  protected String algorithm;

  /** Lower values are offered first when the user can choose. */
  @Column(name = "priority")
  protected int priority;

  @Version
  @Column(name = "version")
  protected Integer version;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CredentialType getType() {
    return type;
  }

  public void setType(CredentialType type) {
    this.type = type;
  }

  public String getUserLabel() {
    return userLabel;
  }

  public void setUserLabel(String userLabel) {
    this.userLabel = userLabel;
  }

  public UserEntity getUser() {
    return user;
  }

  public void setUser(UserEntity user) {
    this.user = user;
  }

  public Instant getCreatedDate() {
    return createdDate;
  }

  public void setCreatedDate(Instant createdDate) {
    this.createdDate = createdDate;
  }

  public String getSecretData() {
    return secretData;
  }

  public void setSecretData(String secretData) {
    this.secretData = secretData;
  }

  public String getCredentialData() {
    return credentialData;
  }

  public void setCredentialData(String credentialData) {
    this.credentialData = credentialData;
  }

  public byte[] getSalt() {
    return salt;
  }

  public void setSalt(byte[] salt) {
    this.salt = salt;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public int getHashIterations() {
    return hashIterations;
  }

  public void setHashIterations(int hashIterations) {
    this.hashIterations = hashIterations;
  }

  public String getAlgorithm() {
    return algorithm;
  }

  public void setAlgorithm(String algorithm) {
    this.algorithm = algorithm;
  }

  public int getPriority() {
    return priority;
  }

  public void setPriority(int priority) {
    this.priority = priority;
  }

  public Integer getVersion() {
    return version;
  }
}
