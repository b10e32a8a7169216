package org.headshots.gpu.rar;

import io.grpc.Status;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Turns what gRPC reports into a reason people can read ("not reachable (connection refused)"). */
final class Problems {

    private Problems() {}

    /** Why a call to a node failed. {@code timeout} is the deadline the call had. */
    static String describe(Status status, Duration timeout) {
        String description =
                status.getDescription() == null ? "" : status.getDescription().strip();
        switch (status.getCode()) {
            case DEADLINE_EXCEEDED:
                return "no answer within " + format(timeout);
            case UNAVAILABLE: {
                String transport = transportProblem(status.getCause());
                if (transport != null) {
                    return "not reachable (" + transport + ")";
                }
                if (description.toLowerCase(Locale.ROOT).startsWith("the node ")) {
                    return "not available: " + description; // said by the node itself
                }
                return "not reachable" + (description.isEmpty() ? "" : " (" + shorten(description) + ")");
            }
            case FAILED_PRECONDITION:
                return description.isEmpty() ? "refused the request (failed precondition)" : description;
            case UNIMPLEMENTED:
                return "does not offer this call (a node of another version?)"
                        + (description.isEmpty() ? "" : ": " + shorten(description));
            case CANCELLED:
                return description.isEmpty() ? "the call was cancelled" : "cancelled: " + shorten(description);
            case RESOURCE_EXHAUSTED:
                return "overloaded" + (description.isEmpty() ? "" : ": " + shorten(description));
            case UNAUTHENTICATED:
            case PERMISSION_DENIED:
                return "refused access" + (description.isEmpty() ? "" : ": " + shorten(description));
            default:
                return status.getCode().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (description.isEmpty() ? "" : ": " + shorten(description));
        }
    }

    /** Why a connection could not be made, from the cause chain; null when it was not a connection problem. */
    static String transportProblem(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "unknown host" + (t.getMessage() == null ? "" : " " + firstWord(t.getMessage()));
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (t instanceof ConnectException) {
                if (message.contains("refused")) {
                    return "connection refused";
                }
                if (message.contains("timed out")) {
                    return "connection timed out";
                }
                if (message.contains("unreachable")) {
                    return "network unreachable";
                }
                return "cannot connect";
            }
            if (t instanceof SocketTimeoutException) {
                return "connection timed out";
            }
            if (t instanceof SSLException) {
                return "TLS handshake failed: " + tlsProblem(t);
            }
            if (message.contains("connection reset")) {
                return "connection reset";
            }
        }
        return null;
    }

    /** Which end refused the other's certificate, and why, from the handshake failure's cause chain. */
    private static String tlsProblem(Throwable handshake) {
        for (Throwable t = handshake; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("subject alternative name") || lower.contains("no name matching")) {
                return "the node's certificate does not name the address dialled (" + shorten(message) + ")";
            }
            if (t instanceof CertificateException || lower.contains("pkix path")) {
                return "the node's certificate is not issued by the trusted CA (" + shorten(message) + ")";
            }
            if (lower.contains("certificate_unknown")
                    || lower.contains("bad_certificate")
                    || lower.contains("unknown_ca")
                    || lower.contains("certificate_required")) {
                return "the node refused this server's certificate (" + shorten(message) + ")";
            }
            if (lower.contains("alert_internal_error")) {
                return "the node ended the handshake; does its client CA (--tls-client-ca) issue this server's"
                        + " certificate? (" + shorten(message) + ")";
            }
        }
        return shorten(String.valueOf(handshake.getMessage()));
    }

    /** "2 s", "500 ms", "1.5 s". */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return (millis / 1000) + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String firstWord(String text) {
        String trimmed = text.strip();
        int space = trimmed.indexOf(' ');
        String word = space < 0 ? trimmed : trimmed.substring(0, space);
        return "'" + word.replaceAll("[:,]$", "") + "'";
    }

    private static String shorten(String text) {
        String line = text.lines().findFirst().orElse(text);
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
