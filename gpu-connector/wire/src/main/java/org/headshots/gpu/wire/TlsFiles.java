package org.headshots.gpu.wire;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one end of a node link finds its TLS material, all PEM: its own certificate (chain), its
 * private key (PKCS#8, {@code BEGIN PRIVATE KEY}), and the certificate of the authority whose
 * certificates it accepts from the other end.
 */
public record TlsFiles(Path certificate, Path privateKey, Path trustedAuthority) {

    public TlsFiles {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(trustedAuthority, "trustedAuthority");
    }

    /**
     * The files named by three settings, empty when none is set (plaintext).
     *
     * @param names how the settings are called where people set them, in the same order, for the message
     * @throws IllegalArgumentException when some but not all are set
     */
    public static Optional<TlsFiles> of(
            String certificate, String privateKey, String trustedAuthority, String... names) {
        String[] values = {certificate, privateKey, trustedAuthority};
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].isBlank()) {
                missing.add(i < names.length ? names[i] : "setting " + (i + 1));
            }
        }
        if (missing.size() == values.length) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "TLS needs a certificate, its private key and the trusted authority's certificate: "
                            + String.join(", ", missing) + " not set");
        }
        return Optional.of(new TlsFiles(
                Path.of(certificate.strip()), Path.of(privateKey.strip()), Path.of(trustedAuthority.strip())));
    }

    @Override
    public String toString() {
        return "certificate " + certificate + ", key " + privateKey + ", trusted authority " + trustedAuthority;
    }
}
