package io.jpaproto.grpc;

import com.google.protobuf.Message;
import java.util.List;

/**
 * One page of a list call.
 *
 * @param messages the page's entities as messages, in order
 * @param nextPageToken the token of the next page, empty after the last one
 * @param <M> the message type
 */
public record ListPage<M extends Message>(List<M> messages, String nextPageToken) {
}
