package org.headshots.gpu.wire;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.time.Clock;

/**
 * Signs every call with the shared secret and accepts a node's answer only when the node proves it
 * knows the secret too (see node.proto): a process that merely listens on a node's port gets nothing
 * it could use and gives nothing that would be believed.
 */
public final class SigningInterceptor implements ClientInterceptor {

    private final CallSignature signature;
    private final Clock clock;

    public SigningInterceptor(SharedSecret secret) {
        this(new CallSignature(secret), Clock.systemUTC());
    }

    public SigningInterceptor(CallSignature signature, Clock clock) {
        this.signature = signature;
        this.clock = clock;
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        CallSignature.ClientProof proof = signature.sign(method.getFullMethodName(), clock.instant());
        return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                headers.put(CallSignature.CLIENT_KEY, proof.header());
                ClientCall<Q, R> call = this;
                super.start(
                        new SimpleForwardingClientCallListener<>(listener) {
                            private volatile boolean impostor;

                            @Override
                            public void onHeaders(Metadata responseHeaders) {
                                if (!signature.isNodeProof(
                                        responseHeaders.get(CallSignature.NODE_KEY), proof.nonce())) {
                                    impostor = true;
                                    call.cancel("the node did not prove it knows the shared secret", null);
                                    return;
                                }
                                super.onHeaders(responseHeaders);
                            }

                            @Override
                            public void onMessage(R message) {
                                if (!impostor) {
                                    super.onMessage(message);
                                }
                            }

                            @Override
                            public void onClose(Status status, Metadata trailers) {
                                super.onClose(
                                        impostor
                                                ? Status.UNAUTHENTICATED.withDescription(
                                                        "the node did not prove it knows the shared secret (its secret differs, or it is "
                                                                + "not a Headshots node)")
                                                : status,
                                        trailers);
                            }
                        },
                        headers);
            }
        };
    }
}
