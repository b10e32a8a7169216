package org.headshots.gpu.wire;

import io.grpc.ChannelCredentials;
import io.grpc.ServerCredentials;
import io.grpc.TlsChannelCredentials;
import io.grpc.TlsServerCredentials;
import io.grpc.util.AdvancedTlsX509KeyManager;
import io.grpc.util.AdvancedTlsX509TrustManager;
import io.grpc.util.AdvancedTlsX509TrustManager.Verification;
import io.grpc.util.CertificateUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The TLS of one end of node links, read from {@link TlsFiles} and read again when they change: a
 * check every interval compares the files' modification time, size and identity, and loads them
 * when one differs. New connections (and reconnections) use what was loaded last; open connections
 * keep what they began with. Files that cannot be read leave the last good material in place, and
 * {@link #problem()} says what is wrong until they can.
 *
 * <p>The node requires a client certificate issued by the trusted authority; the application
 * requires the node's certificate to be issued by it and to name the address it dials (subject
 * alternative names).
 */
public final class ReloadingTls implements AutoCloseable {

    /** How often the files are looked at, unless told otherwise. */
    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofSeconds(30);

    /** A certificate this close to its end is announced in the log at every load. */
    private static final Duration EXPIRY_WARNING = Duration.ofDays(14);

    private static final Logger LOG = Logger.getLogger(ReloadingTls.class.getName());

    private final TlsFiles files;
    private final Clock clock;
    private final AdvancedTlsX509KeyManager ownKey = new AdvancedTlsX509KeyManager();
    private final AdvancedTlsX509TrustManager clientChecks;
    private final AdvancedTlsX509TrustManager nodeChecks;
    private final ScheduledExecutorService checks;
    private List<Object> loadedStamps = List.of();
    private volatile X509Certificate certificate;
    private volatile String problem = "not loaded yet";

