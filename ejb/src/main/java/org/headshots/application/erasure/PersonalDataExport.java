package org.headshots.application.erasure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.headshots.application.EmbeddingBytes;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.consent.Consent;
import org.headshots.domain.consent.ConsentRepository;
import org.headshots.domain.headshot.Favourite;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.identity.IdentityProfile;
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
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.run.HeadshotRunRepository;
import org.headshots.domain.selfie.PhotoStore;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.SelfieRepository;

/**
 * Everything the application keeps of a person, for them to download: their selfies and headshots as files, and
 * the rest (seats, consents, sign-ins, mails, runs, face data, and who did what with their photos) as one JSON
 * document. Read in one transaction and audited before anything is sent; the photos are read while it streams.
 */
@Stateless
public class PersonalDataExport {

    /** What the organisation's admins did with the photos of the person's orders as a whole. */
    private static final Set<String> TEAM_ACTIONS = Set.of(
            AuditAction.TEAM_PHOTOS_DOWNLOADED.name(),
            AuditAction.ROSTER_EXPORTED.name(),
            AuditAction.PROFILE_TEMPLATE_APPLIED.name());

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
    PhotoStore store;

    @Inject
    Clock clock;

    public PersonalDataZip prepare(Username person, Organisation organisation) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, String> files = new LinkedHashMap<>();
        List<Selfie> theirSelfies = selfies.of(person);
        List<Headshot> theirHeadshots = headshots.ranked(person);
        theirSelfies.forEach(selfie -> files.put(PersonalDataZip.selfieFile(selfie.id()), selfie.photoKey()));
        theirHeadshots.forEach(headshot -> files.put(PersonalDataZip.headshotFile(headshot.id()), headshot.photoKey()));
        List<Seat> seats = orders.seatsOf(person);
        JsonObject document = Json.createObjectBuilder()
                .add("person", person.value())
                .add("organisation", organisation.alias())
                .add("exportedAt", now.toString())
                .add("orders", seats(seats))
                .add("consents", consents(consents.allOf(person)))
                .add("signIns", signIns(signIns.of(person)))
                .add("mails", mails(mails.to(person)))
                .add("selfies", selfies(theirSelfies))
                .add("faceProfile", faceProfile(identities.of(person).orElse(null)))
                .add("runs", runs(runs.of(person)))
                .add("headshots", headshots(theirHeadshots, headshots.favouritesOf(person)))
                .add("activity", activity(person, theirSelfies, theirHeadshots, seats))
                .build();
        audit.record(AuditEvent.by(
                person,
                AuditAction.PERSONAL_DATA_EXPORTED,
                "person:" + person.value(),
                theirSelfies.size() + " selfies, " + theirHeadshots.size() + " headshots",
                organisation,
                now));
        return new PersonalDataZip(person, now, document, files, store);
    }

    private static JsonArrayBuilder seats(List<Seat> seats) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Seat seat : seats) {
            Order order = seat.order();
            array.add(Json.createObjectBuilder()
                    .add("orderId", order.id().value())
                    .add("orderName", order.name().value())
                    .add("deadline", order.deadline().toString())
                    .add("orderStatus", order.status().name())
                    .add("name", seat.displayName())
                    .add("email", seat.email())
                    .add("department", seat.department().map(d -> d.name()).orElse(""))
                    .add("title", seat.title())
                    .add("state", seat.state().name())
                    .add("since", seat.statusSince().toString()));
        }
        return array;
    }

    private static JsonArrayBuilder consents(List<Consent> consents) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Consent consent : consents) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("textVersion", consent.version())
                    .add("acceptedAt", consent.acceptedAt().toString());
            consent.withdrawnAt().ifPresent(at -> json.add("withdrawnAt", at.toString()));
            array.add(json);
        }
        return array;
    }

    private static JsonArrayBuilder signIns(List<SignIn> signIns) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (SignIn signIn : signIns) {
            array.add(Json.createObjectBuilder()
                    .add("organisation", signIn.organisation().alias())
                    .add("first", signIn.first().toString())
                    .add("last", signIn.last().toString())
                    .add("times", signIn.count()));
        }
        return array;
    }

    private static JsonArrayBuilder mails(List<MailDelivery> mails) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (MailDelivery mail : mails) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("orderId", mail.order().value())
                    .add("kind", mail.kind().name())
                    .add("to", mail.recipient())
                    .add("status", mail.status().name())
                    .add("queuedAt", mail.queuedAt().toString());
            mail.sentAt().ifPresent(at -> json.add("sentAt", at.toString()));
            array.add(json);
        }
        return array;
    }

    private JsonArrayBuilder selfies(List<Selfie> selfies) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Selfie selfie : selfies) {
            JsonArrayBuilder reasons = Json.createArrayBuilder();
            selfie.reasons().forEach(reason -> reasons.add(reason.message()));
            array.add(Json.createObjectBuilder()
                    .add("id", selfie.id())
                    .add("file", PersonalDataZip.selfieFile(selfie.id()))
                    .add("uploadedAt", selfie.uploadedAt().toString())
                    .add("verdict", selfie.verdict().name())
                    .add("reasons", reasons)
                    .add("width", selfie.width())
                    .add("height", selfie.height())
                    .add("sha256", selfie.photoSha256())
                    .add("faceEmbedding", embedding(selfie.embeddingCipher())));
        }
        return array;
    }

    private JsonObjectBuilder faceProfile(IdentityProfile profile) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (profile != null) {
            json.add("builtAt", profile.builtAt().toString())
                    .add("selfiesUsed", longs(profile.usedSelfies()))
                    .add("selfiesLeftOut", longs(profile.droppedSelfies()))
                    .add("embedding", embedding(profile.embeddingCipher()));
        }
        return json;
    }

    private JsonArrayBuilder embedding(String sealed) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        if (!sealed.isEmpty()) {
            for (float value : EmbeddingBytes.floats(store.unseal(sealed))) {
                array.add(value);
            }
        }
        return array;
    }

    private static JsonArrayBuilder longs(List<Long> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder runs(List<HeadshotRun> runs) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (HeadshotRun run : runs) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("run", run.number())
                    .add("orderId", run.order().value())
                    .add("status", run.status().name())
                    .add("styles", String.join(", ", run.styles()))
                    .add("queuedAt", run.queuedAt().toString());
            run.endedAt().ifPresent(at -> json.add("endedAt", at.toString()));
            run.reason().ifPresent(reason -> json.add("reason", reason));
            array.add(json);
        }
        return array;
    }

    private static JsonArrayBuilder headshots(List<Headshot> headshots, List<Favourite> favourites) {
        Set<Long> chosen = favourites.stream().map(Favourite::headshotId).collect(Collectors.toSet());
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Headshot headshot : headshots) {
            array.add(Json.createObjectBuilder()
                    .add("id", headshot.id())
                    .add("file", PersonalDataZip.headshotFile(headshot.id()))
                    .add("run", headshot.run())
                    .add("style", headshot.style())
                    .add("madeAt", headshot.madeAt().toString())
                    .add("favourite", chosen.contains(headshot.id()))
                    .add("identitySimilarity", headshot.identitySimilarity())
                    .add("quality", headshot.quality()));
        }
        return array;
    }

    /**
     * Who did what with the person's data, oldest first: what names them, what was about their photos, and the
     * admins' downloads of their orders' photos as a whole.
     */
    private JsonArrayBuilder activity(
            Username person, List<Selfie> theirSelfies, List<Headshot> theirHeadshots, List<Seat> seats) {
        Set<String> subjects = new TreeSet<>();
        theirSelfies.forEach(selfie -> subjects.add("selfie:" + selfie.id()));
        theirHeadshots.forEach(headshot -> subjects.add("headshot:" + headshot.id()));
        List<AuditEvent> about = new ArrayList<>(audit.about(subjects));
        List<String> theirOrders =
                seats.stream().map(seat -> "order:" + seat.order().id().value()).toList();
        audit.about(theirOrders).stream()
                .filter(event -> TEAM_ACTIONS.contains(event.action()))
                .forEach(about::add);
        Map<Long, AuditEvent> events = new java.util.TreeMap<>();
        audit.naming(person).forEach(event -> events.put(event.id(), event));
        about.forEach(event -> events.put(event.id(), event));
        JsonArrayBuilder array = Json.createArrayBuilder();
        events.values().stream()
                .sorted(java.util.Comparator.comparing(AuditEvent::at).thenComparing(AuditEvent::id))
                .forEach(event -> array.add(Json.createObjectBuilder()
                        .add("at", event.at().toString())
                        .add("who", event.actor())
                        .add("action", event.action())
                        .add("what", event.subject())
                        .add("detail", event.detail())));
        return array;
    }
}
