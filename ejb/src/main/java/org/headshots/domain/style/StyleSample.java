package org.headshots.domain.style;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.domain.selfie.StoredPhoto;

/**
 * The picture that shows admins what a style looks like: one headshot of the sample subject in that style,
 * made by the nodes with the model packs named in {@code packs}.
 */
@Entity
@Table(name = "style_sample")
public class StyleSample {

    public static final int MAX_STYLE_LENGTH = 64;
    public static final int MAX_PACKS_LENGTH = 400;

    @Id
    @Column(length = MAX_STYLE_LENGTH)
    private String style;

    @Column(nullable = false, length = MAX_PACKS_LENGTH)
    private String packs;

    @Column(name = "photo_key", nullable = false, length = 100)
    private String photoKey;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "made_at", nullable = false)
    private OffsetDateTime madeAt;

    protected StyleSample() {}

    public StyleSample(String style, String packs, StoredPhoto photo, int width, int height, OffsetDateTime madeAt) {
        if (style == null || style.isBlank() || style.length() > MAX_STYLE_LENGTH) {
            throw new InvalidValueException("A style id has 1 to " + MAX_STYLE_LENGTH + " characters");
        }
        if (packs == null || packs.length() > MAX_PACKS_LENGTH) {
            throw new IllegalArgumentException(
                    "The packs a sample was made with are named in at most " + MAX_PACKS_LENGTH + " characters");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("A sample has pixels, not " + width + "x" + height);
        }
        this.style = style;
        this.packs = packs;
        this.photoKey = Objects.requireNonNull(photo, "photo").key();
        this.width = width;
        this.height = height;
        this.madeAt = Objects.requireNonNull(madeAt, "madeAt");
    }

    public String style() {
        return style;
    }

    /** Whether it shows the style as nodes with these packs make it now. */
    public boolean madeWith(String currentPacks) {
        return packs.equals(currentPacks);
    }

    public String photoKey() {
        return photoKey;
    }

    public OffsetDateTime madeAt() {
        return madeAt;
    }
}
