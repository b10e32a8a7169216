package org.headshots.application.style;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A style an order may choose, with when its sample picture was made (none yet: it is being made). */
public record StyleOption(String style, Optional<OffsetDateTime> sampleMadeAt) {

    public boolean hasSample() {
        return sampleMadeAt.isPresent();
    }

    /** Changes whenever the sample is made again, so a browser does not show an old one. */
    public long sampleVersion() {
        return sampleMadeAt.map(made -> made.toInstant().toEpochMilli()).orElse(0L);
    }
}
