package org.headshots.application.selfie;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.headshots.application.ConsentService;
import org.headshots.application.EmbeddingBytes;
import org.headshots.application.erasure.PhotoEraser;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.selfie.FaceMeasure;
import org.headshots.domain.selfie.PhotoMeasurements;
import org.headshots.domain.selfie.PhotoStore;
import org.headshots.domain.selfie.QualityGate;
import org.headshots.domain.selfie.Reason;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.SelfieRepository;
import org.headshots.domain.selfie.StoredPhoto;

/** An employee's selfies: upload with an instant verdict, list, delete, thumbnails; every access audited. */
@Stateless
public class SelfieService {

    private static final java.time.format.DateTimeFormatter UPLOADED =
            java.time.format.DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    @Inject
    jakarta.enterprise.event.Event<SelfiesChanged> changed;

    @Inject
    org.headshots.application.settings.SettingsService organisations;

    @Inject
    SelfieRepository selfies;

    @Inject
    PhotoStore store;

    @Inject
    PhotoEraser photos;

    @Inject
    AuditTrail audit;

    @Inject
    SelfieSettings settings;

    @Inject
    SeatReadiness readiness;

    @Inject
    ConsentService consent;

    @Inject
    Clock clock;

    /**
     * Refuses an upload before it is checked: the person has not consented, or the file is too large or no photo
     * we take. Nothing is decoded or stored.
     *
     * @throws UnreadablePhotoException when the bytes are not a photo we take
     * @throws PhotoTooLargeException when the file is over the size limit
     * @throws org.headshots.application.ConsentRequiredException when the person has not consented
     */
    public void requireUploadable(Username owner, byte[] bytes) throws UnreadablePhotoException {
        consent.requireConsent(owner);
        if (bytes.length > settings.maxBytes()) {
            throw new PhotoTooLargeException(bytes.length, settings.maxBytes());
        }
        PhotoType type = PhotoType.of(bytes)
                .orElseThrow(() -> new UnreadablePhotoException(
                        "The file is not a photo: upload a JPEG, PNG or WebP image", true));
        if (type == PhotoType.HEIC) {
            throw new UnreadablePhotoException(
                    "HEIC photos (the iPhone's default) cannot be read here: on the iPhone "
                            + "choose Settings > Camera > Formats > Most Compatible, or share the photo as JPEG, and upload "
                            + "that",
                    true);
        }
    }

    /**
     * Keeps one checked upload with the gate's verdict. A photo the gate rejects is kept too, so that the employee
     * sees it with its reasons and can delete or replace it.
     */
    public SelfieView keep(Username owner, Organisation organisation, AnalyzedUpload analyzed) {
        List<Selfie> mine = selfies.of(owner);
        List<QualityGate.AcceptedPhoto> accepted = mine.stream()
                .filter(Selfie::accepted)
                .map(s -> new QualityGate.AcceptedPhoto(
                        s.dhash(),
                        embedding(s),
                        "your photo of "
                                + s.uploadedAt()
                                        .atZoneSameInstant(clock.getZone())
                                        .format(UPLOADED)))
                .toList();
        PhotoMeasurements measured = analyzed.measurements();
        List<Reason> reasons = new QualityGate(settings.thresholds()).check(measured, accepted);
        StoredPhoto photo = store.put(analyzed.uprightJpeg());
        StoredPhoto thumbnail = store.put(analyzed.thumbnailJpeg());
        float[] embedding = measured.faces().isEmpty()
                ? new float[0]
                : measured.faces().get(0).embedding();
        Selfie selfie = selfies.store(new Selfie(
                owner,
                organisation,
                now(),
                reasons,
                metrics(measured, analyzed),
                measured.dhash(),
                embedding.length == 0 ? "" : store.seal(EmbeddingBytes.of(embedding)),
                measured.width(),
                measured.height(),
                photo,
                thumbnail));
        audit.record(AuditEvent.by(
                owner,
                AuditAction.SELFIE_UPLOADED,
                subject(selfie),
                selfie.verdict() + " "
                        + selfie.reasons().stream().map(r -> r.code().name()).toList(),
                selfie.organisation(),
                now()));
        readiness.update(owner, progress(owner));
        changed.fire(new SelfiesChanged(owner));
        return SelfieView.of(selfie);
    }

    public List<SelfieView> list(Username owner) {
        return selfies.of(owner).stream().map(SelfieView::of).toList();
    }

    /** A person's selfies with their verdicts and reasons, for an admin of their organisation (none of another). */
    public List<SelfieView> listForAdmin(Organisation organisation, Username person) {
        return selfies.of(person).stream()
                .filter(selfie -> selfie.belongsTo(organisation))
                .map(SelfieView::of)
                .toList();
    }

