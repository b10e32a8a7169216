package org.headshots.node.infrastructure.tls;

import io.grpc.util.CertificateUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** A certificate and its private key, kept as PEM files: the certificate readable, the key PKCS#8, for its owner only. */
public record KeyAndCertificate(X509Certificate certificate, PrivateKey privateKey) {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    public static KeyAndCertificate read(Path certificateFile, Path keyFile) throws IOException {
        try (InputStream certificate = Files.newInputStream(certificateFile);
                InputStream key = Files.newInputStream(keyFile)) {
            X509Certificate[] chain = CertificateUtils.getX509Certificates(certificate);
            if (chain.length == 0) {
                throw new IOException(certificateFile + " holds no certificate");
            }
            return new KeyAndCertificate(chain[0], CertificateUtils.getPrivateKey(key));
        } catch (GeneralSecurityException e) {
            throw new IOException(certificateFile + " or " + keyFile + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes the key, then the certificate, each replacing its file at once, so a reader never sees half a file. */
    public void write(Path certificateFile, Path keyFile) throws IOException {
        replace(keyFile, pem("PRIVATE KEY", privateKey.getEncoded()), OWNER_ONLY);
        replace(certificateFile, certificatePem(), READABLE);
    }

    public String certificatePem() {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the certificate is valid now and still for {@code margin}. */
    public boolean validFor(Duration margin, Instant now) {
        return !certificate.getNotBefore().toInstant().isAfter(now)
                && certificate.getNotAfter().toInstant().isAfter(now.plus(margin));
    }

    /** Whether {@code authority} signed this certificate. */
    public boolean issuedBy(KeyAndCertificate authority) {
        try {
            certificate.verify(authority.certificate().getPublicKey());
            return certificate
                    .getIssuerX500Principal()
                    .equals(authority.certificate().getSubjectX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    private static void replace(Path file, String text, Set<PosixFilePermission> permissions) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp", attributes);
        try {
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            if (posix) {
                Files.setPosixFilePermissions(temporary, permissions);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
