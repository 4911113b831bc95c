package io.jpaproto.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * vendor/google/type/*.proto, vendor/google/api/{annotations,http}.proto and vendor/buf/validate/validate.proto
 * (committed for buf, which cannot reach the BSR offline and needs the imports inside the git tree for
 * {@code buf breaking --against .git#...}) must be the files protoc and the Java classes were built from: the copies
 * inside the proto-google-common-protos and protovalidate jars on this class path.
 */
class VendoredProtosTest {
  /** The vendored folders, each with the jar that ships them. */
  private static final List<List<String>> FOLDERS = List.of(
      List.of("google/type", "proto-google-common-protos"),
      List.of("google/api", "proto-google-common-protos"),
      List.of("buf/validate", "protovalidate"));

  @Test
  void vendoredProtosMatchTheJarsTheBuildUses() throws IOException {
    for (List<String> folder : FOLDERS) {
      checkVendored(folder.get(0), folder.get(1));
    }
  }

  private void checkVendored(String folder, String jar) throws IOException {
    Path vendor = Path.of("vendor").resolve(folder);
    List<Path> files;
    try (Stream<Path> listing = Files.list(vendor)) {
      files = listing.filter(file -> file.toString().endsWith(".proto")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no protos in " + vendor.toAbsolutePath());
    for (Path file : files) {
      String resource = folder + "/" + file.getFileName();
      try (InputStream jarCopy = getClass().getClassLoader().getResourceAsStream(resource)) {
        assertNotNull(jarCopy, resource + " is not in " + jar + "; remove it from vendor/");
        assertEquals(new String(jarCopy.readAllBytes(), StandardCharsets.UTF_8), Files.readString(file),
            file + " differs from the jar's copy: refresh vendor/ from " + jar + " (see README.md)");
      }
    }
  }

  @Test
  void everyGoogleTypeApiAndValidateImportIsVendored() throws IOException {
    List<Path> protos;
    try (Stream<Path> walk = Files.walk(Path.of("src", "main", "proto"))) {
      protos = walk.filter(file -> file.toString().endsWith(".proto")).sorted().toList();
    }
    assertTrue(protos.size() >= 4, protos.toString());
    for (Path proto : protos) {
      for (String line : Files.readAllLines(proto)) {
        if (line.startsWith("import \"google/type/") || line.startsWith("import \"google/api/")
            || line.startsWith("import \"buf/validate/")) {
          String imported = line.substring("import \"".length(), line.lastIndexOf('"'));
          assertTrue(Files.exists(Path.of("vendor").resolve(imported)),
              proto + " imports " + imported + ", which vendor/ lacks");
        }
      }
    }
  }
}
