package org.headshots.domain.selfie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.PersonalData;
import org.headshots.domain.people.Username;

/**
 * One photo an employee uploaded, with the gate's verdict. The photo itself (upright, without
 * metadata) and its thumbnail are encrypted files named by {@code photoKey} and {@code thumbnailKey};
 * the identity embedding is kept encrypted too, since it is biometric data.
 */
@Entity
@Table(name = "selfie")
public class Selfie extends PersonalData {

    @Id
    @SequenceGenerator(name = "selfie_seq", sequenceName = "selfie_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selfie_seq")
    private Long id;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Verdict verdict;

    /** Reason codes, comma-separated; empty when accepted. */
    @Column(nullable = false, length = 1000)
    private String reasons;

    /** "CODE\tmessage" lines for the reasons whose message says more than their code's advice. */
    @Column(name = "reason_details", nullable = false, length = 2000)
    private String reasonDetails = "";

    /** The measurements as JSON, for the employee's and the API's view. */
    @Column(nullable = false, length = 4000)
    private String metrics;

    @Column(nullable = false)
    private long dhash;

    /** The encrypted identity embedding of the main face, base64; empty when there is none. */
    @Column(name = "embedding_cipher", nullable = false, length = 4000)
    private String embeddingCipher;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "photo_key", nullable = false, length = 100)
    private String photoKey;

    @Column(name = "thumbnail_key", nullable = false, length = 100)
    private String thumbnailKey;

    @Column(name = "photo_sha256", nullable = false, length = 64)
    private String photoSha256;

    @Column(name = "photo_bytes", nullable = false)
    private long photoBytes;

    protected Selfie() {
        // for JPA
    }

    public Selfie(
            Username owner,
            Organisation organisation,
            OffsetDateTime uploadedAt,
            List<Reason> reasons,
            String metrics,
            long dhash,
            String embeddingCipher,
            int width,
            int height,
            StoredPhoto photo,
            StoredPhoto thumbnail) {
        super(owner, organisation);
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
        this.verdict = reasons.isEmpty() ? Verdict.ACCEPTED : Verdict.REJECTED;
        this.reasons =
                String.join(",", reasons.stream().map(r -> r.code().name()).toList());
        this.reasonDetails = reasons.stream()
                .filter(r -> !r.message().equals(r.code().advice()))
                .map(r ->
                        r.code().name() + "\t" + r.message().replace('\n', ' ').replace('\t', ' '))
                .collect(java.util.stream.Collectors.joining("\n"));
        if (reasonDetails.length() > 2000) {
            reasonDetails = "";
        }
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.dhash = dhash;
        this.embeddingCipher = Objects.requireNonNull(embeddingCipher, "embeddingCipher");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("A selfie has a size");
        }
        this.width = width;
        this.height = height;
        this.photoKey = photo.key();
        this.photoSha256 = photo.sha256();
        this.photoBytes = photo.bytes();
        this.thumbnailKey = thumbnail.key();
    }

    public long id() {
        return id;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }

    public Verdict verdict() {
        return verdict;
    }

    public boolean accepted() {
        return verdict == Verdict.ACCEPTED;
    }

    public List<Reason> reasons() {
        if (reasons.isEmpty()) {
            return List.of();
        }
        java.util.Map<ReasonCode, String> details = new java.util.EnumMap<>(ReasonCode.class);
        for (String line : reasonDetails.isEmpty() ? new String[0] : reasonDetails.split("\n")) {
            int tab = line.indexOf('\t');
            details.put(ReasonCode.valueOf(line.substring(0, tab)), line.substring(tab + 1));
        }
        return Arrays.stream(reasons.split(","))
                .map(ReasonCode::valueOf)
                .map(code -> details.containsKey(code) ? new Reason(code, details.get(code)) : Reason.of(code))
                .toList();
    }

    public String metrics() {
        return metrics;
    }

    public long dhash() {
        return dhash;
    }

    public String embeddingCipher() {
        return embeddingCipher;
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

    public String thumbnailKey() {
        return thumbnailKey;
    }

    /** The keys of its files in the photo store: the photo and its thumbnail. */
    public java.util.List<String> storedKeys() {
        return java.util.List.of(photoKey, thumbnailKey);
    }

    public String photoSha256() {
        return photoSha256;
    }
}
