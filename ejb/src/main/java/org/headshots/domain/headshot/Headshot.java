package org.headshots.domain.headshot;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.PersonalData;
import org.headshots.domain.people.Username;
import org.headshots.domain.run.RunTimings;
import org.headshots.domain.selfie.StoredPhoto;

/**
 * One generated headshot: image {@code index} of a person's run in one style, stored encrypted, with
 * how much it looks like the person, how sharp it is and what else the eye sees in it ({@link HeadshotLooks}),
 * which together rank it. A run's (style, index) is stored once only.
 */
@Entity
@Table(name = "headshot")
public class Headshot extends PersonalData {

    @Id
    @SequenceGenerator(name = "headshot_seq", sequenceName = "headshot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "headshot_seq")
    private Long id;

    @Column(nullable = false)
    private int run;

    @Column(nullable = false, length = 64)
    private String style;

    @Column(name = "idx", nullable = false)
    private int index;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "photo_key", nullable = false, length = 100)
    private String photoKey;

    @Column(name = "photo_sha256", nullable = false, length = 64)
    private String photoSha256;

    @Column(name = "matte_key", length = 100)
    private String matteKey;

    @Column(name = "identity_similarity", nullable = false)
    private float identitySimilarity;

    @Column(nullable = false)
    private float quality;

    @Column(nullable = false)
    private int attempts = 1;

    @Column(nullable = false)
    private boolean upscaled;

    /** Which of the run's reference photos it was made from; -1 when not known (made before 1.6). */
    @Column(name = "reference_photo", nullable = false)
    private int reference = -1;

    @Embedded
    private HeadshotLooks looks = HeadshotLooks.NOT_MEASURED;

    @Column(name = "prepare_ms", nullable = false)
    private long prepareMillis;

    @Column(name = "compose_ms", nullable = false)
    private long composeMillis;

    @Column(name = "check_ms", nullable = false)
    private long checkMillis;

    @Column(name = "encode_ms", nullable = false)
    private long encodeMillis;

    @Column(name = "store_ms", nullable = false)
    private long storeMillis;

    @Column(name = "call_ms", nullable = false)
    private long callMillis;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Headshot() {
        // for JPA
    }

    public Headshot(
            Organisation organisation,
            Username owner,
            int run,
            String style,
            int index,
            int width,
            int height,
            StoredPhoto photo,
            float identitySimilarity,
            float quality,
            OffsetDateTime createdAt) {
        super(owner, organisation);
        if (run < 1 || index < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("A headshot needs a run, an index and a size");
        }
        if (style == null || !style.matches("[a-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("Not a style id: " + style);
        }
        this.run = run;
        this.style = style;
        this.index = index;
        this.width = width;
        this.height = height;
        this.photoKey = photo.key();
        this.photoSha256 = photo.sha256();
        this.identitySimilarity = identitySimilarity;
        this.quality = quality;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** How the node's checks went: the tries it took, and whether the source had to be enlarged. */
    public Headshot checked(int tries, boolean enlarged) {
        if (tries < 1) {
            throw new IllegalArgumentException("A headshot took at least one try, not " + tries);
        }
        this.attempts = tries;
        this.upscaled = enlarged;
        return this;
    }

    /** What the node's check measured of the finished image, and the reference photo it was made from. */
    public Headshot measured(HeadshotLooks measured, int referencePhoto) {
        this.looks = Objects.requireNonNull(measured, "measured");
        if (referencePhoto < 0) {
            throw new IllegalArgumentException("A reference photo is numbered from 0, not " + referencePhoto);
        }
        this.reference = referencePhoto;
        return this;
    }

    /** The person's matte in the headshot's frame, as the node sent it, stored beside the image. */
    public Headshot withMatte(StoredPhoto matte) {
        this.matteKey = Objects.requireNonNull(matte, "matte").key();
        return this;
    }

    /** None for a headshot made by a node older than contract 1.5. */
    public java.util.Optional<String> matteKey() {
        return java.util.Optional.ofNullable(matteKey);
    }

    /** Every file the headshot keeps in the photo store: the image and, when there is one, the matte. */
    public java.util.List<String> storedKeys() {
        return matteKey == null ? java.util.List.of(photoKey) : java.util.List.of(photoKey, matteKey);
    }

    /** Where making and keeping it took time (the identity build not included). */
    public Headshot took(RunTimings timings) {
        this.prepareMillis = timings.prepare();
        this.composeMillis = timings.compose();
        this.checkMillis = timings.check();
        this.encodeMillis = timings.encode();
        this.storeMillis = timings.store();
        this.callMillis = timings.calls();
        return this;
    }

    public RunTimings timings() {
        return new RunTimings(0, prepareMillis, composeMillis, checkMillis, encodeMillis, storeMillis, callMillis);
    }

    public int attempts() {
        return attempts;
    }

    /** Enlarged beyond the selfie's own pixels to reach 1024 px: the gallery says so. */
    public boolean upscaled() {
        return upscaled;
    }

    /**
     * Rank order, 0 to 1: how much it looks like the person (0.55), how sharp the face is (0.15, full marks from
     * {@value #SHARP_ENOUGH}) and how it looks otherwise (0.3, {@link HeadshotLooks#appeal()}), so that a
     * stretched or haloed headshot ranks below a clean one that is a little less like the person.
     */
    public double score() {
        double looksAppeal = looks == null ? 1 : looks.appeal();
        double upscaledUnmeasured = upscaled && (looks == null || looks.enlargement() == 0) ? 0.1 : 0;
        return 0.55 * identitySimilarity
                + 0.15 * Math.min(1, quality / SHARP_ENOUGH)
                + 0.3 * (looksAppeal - upscaledUnmeasured);
    }

    /** Face sharpness (as the node measures it) at which a headshot gets all its sharpness points. */
    static final double SHARP_ENOUGH = 0.3;

    public HeadshotLooks looks() {
        return looks == null ? HeadshotLooks.NOT_MEASURED : looks;
    }

    /** Which of the run's reference photos it was made from, when known. */
    public java.util.OptionalInt referencePhoto() {
        return reference < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(reference);
    }

    public long id() {
        return id;
    }

    public int run() {
        return run;
    }

    public OffsetDateTime madeAt() {
        return createdAt;
    }

    public String style() {
        return style;
    }

    public int index() {
        return index;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String photoKey() {
        return photoKey;
    }

    public String photoSha256() {
        return photoSha256;
    }

    public float identitySimilarity() {
        return identitySimilarity;
    }

    public float quality() {
        return quality;
    }
}
