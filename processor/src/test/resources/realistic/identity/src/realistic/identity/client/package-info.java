/** OAuth 2.0 and SAML clients of a realm. */
@ProtoPackage(javaPackage = "realistic.identity.client.api")
package realistic.identity.client;

import io.jpaproto.ProtoPackage;
