package ${package};

import ${package}.model.CustomerJpaService;
import ${package}.model.proto.CreateCustomerRequest;
import ${package}.model.proto.Customer;
import ${package}.model.proto.CustomerServiceGrpc;
import ${package}.model.proto.GetCustomerRequest;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Serves the generated {@code CustomerService} over the H2 database of {@code META-INF/persistence.xml}, on the
 * loopback address (bind another address, and add TLS and authentication, before serving anyone else).
 *
 * <pre>
 * mvn compile exec:java                          # serves on port 50051 until stopped
 * mvn compile exec:java -Dexec.args=9090         # another port
 * mvn compile exec:java -Dexec.args=self-test    # a free port, one call through a real channel, then stops
 * </pre>
 */
public final class Server {
  private Server() {
  }

  public static void main(String[] args) throws Exception {
    boolean selfTest = args.length > 0 && args[0].equals("self-test");
    int port = selfTest ? 0 : args.length > 0 ? Integer.parseInt(args[0]) : 50051;
    EntityManagerFactory database = Persistence.createEntityManagerFactory("app");
    io.grpc.Server server = NettyServerBuilder.forAddress(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), port), InsecureServerCredentials.create())
        .addService(new CustomerJpaService(database))
        .build()
        .start();
    System.out.println("CustomerService listening on port " + server.getPort());
    if (!selfTest) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.shutdown();
        database.close();
      }));
      server.awaitTermination();
      return;
    }
    ManagedChannel channel = Grpc.newChannelBuilderForAddress(
        InetAddress.getLoopbackAddress().getHostAddress(), server.getPort(), InsecureChannelCredentials.create())
        .build();
    try {
      var customers = CustomerServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
      Customer created = customers.createCustomer(CreateCustomerRequest.newBuilder()
          .setCustomer(Customer.newBuilder().setName("Ada Lovelace").setBalance("12.50"))
          .build()).getCustomer();
      Customer read = customers.getCustomer(GetCustomerRequest.newBuilder().setId(created.getId()).build())
          .getCustomer();
      if (!read.getName().equals("Ada Lovelace") || !read.getBalance().equals("12.50")) {
        throw new IllegalStateException("the server answered " + read);
      }
      System.out.println("self-test passed: created and read back customer " + read.getId());
    } finally {
      channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
      server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
      database.close();
    }
  }
}
