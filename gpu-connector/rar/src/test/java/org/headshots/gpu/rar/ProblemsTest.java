package org.headshots.gpu.rar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Status;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    @Test
    void describesWhatGrpcReportsForPeople() {
        assertEquals("no answer within 2 s", Problems.describe(Status.DEADLINE_EXCEEDED, TWO_SECONDS));
        assertEquals(
                "not reachable (connection refused)",
                Problems.describe(
                        Status.UNAVAILABLE.withCause(new ConnectException("Connection refused: localhost/127.0.0.1:1")),
                        TWO_SECONDS));
        assertEquals(
                "not reachable (unknown host 'gpu9')",
                Problems.describe(
                        Status.UNAVAILABLE.withCause(new UnknownHostException("gpu9: Name or service not known")),
                        TWO_SECONDS));
        assertEquals(
                "not available: the node is shutting down",
                Problems.describe(Status.UNAVAILABLE.withDescription("the node is shutting down"), TWO_SECONDS));
        assertEquals(
                "self-test model 'selftest' failed",
                Problems.describe(
                        Status.FAILED_PRECONDITION.withDescription("self-test model 'selftest' failed"), TWO_SECONDS));
        assertEquals(
                "does not offer this call (a node of another version?)",
                Problems.describe(Status.UNIMPLEMENTED, TWO_SECONDS));
        assertEquals("internal: boom", Problems.describe(Status.INTERNAL.withDescription("boom\nat x.y"), TWO_SECONDS));
    }

    @Test
    void saysWhichEndRefusedACertificate() {
        assertEquals(
                "not reachable (TLS handshake failed: the node's certificate does not name the address dialled"
                        + " (No subject alternative names matching IP address 10.0.0.9 found))",
                Problems.describe(
                        Status.UNAVAILABLE.withCause(new SSLHandshakeException("handshake")
                                .initCause(new CertificateException(
                                        "No subject alternative names matching IP address 10.0.0.9 found"))),
                        TWO_SECONDS));
        assertEquals(
                "not reachable (TLS handshake failed: the node refused this server's certificate"
                        + " (Received fatal alert: certificate_unknown))",
                Problems.describe(
                        Status.UNAVAILABLE.withCause(
                                new SSLHandshakeException("Received fatal alert: certificate_unknown")),
                        TWO_SECONDS));
    }

    @Test
    void formatsDurations() {
        assertEquals("2 s", Problems.format(Duration.ofSeconds(2)));
        assertEquals("500 ms", Problems.format(Duration.ofMillis(500)));
        assertEquals("1.5 s", Problems.format(Duration.ofMillis(1500)));
    }
}
