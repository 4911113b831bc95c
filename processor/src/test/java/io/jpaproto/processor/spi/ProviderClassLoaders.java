package io.jpaproto.processor.spi;

import io.jpaproto.spi.TypeMappingProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds class loaders that see chosen {@link TypeMappingProvider}s through {@link java.util.ServiceLoader}, without a
 * {@code META-INF/services} file on the test class path (which would leak the providers into every other test).
 */
public final class ProviderClassLoaders {
  private ProviderClassLoaders() {
  }

  /**
   * A class loader over {@code root} whose {@code META-INF/services/io.jpaproto.spi.TypeMappingProvider} lists
   * {@code providerClassNames}; its parent is the test class loader, which defines the classes.
   */
  public static ClassLoader listing(Path root, String... providerClassNames) {
    try {
      Path services = root.resolve("META-INF/services/" + TypeMappingProvider.class.getName());
      Files.createDirectories(services.getParent());
      Files.writeString(services, String.join("\n", providerClassNames) + "\n", StandardCharsets.UTF_8);
      return new URLClassLoader(new URL[] {root.toUri().toURL()}, ProviderClassLoaders.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class loader that fails with {@code failure} as soon as anyone looks up a resource through it. */
  public static ClassLoader failingWith(RuntimeException failure) {
    return new ClassLoader(ProviderClassLoaders.class.getClassLoader()) {
      @Override
      public java.util.Enumeration<URL> getResources(String name) {
        throw failure;
      }

      @Override
      public URL getResource(String name) {
        throw failure;
      }
    };
  }
}
