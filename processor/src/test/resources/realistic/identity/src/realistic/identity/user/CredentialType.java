package realistic.identity.user;

/** The kinds of credential a user can have. */
public enum CredentialType {
  /** A password, stored as a salted hash. */
  PASSWORD,
  /** A time-based one-time-password generator. */
  OTP,
  WEBAUTHN,
  WEBAUTHN_PASSWORDLESS,
  RECOVERY_CODES
}
