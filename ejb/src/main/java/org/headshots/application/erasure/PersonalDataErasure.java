package org.headshots.application.erasure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.headshots.application.MemberNotFoundException;
import org.headshots.application.OrderLookup;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.audit.Mention;
import org.headshots.domain.consent.Consent;
import org.headshots.domain.consent.ConsentRepository;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.identity.IdentityProfileRepository;
import org.headshots.domain.mail.MailDelivery;
import org.headshots.domain.mail.MailDeliveryRepository;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.SignIn;
import org.headshots.domain.people.SignInRepository;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.run.HeadshotRunRepository;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.SelfieRepository;

/**
 * Erases everything the application keeps of a person, on their own request or when their admin removes them:
 * selfies, headshots (the favourite too) and face data with their files, runs, seats, consents, sign-ins and
 * mails. The audit trail keeps what happened, under a random alias instead of their name. In one transaction:
 * a failure erases nothing, and the person can try again.
 */
@Stateless
public class PersonalDataErasure {

    @Inject
    SelfieRepository selfies;

    @Inject
    HeadshotRepository headshots;

    @Inject
    IdentityProfileRepository identities;

    @Inject
    HeadshotRunRepository runs;

    @Inject
    OrderRepository orders;

    @Inject
    ConsentRepository consents;

    @Inject
    SignInRepository signIns;

    @Inject
    MailDeliveryRepository mails;

    @Inject
    AuditTrail audit;

    @Inject
    PhotoEraser photos;

    @Inject
    Clock clock;

    /** The person asked for their own data to be erased. */
    public ErasedPerson eraseOwn(Username person, Organisation organisation) {
        ErasedPerson erased = erase(person, Optional.empty());
        audit.record(AuditEvent.bySystem(
                AuditAction.PERSONAL_DATA_ERASED,
                "person:" + erased.alias(),
                "at their own request: " + erased.describe(),
                organisation,
                OffsetDateTime.now(clock)));
        return erased;
    }

    /**
     * The admin removes a member of one of their organisation's orders and erases all their data; the orders
     * they had seats in leave them out from then on, so that no directory sync seats them again. A person
     * without a seat in that order is not found, whatever other organisation they belong to.
     */
    public ErasedPerson eraseMember(Organisation organisation, long orderId, String username, Username admin) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        Username person = memberOf(order, username);
        ErasedPerson erased = erase(person, Optional.of(organisation));
        audit.record(AuditEvent.by(
                admin,
                AuditAction.PERSONAL_DATA_ERASED,
                "person:" + erased.alias(),
                "removed from order " + orderId + " by their admin: " + erased.describe(),
                organisation,
                OffsetDateTime.now(clock)));
        return erased;
    }

    private Username memberOf(Order order, String username) {
        try {
            Username person = new Username(username);
            return orders.seat(order.id(), person)
                    .map(Seat::username)
                    .orElseThrow(() -> new MemberNotFoundException(order.id().value(), username));
        } catch (InvalidValueException notAName) {
            throw new MemberNotFoundException(order.id().value(), username);
        }
    }

    private ErasedPerson erase(Username person, Optional<Organisation> keptOutOf) {
        String alias = AuditAlias.fresh();
        int runsErased = 0;
        for (HeadshotRun run : runs.of(person)) {
            runs.remove(run);
            runsErased++;
        }
        headshots.favouritesOf(person).forEach(headshots::remove);
        int headshotsErased = 0;
        for (Headshot headshot : headshots.ranked(person)) {
            photos.erase(headshot);
            headshotsErased++;
        }
        int selfiesErased = 0;
        for (Selfie selfie : selfies.of(person)) {
            photos.erase(selfie);
            selfiesErased++;
        }
        int profiles = identities.of(person).isPresent() ? 1 : 0;
        identities.removeAllOf(person);
        int seats = forgetInOrders(person, keptOutOf);
        int consentsErased = 0;
        for (Consent consent : consents.allOf(person)) {
            consents.remove(consent);
            consentsErased++;
        }
        int signInsErased = 0;
        for (SignIn signIn : signIns.of(person)) {
            signIns.remove(signIn);
            signInsErased++;
        }
        int mailsErased = 0;
        for (MailDelivery mail : mails.to(person)) {
            mails.remove(mail);
            mailsErased++;
        }
        int events = 0;
        Mention mention = new Mention(person);
        for (AuditEvent event : audit.naming(person)) {
            event.pseudonymise(mention, alias);
            events++;
        }
        return new ErasedPerson(
                alias,
                selfiesErased,
                headshotsErased,
                profiles,
                runsErased,
                seats,
                consentsErased,
                signInsErased,
                mailsErased,
                events);
    }

    /**
     * Takes the person out of every order; the orders of {@code keptOutOf} they had seats in keep them out, by
     * name and nothing more.
     */
    private int forgetInOrders(Username person, Optional<Organisation> keptOutOf) {
        Set<Order> naming = new LinkedHashSet<>(orders.naming(person));
        Set<Order> leaveOut = new LinkedHashSet<>();
        List<Seat> seats = orders.seatsOf(person);
        for (Seat seat : seats) {
            naming.add(seat.order());
            if (keptOutOf.filter(seat.order().organisation()::equals).isPresent()) {
                leaveOut.add(seat.order());
            }
        }
        for (Order order : naming) {
            order.forget(person);
            if (leaveOut.contains(order)) {
                order.exclude(person);
            }
        }
        return seats.size();
    }
}
