package realistic.identity.user;

/** Something a user must do at the next login before getting tokens. */
public enum RequiredAction {
  VERIFY_EMAIL,
  UPDATE_PROFILE,
  CONFIGURE_TOTP,
  /** Choose a new password. */
  UPDATE_PASSWORD,
  TERMS_AND_CONDITIONS
}
