package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.sql.SQLException;
import java.util.SplittableRandom;
import javax.sql.rowset.serial.SerialBlob;
import org.junit.jupiter.api.Test;

class LobConversionsTest {

  @Test
  void blobsRoundTripTheirBytes() throws SQLException {
    SplittableRandom random = TestSupport.random();
    for (int i = 0; i < 500; i++) {
      byte[] bytes = new byte[random.nextInt(0, 300)];
      random.nextBytes(bytes);
      ByteString proto = LobConversions.fromBlob(new SerialBlob(bytes), "image");
      assertEquals(ByteString.copyFrom(bytes), proto, at(i, bytes.length));
      Blob back = LobConversions.toBlob(proto, "image");
      assertEquals(bytes.length, back.length());
      assertEquals(proto, LobConversions.fromBlob(back, "image"));
    }
  }

  @Test
  void clobsAndNclobsRoundTripTheirText() throws SQLException {
    for (String text : new String[] {"", "a", "Grüße \uD83D\uDE00 \u0000 end", "x".repeat(10_000)}) {
      Clob clob = LobConversions.toClob(text, "notes");
      assertEquals(text, LobConversions.fromClob(clob, "notes"));
      NClob nclob = LobConversions.toNClob(text, "notes");
      assertTrue(nclob instanceof NClob);
      assertEquals(text, LobConversions.fromNClob(nclob, "notes"));
    }
  }

  @Test
  void anUnreadableBlobNamesTheFieldAndTheTransactionFix() throws SQLException {
    SerialBlob freed = new SerialBlob(new byte[] {1, 2, 3});
    freed.free();
    assertThrowsWith(IllegalStateException.class, () -> LobConversions.fromBlob(freed, "image"),
        "field image", "inside the transaction");
  }

  @Test
  void nullsAreRefusedNamingTheField() {
    assertThrowsWith(NullPointerException.class, () -> LobConversions.fromBlob(null, "image"), "field image");
    assertThrowsWith(NullPointerException.class, () -> LobConversions.toClob(null, "notes"), "field notes");
  }
}