    private ReloadingTls(TlsFiles files, Clock clock, Duration interval) {
        this.files = files;
        this.clock = clock;
        try {
            clientChecks = AdvancedTlsX509TrustManager.newBuilder()
                    .setVerification(Verification.CERTIFICATE_ONLY_VERIFICATION)
                    .build();
            nodeChecks = AdvancedTlsX509TrustManager.newBuilder()
                    .setVerification(Verification.CERTIFICATE_AND_HOST_NAME_VERIFICATION)
                    .build();
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException("No X.509 trust manager in this JVM", e);
        }
        if (interval.isZero() || interval.isNegative()) {
            checks = null;
        } else {
            checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "headshots-tls-reload");
                thread.setDaemon(true);
                return thread;
            });
            checks.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Loads the files now and looks at them again every {@code interval} (zero: only when {@link #check()} is
     * called). Never throws for bad files: see {@link #problem()}.
     */
    public static ReloadingTls watch(TlsFiles files, Duration interval) {
        ReloadingTls tls = new ReloadingTls(files, Clock.systemUTC(), interval);
        tls.check();
        return tls;
    }

    /**
     * Loads the files when they changed since the last load (or the last failed attempt).
     *
     * @return true when new material was loaded
     */
    public synchronized boolean check() {
        List<Object> stamps;
        try {
            stamps = stamps();
        } catch (IOException e) {
            return failed("cannot read " + e.getMessage());
        }
        if (stamps.equals(loadedStamps)) {
            return false;
        }
        loadedStamps = stamps;
        try {
            X509Certificate[] chain = certificates(files.certificate());
            PrivateKey key = privateKey(files.privateKey());
            X509Certificate[] authorities = certificates(files.trustedAuthority());
            requireMatch(chain[0], key);
            ownKey.updateIdentityCredentials(chain, key);
            clientChecks.updateTrustCredentials(authorities);
            nodeChecks.updateTrustCredentials(authorities);
            boolean first = certificate == null;
            certificate = chain[0];
            problem = null;
            LOG.info(() -> "TLS " + (first ? "loaded" : "reloaded") + ": " + describe(chain[0]) + "; trusting "
                    + authorities[0].getSubjectX500Principal().getName() + " (" + files + ")");
            warnOfExpiry(chain[0], files.certificate());
            warnOfExpiry(authorities[0], files.trustedAuthority());
            return true;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return failed(e.getMessage());
        }
    }

    /** Why the files could not be loaded at the last check (the last good material stays in use), or null. */
    public String problem() {
        return problem;
    }

    /** The certificate this end shows, as loaded last; null before a first good load. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** For the node's server: TLS only, a client certificate from the trusted authority required. */
    public ServerCredentials serverCredentials() {
        return TlsServerCredentials.newBuilder()
                .keyManager(ownKey)
                .trustManager(clientChecks)
                .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE)
                .build();
    }

    /** For the application's channels: the node's certificate from the trusted authority, naming the node's address. */
    public ChannelCredentials channelCredentials() {
        return TlsChannelCredentials.newBuilder()
                .keyManager(ownKey)
                .trustManager(nodeChecks)
                .build();
    }

    public TlsFiles files() {
        return files;
    }

    @Override
    public void close() {
        if (checks != null) {
            checks.shutdownNow();
            try {
                if (!checks.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warning("The TLS reload checks did not stop within 5 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean failed(String why) {
        String message = "the TLS files cannot be used (" + files + "): " + why;
        if (!message.equals(problem)) {
            LOG.severe(() -> message + (certificate == null ? "" : "; the certificate loaded before stays in use"));
        }
        problem = message;
        return false;
    }

    /** What tells a changed file from the one loaded: its modification time, its size and its identity (inode). */
    private List<Object> stamps() throws IOException {
        List<Object> stamps = new ArrayList<>();
        for (Path file : List.of(files.certificate(), files.privateKey(), files.trustedAuthority())) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.add(attributes.lastModifiedTime());
                stamps.add(attributes.size());
                stamps.add(String.valueOf(attributes.fileKey()));
            } catch (IOException e) {
                throw new IOException(file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
            }
        }
        return stamps;
    }

    private static X509Certificate[] certificates(Path file) throws IOException, GeneralSecurityException {
        X509Certificate[] certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateUtils.getX509Certificates(in);
        }
        if (certificates.length == 0) {
            throw new GeneralSecurityException(file + " holds no PEM certificate");
        }
        return certificates;
    }

    private static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new GeneralSecurityException(file + " is not an unencrypted PKCS#8 PEM key (BEGIN PRIVATE KEY);"
                    + " convert it with: openssl pkcs8 -topk8 -nocrypt -in OLD -out NEW");
        }
        try (InputStream in = new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))) {
            return CertificateUtils.getPrivateKey(in);
        }
    }

    /** A key and certificate that do not belong together would fail every handshake: refuse them at load. */
    private static void requireMatch(X509Certificate certificate, PrivateKey key) throws GeneralSecurityException {
        String algorithm = switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new GeneralSecurityException("unsupported key type " + key.getAlgorithm());
        };
        byte[] probe = "headshots-key-check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(probe);
        byte[] signed = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(probe);
        if (!verifier.verify(signed)) {
            throw new GeneralSecurityException("the private key does not belong to the certificate");
        }
    }

    private void warnOfExpiry(X509Certificate certificate, Path file) {
        Instant end = certificate.getNotAfter().toInstant();
        Instant now = clock.instant();
        if (end.isBefore(now)) {
            LOG.severe(() -> "TLS certificate " + file + " expired on " + end + ": the other end refuses it");
        } else if (end.isBefore(now.plus(EXPIRY_WARNING))) {
            LOG.warning(() -> "TLS certificate " + file + " expires on " + end + ": issue a new one");
        }
    }

    private static String describe(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName() + ", valid until "
                + certificate.getNotAfter().toInstant();
    }
}
