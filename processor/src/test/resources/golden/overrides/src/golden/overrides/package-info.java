/** Entities whose mapping is customised. */
@ProtoPackage(value = "acme.billing.v1", javaPackage = "com.acme.billing.api")
@ProtoTypeMapping(javaType = BigInteger.class, protoType = "string")
@ProtoTypeMapping(javaType = BigDecimal.class, protoType = "google.type.Decimal")
package golden.overrides;

import io.jpaproto.ProtoPackage;
import io.jpaproto.ProtoTypeMapping;
import java.math.BigDecimal;
import java.math.BigInteger;
