package org.headshots.node.infrastructure.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateParsingException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The local certificate authority of a folder and the certificates it issues for the node links:
 * {@code ca.pem}/{@code ca.key}, the node on this machine {@code node.pem}/{@code node.key}, the
 * application {@code app.pem}/{@code app.key}, other nodes {@code nodes/HOST.pem}/{@code .key}.
 * Each is kept while it is valid for {@link #RENEW_BEFORE} more and was issued by the folder's
 * authority (and, for the node, names every address it should); otherwise it is issued again.
 */
public final class LocalCertificates {

    public static final Duration AUTHORITY_VALIDITY = Duration.ofDays(3650);
    public static final Duration VALIDITY = Duration.ofDays(397);
    public static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private static final String AUTHORITY_NAME = "Headshots local node-link CA";
    private static final String APPLICATION_NAME = "Headshots application";

    private final Path folder;
    private final Clock clock;
    private final Consumer<String> report;

    public LocalCertificates(Path folder, Clock clock, Consumer<String> report) {
        this.folder = folder;
        this.clock = clock;
        this.report = report;
    }

    /** The authority, a certificate for the node on this machine (its names: {@code nodeNames}) and the application's. */
    public void ensureLocal(List<String> nodeNames) throws IOException, GeneralSecurityException {
        CertificateAuthority authority = authority();
        ensure(
                "node",
                file("node.pem"),
                file("node.key"),
                authority,
                nodeNames,
                () -> authority.issueNode(nodeNames, VALIDITY));
        ensure(
                "application",
                file("app.pem"),
                file("app.key"),
                authority,
                List.of(),
                () -> authority.issueApplication(APPLICATION_NAME, VALIDITY));
    }

    /** A certificate for another node, named by {@code addresses}; returns its certificate file (the key beside it). */
    public Path issueNode(List<String> addresses) throws IOException, GeneralSecurityException {
        CertificateAuthority authority = authority();
        String name = addresses.get(0).replaceAll("[^A-Za-z0-9.-]", "_");
        Path certificate = file("nodes/" + name + ".pem");
        Path key = file("nodes/" + name + ".key");
        ensure(
                "node " + addresses.get(0),
                certificate,
                key,
                authority,
                addresses,
                () -> authority.issueNode(addresses, VALIDITY));
        return certificate;
    }

    public Path file(String name) {
        return folder.resolve(name);
    }

    private CertificateAuthority authority() throws IOException, GeneralSecurityException {
        Path certificate = file("ca.pem");
        Path key = file("ca.key");
        Optional<KeyAndCertificate> existing = existing(certificate, key);
        if (existing.isPresent() && existing.get().validFor(RENEW_BEFORE, clock.instant())) {
            return CertificateAuthority.of(existing.get(), clock);
        }
        CertificateAuthority authority = CertificateAuthority.create(AUTHORITY_NAME, AUTHORITY_VALIDITY, clock);
        authority.authority().write(certificate, key);
        report.accept("issued the certificate authority " + certificate + " (valid until "
                + authority.authority().certificate().getNotAfter().toInstant() + ")");
        return authority;
    }

    private void ensure(
            String what, Path certificate, Path key, CertificateAuthority authority, List<String> names, Issue issue)
            throws IOException, GeneralSecurityException {
        Optional<KeyAndCertificate> existing = existing(certificate, key);
        if (existing.isPresent()
                && existing.get().validFor(RENEW_BEFORE, clock.instant())
                && existing.get().issuedBy(authority.authority())
                && alternativeNames(existing.get())
                        .containsAll(names.stream()
                                .map(CertificateAuthority::canonical)
                                .toList())) {
            report.accept("kept the " + what + " certificate " + certificate + " (valid until "
                    + existing.get().certificate().getNotAfter().toInstant() + ")");
            return;
        }
        KeyAndCertificate issued = issue.issue();
        issued.write(certificate, key);
        report.accept("issued the " + what + " certificate " + certificate
                + (names.isEmpty() ? "" : " for " + String.join(", ", names)) + " (valid until "
                + issued.certificate().getNotAfter().toInstant() + ")");
    }

    private static Optional<KeyAndCertificate> existing(Path certificate, Path key) {
        if (!Files.isRegularFile(certificate) || !Files.isRegularFile(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(KeyAndCertificate.read(certificate, key));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The subject alternative names, {@linkplain CertificateAuthority#canonical(String) canonical}. */
    private static List<String> alternativeNames(KeyAndCertificate issued) throws CertificateParsingException {
        Collection<List<?>> names = issued.certificate().getSubjectAlternativeNames();
        List<String> result = new ArrayList<>();
        if (names != null) {
            names.forEach(name -> result.add(CertificateAuthority.canonical(String.valueOf(name.get(1)))));
        }
        return result;
    }

    @FunctionalInterface
    private interface Issue {
        KeyAndCertificate issue() throws GeneralSecurityException;
    }
}
