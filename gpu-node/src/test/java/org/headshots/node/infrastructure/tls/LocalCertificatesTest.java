package org.headshots.node.infrastructure.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCertificatesTest {

    @TempDir
    Path folder;

    private final List<String> report = new ArrayList<>();

    private LocalCertificates at(Instant now) {
        return new LocalCertificates(folder, Clock.fixed(now, ZoneOffset.UTC), report::add);
    }

    @Test
    void issuesAnAuthorityANodeAndTheApplicationAsPemWithKeysForTheOwnerOnly() throws Exception {
        at(Instant.now()).ensureLocal(List.of("localhost", "127.0.0.1", "::1", "gpu1.corp"));

        KeyAndCertificate authority = read("ca");
        KeyAndCertificate node = read("node");
        KeyAndCertificate app = read("app");
        assertTrue(node.issuedBy(authority));
        assertTrue(app.issuedBy(authority));
        assertEquals(-1, node.certificate().getBasicConstraints());
        assertTrue(authority.certificate().getBasicConstraints() >= 0);
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), node.certificate().getExtendedKeyUsage());
        assertEquals(List.of("1.3.6.1.5.5.7.3.2"), app.certificate().getExtendedKeyUsage());
        assertEquals(
                List.of(
                        List.of(2, "localhost"),
                        List.of(7, "127.0.0.1"),
                        List.of(7, "0:0:0:0:0:0:0:1"),
                        List.of(2, "gpu1.corp")),
                List.copyOf(node.certificate().getSubjectAlternativeNames()));
        for (String key : List.of("ca.key", "node.key", "app.key")) {
            assertEquals(
                    "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(key))));
            assertTrue(Files.readString(folder.resolve(key)).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        }
        assertEquals(
                "rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("ca.pem"))));
    }

    @Test
    void keepsValidCertificatesAndIssuesAgainWhatIsDueOrLacksANewName() throws Exception {
        Instant now = Instant.now();
        at(now).ensureLocal(List.of("localhost"));
        X509Certificate node = read("node").certificate();
        X509Certificate app = read("app").certificate();

        report.clear();
        at(now.plus(Duration.ofDays(1))).ensureLocal(List.of("localhost"));
        assertEquals(node, read("node").certificate());
        assertTrue(report.stream().allMatch(line -> line.startsWith("kept")), report.toString());

        at(now.plus(Duration.ofDays(1))).ensureLocal(List.of("localhost", "gpu-host"));
        assertNotEquals(node, read("node").certificate());
        assertEquals(app, read("app").certificate());

        at(now.plus(LocalCertificates.VALIDITY).minus(Duration.ofDays(10))).ensureLocal(List.of("localhost"));
        assertNotEquals(app, read("app").certificate());
    }

    @Test
    void anExpiredAuthorityIsReplacedAndEverythingIssuedAgainUnderTheNewOne() throws Exception {
        Instant now = Instant.now();
        at(now).ensureLocal(List.of("localhost"));
        KeyAndCertificate oldAuthority = read("ca");

        at(now.plus(LocalCertificates.AUTHORITY_VALIDITY)).ensureLocal(List.of("localhost"));

        assertNotEquals(oldAuthority.certificate(), read("ca").certificate());
        assertTrue(read("node").issuedBy(read("ca")));
        assertFalse(read("node").issuedBy(oldAuthority));
    }

    @Test
    void issuesCertificatesForOtherNodesFromTheSameAuthority() throws Exception {
        at(Instant.now()).ensureLocal(List.of("localhost"));

        Path certificate = at(Instant.now()).issueNode(List.of("gpu2.corp", "10.0.0.12"));

        assertEquals(folder.resolve("nodes/gpu2.corp.pem"), certificate);
        KeyAndCertificate node = KeyAndCertificate.read(certificate, folder.resolve("nodes/gpu2.corp.key"));
        assertTrue(node.issuedBy(read("ca")));
        assertEquals(
                List.of(List.of(2, "gpu2.corp"), List.of(7, "10.0.0.12")),
                List.copyOf(node.certificate().getSubjectAlternativeNames()));
    }

    private KeyAndCertificate read(String name) throws Exception {
        return KeyAndCertificate.read(folder.resolve(name + ".pem"), folder.resolve(name + ".key"));
    }
}
