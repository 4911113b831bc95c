package realistic.identity.client;

/** The protocol a client speaks with the identity server. */
public enum ClientProtocol {
  OPENID_CONNECT,
  SAML
}
