package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.consent.Consent;
import org.headshots.domain.consent.ConsentRepository;
import org.headshots.domain.consent.ConsentText;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/** A person's consent to the use of their photos and face data: reading, accepting, withdrawing, checking. */
@Stateless
public class ConsentService {

    private static final Logger LOG = Logger.getLogger(ConsentService.class.getName());

    @Inject
    jakarta.enterprise.event.Event<MemberProgressed> progressed;

    @Inject
    ConsentRepository consents;

    @Inject
    ConsentTexts texts;

    @Inject
    @Any
    Instance<BiometricDataEraser> erasers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public ConsentStatus statusOf(Username person) {
        ConsentText current = texts.current();
        return covering(person, current)
                .map(consent -> ConsentStatus.accepted(current, consent))
                .orElseGet(() -> ConsentStatus.notAccepted(current));
    }

    /**
     * Records that the person accepted the text of {@code version}; accepting the text they already accepted
     * records nothing new.
     *
     * @throws org.headshots.domain.consent.ConsentVersionNotCurrentException when that is not the current text
     */
    public ConsentAcceptance accept(Username person, Organisation organisation, String version) {
        ConsentText current = texts.current();
        Optional<Consent> standing = covering(person, current);
        if (standing.isPresent() && current.isVersion(version)) {
            return new ConsentAcceptance(ConsentStatus.accepted(current, standing.get()), false);
        }
        Consent consent = new Consent(organisation, person, version, current, LocalDateTime.now(clock));
        consents.store(consent);
        audit.record(AuditEvent.by(
                person,
                AuditAction.CONSENT_ACCEPTED,
                "consent:" + person.value(),
                "version " + current.version(),
                organisation,
                OffsetDateTime.now(clock)));
        LOG.info(() -> person + " accepted consent version " + current.version());
        progressed.fire(new MemberProgressed(person));
        return new ConsentAcceptance(ConsentStatus.accepted(current, consent), true);
    }

    /**
     * Withdraws every standing consent of the person and has each {@link BiometricDataEraser} delete their
     * biometric data. Erasing runs even when nothing was standing, so asking again always deletes.
     */
    public ConsentStatus withdraw(Username person, Organisation organisation) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Consent> standing = consents.activeOf(person);
        for (Consent consent : standing) {
            consent.withdraw(now);
            consents.store(consent);
        }
        int erased = 0;
        for (BiometricDataEraser eraser : erasers) {
            eraser.eraseAllOf(person);
            erased++;
        }
        int ran = erased;
        audit.record(AuditEvent.by(
                person,
                AuditAction.CONSENT_WITHDRAWN,
                "consent:" + person.value(),
                ran + " biometric data erasers ran",
                organisation,
                OffsetDateTime.now(clock)));
        LOG.info(() -> person + " withdrew consent" + (standing.isEmpty() ? " (none was standing)" : "") + "; " + ran
                + " biometric data erasers ran");
        progressed.fire(new MemberProgressed(person));
        return ConsentStatus.notAccepted(texts.current());
    }

    /**
     * The guard for every use of a person's photos or face data, an upload first of all.
     *
     * @throws ConsentRequiredException when the person has not accepted the current text, or withdrew it
     */
    public void requireConsent(Username person) {
        ConsentText current = texts.current();
        if (covering(person, current).isEmpty()) {
            throw new ConsentRequiredException(person, current.version());
        }
    }

    private Optional<Consent> covering(Username person, ConsentText current) {
        return consents.activeOf(person).stream()
                .filter(consent -> consent.covers(current))
                .findFirst();
    }
}
