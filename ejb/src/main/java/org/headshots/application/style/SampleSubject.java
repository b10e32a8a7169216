package org.headshots.application.style;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The person every style's sample shows: the file IT names in {@code headshots.style-samples.subject}, or the
 * public-domain portrait shipped with the application (style-samples/PROVENANCE.md).
 */
@ApplicationScoped
public class SampleSubject {

    static final String SHIPPED = "/style-samples/subject.png";

    @Inject
    Config config;

    public byte[] photo() {
        Optional<String> configured = config.getOptionalValue("headshots.style-samples.subject", String.class);
        try {
            if (configured.isPresent()) {
                return Files.readAllBytes(Path.of(configured.get()));
            }
            try (InputStream shipped = SampleSubject.class.getResourceAsStream(SHIPPED)) {
                if (shipped == null) {
                    throw new IllegalStateException("The application lacks its sample subject " + SHIPPED);
                }
                return shipped.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The sample subject for the style samples cannot be read from " + configured.orElse(SHIPPED)
                            + " (headshots.style-samples.subject)",
                    e);
        }
    }
}
