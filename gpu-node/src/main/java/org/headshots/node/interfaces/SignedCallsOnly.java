package org.headshots.node.interfaces;

import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.health.v1.HealthGrpc;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.headshots.gpu.wire.CallSignature;
import org.headshots.gpu.wire.CallSignature.InvalidSignatureException;

/**
 * Refuses every call that is not signed with the shared secret (UNAUTHENTICATED), refuses a nonce
 * seen before, and proves the node's own knowledge of the secret in the response headers. The
 * standard health service stays open: it tells nothing but "serving" or not, and probes of
 * orchestrators carry no credentials.
 */
public final class SignedCallsOnly implements ServerInterceptor {

    private static final Logger LOG = Logger.getLogger(SignedCallsOnly.class.getName());

    private final CallSignature signature;
    private final Clock clock;
    private final Map<String, Instant> seenNonces = new ConcurrentHashMap<>();

    public SignedCallsOnly(CallSignature signature, Clock clock) {
        this.signature = signature;
        this.clock = clock;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String method = call.getMethodDescriptor().getFullMethodName();
        if (HealthGrpc.SERVICE_NAME.equals(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        Instant now = clock.instant();
        String nonce;
        try {
            nonce = signature.verify(headers.get(CallSignature.CLIENT_KEY), method, now);
            if (seenNonces.putIfAbsent(nonce, now) != null) {
                throw new InvalidSignatureException("the credentials were used before (a replayed call)");
            }
        } catch (InvalidSignatureException e) {
            LOG.warning(() -> "Refused " + method + ": " + e.getMessage());
            call.close(
                    Status.UNAUTHENTICATED.withDescription("this GPU node refuses the call: " + e.getMessage()),
                    new Metadata());
            return new ServerCall.Listener<>() {};
        }
        forgetOldNonces(now);
        String proof = signature.nodeProof(nonce);
        return next.startCall(
                new SimpleForwardingServerCall<>(call) {
                    @Override
                    public void sendHeaders(Metadata responseHeaders) {
                        responseHeaders.put(CallSignature.NODE_KEY, proof);
                        super.sendHeaders(responseHeaders);
                    }
                },
                headers);
    }

    private void forgetOldNonces(Instant now) {
        if (seenNonces.size() < 1024) {
            return;
        }
        Instant oldest = now.minus(CallSignature.MAX_SKEW.multipliedBy(2));
        seenNonces.values().removeIf(seen -> seen.isBefore(oldest));
    }
}
