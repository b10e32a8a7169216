package org.headshots.interfaces.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.application.style.StyleSamples;

/**
 * Every half minute, has a node make the sample picture of each style that lacks one (a style new to the
 * fleet, or nodes with other model packs), so the order form shows the style pool as pictures. A round still
 * busy when the next is due lets it pass; a sample that fails is tried at the next round.
 */
@Singleton
@Startup
@DependsOn("headshots-ejb.jar#DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StyleSampleMaking {

    private static final Logger LOG = Logger.getLogger(StyleSampleMaking.class.getName());

    @Inject
    StyleSamples samples;

    @Inject
    ScheduledRounds rounds;

    @PostConstruct
    void schedule() {
        rounds.every("Making style samples", Duration.ofSeconds(30), Duration.ofMinutes(30), this::makeEachMissing);
    }

    private void makeEachMissing() {
        for (String style : samples.due()) {
            try {
                samples.make(style).ifPresent(made -> {
                    samples.keep(made);
                    LOG.info(() -> "Sample of style " + style + " made on "
                            + made.headshot().node());
                });
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "The sample of style " + style + " could not be made now; it is tried again in half a minute",
                        e);
            }
        }
    }
}
