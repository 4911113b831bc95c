package realistic.identity.realm;

/** Which requests of a realm must arrive over TLS. */
public enum SslRequired {
  /** Every request. */
  ALL,
  /** Requests from outside private address ranges. */
  EXTERNAL,
  NONE
}
