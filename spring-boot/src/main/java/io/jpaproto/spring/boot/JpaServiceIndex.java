package io.jpaproto.spring.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generated services the class path lists: the processor writes {@value #LOCATION} (one class name a line,
 * {@code #} starts a comment) beside the {@code <Entity>JpaService} classes of each compilation, so every jar or
 * class folder with generated services carries its own index. Reading it is one resource lookup, not a class path
 * scan.
 */
public final class JpaServiceIndex {
  /** Where the processor writes the index, in the class output. */
  public static final String LOCATION = "META-INF/jpaproto/services";

  private JpaServiceIndex() {
  }

  /**
   * The service class names of every index on {@code classLoader}'s class path, sorted, each once, and where each
   * was listed (for error messages).
   */
  public static Map<String, URL> read(ClassLoader classLoader) {
    Map<String, URL> services = new TreeMap<>();
    try {
      Enumeration<URL> indexes = classLoader.getResources(LOCATION);
      for (URL index : Collections.list(indexes)) {
        for (String name : lines(index)) {
          services.putIfAbsent(name, index);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the jpaproto service index " + LOCATION, e);
    }
    return services;
  }

  private static List<String> lines(URL index) throws IOException {
    List<String> names = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(index.openStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        int comment = line.indexOf('#');
        String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
