package io.jpaproto.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster: {@code initdb} into a fresh temporary directory, {@code pg_ctl start} on a free
 * 127.0.0.1 port (its Unix socket in that directory too), and, on {@link #close()} or when the JVM exits, {@code pg_ctl
 * stop} and the directory removed. Trust authentication for the {@code postgres} user; nothing listens beyond the
 * loopback.
 *
 * <p>PostgreSQL refuses to run as root, so when the JVM runs as root the server's commands run as the unprivileged
 * user {@code postgres} ({@code runuser -u postgres --}), which then owns the directory.
 *
 * <p>The binaries are found in this order: the system property {@value #BIN_PROPERTY}, the environment variable
 * {@value #BIN_ENVIRONMENT}, the newest {@code /usr/lib/postgresql/<version>/bin} (Debian and Ubuntu), then
 * {@code initdb} on the {@code PATH}.
 */
public final class PostgresCluster implements AutoCloseable {
  /** A system property naming the directory of {@code initdb} and {@code pg_ctl}. */
  public static final String BIN_PROPERTY = "jpaproto.postgresql.bin";
  /** An environment variable naming the directory of {@code initdb} and {@code pg_ctl}. */
  public static final String BIN_ENVIRONMENT = "JPAPROTO_POSTGRESQL_BIN";
  /** The database superuser of the cluster (trust authentication, no password). */
  public static final String USER = "postgres";

  private static final Pattern VERSION_DIRECTORY = Pattern.compile("\\d+(\\.\\d+)?");
  private static final long COMMAND_SECONDS = 120;

  private static PostgresCluster shared;

  private final Path bin;
  private final Path directory;
  private final int port;
  private final boolean asPostgresUser;
  private final AtomicInteger databases = new AtomicInteger();
  private final Thread shutdownHook;
  private boolean stopped;

  private PostgresCluster(Path bin, Path directory, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.directory = directory;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
    this.shutdownHook = new Thread(this::stopQuietly, "jpaproto-postgresql-cleanup");
  }

  /**
   * The cluster this JVM shares between its tests, started on first use and removed when the JVM exits.
   *
   * @throws Unavailable when this machine has no PostgreSQL server binaries, or the cluster does not start
   */
  public static synchronized PostgresCluster shared() throws Unavailable {
    if (shared == null) {
      shared = start(List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off"));
    }
    return shared;
  }

  /**
   * Starts a new cluster with the server settings {@code settings} ({@code name=value}, as {@code postgres -c} takes
   * them) on a free loopback port.
   *
   * @throws Unavailable when this machine has no PostgreSQL server binaries, or the cluster does not start
   */
  public static PostgresCluster start(List<String> settings) throws Unavailable {
    Path bin = binDirectory().orElseThrow(() -> new Unavailable("no PostgreSQL server binaries (initdb, pg_ctl)"
        + " found: looked at -D" + BIN_PROPERTY + ", $" + BIN_ENVIRONMENT + ", /usr/lib/postgresql/*/bin and the"
        + " PATH. Install them (Debian/Ubuntu: apt-get install postgresql) or point " + BIN_PROPERTY + " at them."));
    boolean root = isRoot();
    Path directory = null;
    try {
      Path temp = Files.isWritable(Path.of("/tmp")) ? Path.of("/tmp") : Path.of(System.getProperty("java.io.tmpdir"));
      directory = Files.createTempDirectory(temp, "jpaproto-pg-");
      if (root) {
        UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService()
            .lookupPrincipalByName(USER);
        Files.setOwner(directory, postgres);
      }
      Path data = directory.resolve("data");
      PostgresCluster cluster = null;
      run(bin, root, directory, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust",
          "-U", USER, "-E", "UTF8", "--locale=C", "--no-sync"));
      IOException lastFailure = null;
      for (int attempt = 0; attempt < 3 && cluster == null; attempt++) {
        int port = freePort();
        StringBuilder options = new StringBuilder("-p " + port + " -k " + directory
            + " -c listen_addresses=127.0.0.1 -c max_connections=300");
        for (String setting : settings) {
          options.append(" -c ").append(setting);
        }
        try {
          run(bin, root, directory, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o",
              options.toString(), "-l", directory.resolve("log").toString(), "-w", "-t", "60", "start"));
          cluster = new PostgresCluster(bin, directory, port, root);
        } catch (IOException e) {
          lastFailure = e; // most likely another process took the port between the probe and the start
        }
      }
      if (cluster == null) {
        throw lastFailure;
      }
      Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
      return cluster;
    } catch (IOException | RuntimeException e) {
      String log = directory == null ? "" : tail(directory.resolve("log"));
      if (directory != null) {
        delete(directory);
      }
      throw new Unavailable("the PostgreSQL cluster did not start (binaries " + bin + "): " + e.getMessage()
          + (log.isEmpty() ? "" : "\nserver log:\n" + log), e);
    }
  }

  /** The port the server listens on, at 127.0.0.1. */
  public int port() {
    return port;
  }

  /** The JDBC URL of database {@code name} of this cluster. */
  public String jdbcUrl(String name) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
  }

  /**
   * Creates a new, empty database whose name starts with {@code prefix} (lowercased, anything but letters, digits
   * and {@code _} replaced) and answers its name.
   */
  public String createDatabase(String prefix) {
    String name = (prefix.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + databases.incrementAndGet());
    if (name.length() > 63) {
      name = name.substring(name.length() - 63);
    }
    if (!Character.isLetter(name.charAt(0))) {
      name = "d" + name.substring(1);
    }
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE \"" + name + "\"");
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
    }
    return name;
  }

  /** Stops the server and removes its directory. */
  @Override
  public synchronized void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException exiting) {
      // the JVM is already shutting down: the hook runs (or ran) anyway
    }
  }

  private synchronized void stopQuietly() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      run(bin, asPostgresUser, directory, List.of(bin.resolve("pg_ctl").toString(), "-D",
          directory.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
    } catch (IOException | RuntimeException e) {
      System.err.println("jpaproto: stopping the PostgreSQL cluster in " + directory + " failed: " + e.getMessage());
    }
    delete(directory);
  }

  /** The directory holding {@code initdb} and {@code pg_ctl}, if this machine has one. */
  public static Optional<Path> binDirectory() {
    List<Path> candidates = new ArrayList<>();
    String property = System.getProperty(BIN_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Optional.of(Path.of(property.trim())).filter(PostgresCluster::hasServerBinaries);
    }
    String environment = System.getenv(BIN_ENVIRONMENT);
    if (environment != null && !environment.isBlank()) {
      return Optional.of(Path.of(environment.trim())).filter(PostgresCluster::hasServerBinaries);
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        versions.filter(path -> VERSION_DIRECTORY.matcher(path.getFileName().toString()).matches())
            .sorted(Comparator.comparing(PostgresCluster::version).reversed())
            .map(path -> path.resolve("bin"))
            .forEach(candidates::add);
      } catch (IOException e) {
        // unreadable: fall through to the PATH
      }
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String entry : path.split(java.io.File.pathSeparator)) {
        if (!entry.isEmpty()) {
          candidates.add(Path.of(entry));
        }
      }
    }
    return candidates.stream().filter(PostgresCluster::hasServerBinaries).findFirst();
  }

  private static double version(Path directory) {
    return Double.parseDouble(directory.getFileName().toString());
  }

  private static boolean hasServerBinaries(Path directory) {
    return Files.isExecutable(directory.resolve("initdb")) && Files.isExecutable(directory.resolve("pg_ctl"));
  }

  private static boolean isRoot() {
    try {
      Process process = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
      String uid = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return process.waitFor() == 0 && uid.equals("0");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Runs {@code command} (as user postgres when {@code asPostgres}) in {@code directory}; fails on a non-zero exit. */
  private static void run(Path bin, boolean asPostgres, Path directory, List<String> command) throws IOException {
    List<String> full = new ArrayList<>();
    if (asPostgres) {
      full.addAll(List.of("runuser", "-u", USER, "--"));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C");
    Process process = builder.start();
    byte[] output;
    try {
      output = process.getInputStream().readAllBytes();
      if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", full) + " did not finish in " + COMMAND_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted running " + String.join(" ", full), e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(String.join(" ", full) + " exited with " + process.exitValue() + ": "
          + new String(output, StandardCharsets.UTF_8).strip());
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          // keep deleting the rest
        }
      });
    } catch (IOException e) {
      System.err.println("jpaproto: could not remove " + directory + ": " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    Matcher version = Pattern.compile("postgresql/([^/]+)/").matcher(bin.toString() + "/");
    return "PostgreSQL " + (version.find() ? version.group(1) + " " : "") + "at 127.0.0.1:" + port;
  }

  /** This machine cannot run a PostgreSQL cluster; the message says why and what to install. */
  public static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }

    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
