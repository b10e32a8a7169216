package org.headshots.application.join;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.application.OrderLookup;
import org.headshots.application.OrderService;
import org.headshots.application.Sha256;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.order.JoinLink;
import org.headshots.domain.order.JoinLinkClosedException;
import org.headshots.domain.order.JoinLinkRepository;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.people.MemberEnrolment;
import org.headshots.domain.people.NewMember;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.PersonElsewhereException;
import org.headshots.domain.people.Username;
import org.headshots.domain.selfie.PhotoStore;

/**
 * Join links: an org admin makes one for an order and shares it; a person with an address in one of the
 * organisation's e-mail domains joins the order with it, gets an account (Keycloak mails them how to confirm
 * the address and set a password) and a seat. Each link works until it expires, is used up or is revoked.
 */
@Stateless
public class JoinLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NOT_WORKING =
            "This join link does not work. Check that you copied all of it, or" + " ask your admin for a new one.";

    @Inject
    JoinLinkRepository links;

    @Inject
    OrderRepository orders;

    @Inject
    OrderService orderService;

    @Inject
    MemberEnrolment enrolment;

    @Inject
    PhotoStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "headshots.base-url")
    String baseUrl;

    /** A new link to one of the organisation's draft or open orders. */
    public JoinLinkView create(
            Organisation organisation, long orderId, Duration validFor, int maxUses, Username admin) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = OffsetDateTime.now(clock);
        JoinLink link = new JoinLink(
                order,
                hash(token),
                store.seal(token.getBytes(StandardCharsets.US_ASCII)),
                validFor,
                maxUses,
                admin,
                now);
        links.store(link);
        audit.record(AuditEvent.by(
                admin,
                AuditAction.JOIN_LINK_CREATED,
                "order:" + orderId,
                "for " + maxUses + " people until " + link.expiresAt().toLocalDate(),
                organisation,
                now));
        return view(link, now);
    }

    /** The links of one of the organisation's orders, newest first. */
    public List<JoinLinkView> of(Organisation organisation, long orderId) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return links.ofOrder(organisation, order.id()).stream()
                .map(link -> view(link, now))
                .toList();
    }

    /** Switches a link of one of the organisation's orders off; another's is not found. */
    public JoinLinkView revoke(Organisation organisation, long orderId, long linkId, Username admin) {
        Order order = OrderLookup.find(orders, organisation, orderId);
        JoinLink link = links.ofOrder(organisation, order.id()).stream()
                .filter(candidate -> candidate.id() == linkId)
                .findFirst()
                .orElseThrow(() -> new JoinLinkNotFoundException(linkId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        link.revoke(now);
        audit.record(AuditEvent.by(
                admin,
                AuditAction.JOIN_LINK_REVOKED,
                "order:" + orderId,
                "link " + linkId + " after " + link.uses() + " uses",
                organisation,
                now));
        return view(link, now);
    }

    /** What the join page shows for a working link; {@link JoinLinkClosedException} says why another does not work. */
    public JoinInvitation invitation(String token) {
        JoinLink link = working(token);
        Order order = orders.find(link.order()).orElseThrow(() -> new JoinLinkClosedException(NOT_WORKING));
        return new JoinInvitation(
                order.name().value(),
                link.organisation().alias(),
                enrolment.domains(link.organisation()),
                order.deadline());
    }

    /**
     * Joins the person to the link's order: an address in one of the organisation's domains gets an account
     * (or is found as a member already) and a seat.
     *
     * @return the address mailed, and whether the person was seated before (then nobody is mailed)
     */
    public Joined join(String token, NewMember person) {
        JoinLink link = working(token);
        List<String> domains = enrolment.domains(link.organisation());
        if (!domains.contains(person.domain())) {
            throw new JoinLinkClosedException(
                    "This link is for addresses at " + String.join(" or ", domains) + ". Use your work address.");
        }
        List<String> added;
        try {
            added = orderService.addPeople(
                    link.organisation(),
                    link.order().value(),
                    List.of(),
                    List.of(person),
                    new Username("join-link-" + link.id()));
        } catch (PersonElsewhereException e) {
            throw new JoinLinkClosedException("This address cannot join with this link. Ask your admin to add you.");
        }
        if (added.isEmpty()) {
            return new Joined(person.email(), true);
        }
        link.used(OffsetDateTime.now(clock));
        return new Joined(person.email(), false);
    }

    private JoinLink working(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            throw new JoinLinkClosedException(NOT_WORKING);
        }
        JoinLink link = links.byTokenHash(hash(token)).orElseThrow(() -> new JoinLinkClosedException(NOT_WORKING));
        link.closedBecause(OffsetDateTime.now(clock)).ifPresent(reason -> {
            throw new JoinLinkClosedException(reason);
        });
        return link;
    }

    private JoinLinkView view(JoinLink link, OffsetDateTime now) {
        String token = new String(store.unseal(link.tokenSealed()), StandardCharsets.US_ASCII);
        String status = link.revokedAt().isPresent()
                ? "REVOKED"
                : !now.isBefore(link.expiresAt()) ? "EXPIRED" : link.uses() >= link.maxUses() ? "USED_UP" : "ACTIVE";
        return new JoinLinkView(
                link.id(),
                baseUrl.replaceAll("/+$", "") + "/join.xhtml?token=" + token,
                link.createdAt(),
                link.createdBy().value(),
                link.expiresAt(),
                link.maxUses(),
                link.uses(),
                status);
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }
}
