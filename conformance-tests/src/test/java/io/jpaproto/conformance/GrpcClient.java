package io.jpaproto.conformance;

import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.google.protobuf.DynamicMessage;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ClientCalls;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Calls any RPC of a service knowing only its descriptor: requests and answers are {@link DynamicMessage}s, on the
 * wire exactly what a generated stub sends. Every call gets its own deadline.
 */
final class GrpcClient {
  private static final long DEADLINE_SECONDS = 60;

  private final Channel channel;
  private final ServiceDescriptor service;

  GrpcClient(Channel channel, ServiceDescriptor service) {
    this.channel = channel;
    this.service = service;
  }

  List<String> methodNames() {
    return service.getMethods().stream().map(MethodDescriptor::getName).toList();
  }

  MethodDescriptor method(String name) {
    MethodDescriptor method = service.findMethodByName(name);
    if (method == null) {
      throw new AssertionError(service.getFullName() + " has no RPC " + name + "; it has "
          + service.getMethods().stream().map(MethodDescriptor::getName).toList());
    }
    return method;
  }

  DynamicMessage unary(String rpc, DynamicMessage request) {
    return ClientCalls.blockingUnaryCall(channel, grpcMethod(method(rpc)), options(), request);
  }

  List<DynamicMessage> serverStream(String rpc, DynamicMessage request) {
    List<DynamicMessage> answers = new ArrayList<>();
    Iterator<DynamicMessage> stream = ClientCalls.blockingServerStreamingCall(channel, grpcMethod(method(rpc)),
        options(), request);
    stream.forEachRemaining(answers::add);
    return answers;
  }

  private static CallOptions options() {
    return CallOptions.DEFAULT.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
  }

  private io.grpc.MethodDescriptor<DynamicMessage, DynamicMessage> grpcMethod(MethodDescriptor method) {
    return io.grpc.MethodDescriptor.<DynamicMessage, DynamicMessage>newBuilder()
        .setType(method.isServerStreaming() ? io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING
            : io.grpc.MethodDescriptor.MethodType.UNARY)
        .setFullMethodName(io.grpc.MethodDescriptor.generateFullMethodName(service.getFullName(), method.getName()))
        .setRequestMarshaller(ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(method.getInputType())))
        .setResponseMarshaller(ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(method.getOutputType())))
        .build();
  }
}
