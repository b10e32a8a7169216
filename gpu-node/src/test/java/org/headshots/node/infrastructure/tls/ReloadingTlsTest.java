package org.headshots.node.infrastructure.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.headshots.gpu.wire.ReloadingTls;
import org.headshots.gpu.wire.TlsFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wire module's reloading TLS, fed by the certificates this module issues. */
class ReloadingTlsTest {

    @TempDir
    Path folder;

    @TempDir
    Path other;

    private TlsFiles files() {
        return new TlsFiles(folder.resolve("node.pem"), folder.resolve("node.key"), folder.resolve("ca.pem"));
    }

    private void issue(Path where, String... names) throws Exception {
        new LocalCertificates(where, Clock.systemUTC(), line -> {}).ensureLocal(List.of(names));
    }

    @Test
    void waitsForMissingFilesSayingWhatIsMissingThenLoadsThem() throws Exception {
        try (ReloadingTls tls = ReloadingTls.watch(files(), Duration.ZERO)) {
            assertNull(tls.certificate());
            assertTrue(tls.problem().contains("node.pem"), tls.problem());

            issue(folder, "localhost");

            assertTrue(tls.check());
            assertNull(tls.problem());
            assertEquals(
                    "CN=localhost", tls.certificate().getSubjectX500Principal().getName());
            assertFalse(tls.check());
        }
    }

    @Test
    void keepsTheLastGoodCertificateWhenTheNewKeyDoesNotBelongToIt() throws Exception {
        issue(folder, "localhost");
        issue(other, "localhost");
        try (ReloadingTls tls = ReloadingTls.watch(files(), Duration.ZERO)) {
            X509Certificate good = tls.certificate();

            replace(other.resolve("node.key"), folder.resolve("node.key"));

            assertFalse(tls.check());
            assertTrue(tls.problem().contains("the private key does not belong to the certificate"), tls.problem());
            assertEquals(good, tls.certificate());

            replace(other.resolve("node.pem"), folder.resolve("node.pem"));

            assertTrue(tls.check());
            assertNull(tls.problem());
            assertEquals(
                    Files.readString(other.resolve("node.pem")),
                    KeyAndCertificate.read(folder.resolve("node.pem"), folder.resolve("node.key"))
                            .certificatePem());
        }
    }

    @Test
    void refusesAKeyThatIsNotPkcs8SayingHowToConvertIt() throws Exception {
        issue(folder, "localhost");
        Files.writeString(
                folder.resolve("node.key"), "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n");
        try (ReloadingTls tls = ReloadingTls.watch(files(), Duration.ZERO)) {
            assertNull(tls.certificate());
            assertTrue(tls.problem().contains("openssl pkcs8 -topk8 -nocrypt"), tls.problem());
        }
    }

    private static void replace(Path from, Path to) throws Exception {
        Path copy = Files.copy(from, to.resolveSibling(to.getFileName() + ".new"));
        Files.move(copy, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