    /** How far the person's selfies are; the minimum is their organisation's (never below IT's). */
    public SelfieProgress progress(Username owner) {
        List<Selfie> mine = selfies.of(owner);
        int minimum = mine.isEmpty()
                ? settings.minimumAccepted()
                : Math.max(
                        settings.minimumAccepted(),
                        organisations.settings(mine.get(0).organisation()).minimumSelfies());
        return new SelfieProgress(
                (int) mine.stream().filter(Selfie::accepted).count(),
                mine.size(),
                minimum,
                Math.max(minimum, settings.recommendedAccepted()));
    }

    /** Deletes one of the owner's selfies, its files included; another person's is "not found". */
    public void delete(Username owner, long id) {
        Selfie selfie = own(owner, id);
        photos.erase(selfie);
        audit.record(
                AuditEvent.by(owner, AuditAction.SELFIE_DELETED, subject(selfie), "", selfie.organisation(), now()));
        readiness.update(owner, progress(owner));
    }

    /** Deletes all of a person's selfies (consent withdrawn, erasure on request). */
    public int deleteAll(Username owner, String why) {
        List<Selfie> all = selfies.of(owner);
        for (Selfie selfie : all) {
            photos.erase(selfie);
            audit.record(AuditEvent.by(
                    owner, AuditAction.SELFIE_DELETED, subject(selfie), why, selfie.organisation(), now()));
        }
        readiness.update(owner, progress(owner));
        return all.size();
    }

    /** Brings the person's seats in step with their selfies, as after an upload (an order just opened, say). */
    public void refreshSeats(Username owner) {
        readiness.update(owner, progress(owner));
    }

    /** {@link #refreshSeats} in a transaction of its own, once an upload has committed (see SeatReadinessRecheck). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void recheckSeats(Username owner) {
        refreshSeats(owner);
    }

    /** The owner's thumbnail of a selfie (JPEG). */
    public byte[] thumbnail(Username viewer, long id) {
        Selfie selfie = own(viewer, id);
        audit.record(AuditEvent.by(
                viewer, AuditAction.SELFIE_THUMBNAIL_VIEWED, subject(selfie), "", selfie.organisation(), now()));
        return store.get(selfie.thumbnailKey());
    }

    /** A thumbnail for an admin of the owner's organisation; any other selfie is "not found". */
    public byte[] thumbnailForAdmin(Username admin, Organisation organisation, long id) {
        Selfie selfie = selfies.find(id)
                .filter(s -> s.belongsTo(organisation))
                .orElseThrow(() -> new SelfieNotFoundException(id));
        audit.record(AuditEvent.by(
                admin,
                AuditAction.SELFIE_THUMBNAIL_VIEWED_BY_ADMIN,
                subject(selfie),
                "owner " + selfie.owner().value(),
                selfie.organisation(),
                now()));
        return store.get(selfie.thumbnailKey());
    }

    private Selfie own(Username owner, long id) {
        return selfies.find(id).filter(s -> s.ownedBy(owner)).orElseThrow(() -> new SelfieNotFoundException(id));
    }

    private float[] embedding(Selfie selfie) {
        if (selfie.embeddingCipher().isEmpty()) {
            return new float[0];
        }
        return EmbeddingBytes.floats(store.unseal(selfie.embeddingCipher()));
    }

    private static String metrics(PhotoMeasurements m, AnalyzedUpload analyzed) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("width", m.width())
                .add("height", m.height())
                .add("format", analyzed.format())
                .add("faces", m.faces().size())
                .add("faceSharpness", round(m.faceSharpness()))
                .add("faceBrightness", round(m.faceBrightness()))
                .add("colourfulness", round(m.colourfulness()))
                .add("hueSpread", round(m.hueSpread()))
                .add("toneResidual", round(m.toneResidual()))
                .add("nodeMillis", Math.round(analyzed.nodeWorkNanos() / 1e6));
        if (!m.faces().isEmpty()) {
            FaceMeasure face = m.faces().get(0);
            json.add("faceWidth", Math.round(face.width()))
                    .add("eyesOpen", round(Math.min(face.leftEyeOpen(), face.rightEyeOpen())))
                    .add("eyeAperture", round(Math.min(face.leftEyeAperture(), face.rightEyeAperture())))
                    .add("yaw", round(face.yaw()))
                    .add("pitch", round(face.pitch()))
                    .add("roll", round(face.roll()))
                    .add("faceLikeness", round(face.faceLikeness()));
        }
        return json.build().toString();
    }

    private static double round(float value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", value));
    }

    private static String subject(Selfie selfie) {
        return "selfie:" + selfie.id();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
