package org.headshots.domain.headshot;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * What the eye sees in a headshot, as the node's output check measured it, and how appealing that makes it:
 * rows or columns stretched into the frame, the old background showing as a halo along the person's edge, how
 * much the photo was enlarged, and how large the face is in the frame. A headshot made before nodes measured
 * this has all four at 0: nothing is held against it.
 */
@Embeddable
public class HeadshotLooks implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The node sends nothing with more than this stretched; at this share a headshot loses all its stretch points. */
    static final double MAX_STRETCHED = 0.12;
    /** The node sends nothing with more than this halo; at this share a headshot loses all its halo points. */
    static final double MAX_HALO = 0.15;
    /** Enlarged this much or more, a headshot loses all its enlargement points. */
    static final double MAX_ENLARGEMENT = 4;
    /** A face between these shares of the frame's height is framed as a photographer would (half body to close). */
    static final double SMALLEST_FACE = 0.15;

    static final double LARGEST_FACE = 0.5;

    public static final HeadshotLooks NOT_MEASURED = new HeadshotLooks(0, 0, 0, 0);

    @Column(name = "stretched_share", nullable = false)
    private float stretchedShare;

    @Column(name = "halo_share", nullable = false)
    private float haloShare;

    @Column(nullable = false)
    private float enlargement;

    @Column(name = "face_share", nullable = false)
    private float faceShare;

    protected HeadshotLooks() {
        // for JPA
    }

    /**
     * @param stretchedShare share of the frame covered by repeated rows or columns, 0 to 1
     * @param haloShare      share of the person's edge with a halo, 0 to 1
     * @param enlargement    how much the photo's pixels were enlarged: 1 not at all, 0 not measured
     * @param faceShare      the face's height as a share of the frame's, 0 not measured
     */
    public HeadshotLooks(float stretchedShare, float haloShare, float enlargement, float faceShare) {
        if (!(stretchedShare >= 0
                && stretchedShare <= 1
                && haloShare >= 0
                && haloShare <= 1
                && faceShare >= 0
                && faceShare <= 1
                && (enlargement == 0 || enlargement >= 1)
                && enlargement < 1000)) {
            throw new IllegalArgumentException(
                    "Shares are 0 to 1 and an enlargement 0 (not measured) or 1 to 1000, not " + stretchedShare + ", "
                            + haloShare + ", " + enlargement + ", " + faceShare);
        }
        this.stretchedShare = stretchedShare;
        this.haloShare = haloShare;
        this.enlargement = enlargement;
        this.faceShare = faceShare;
    }

    /**
     * 1 for a headshot with nothing wrong that the eye sees, down to 0: stretching and a halo cost most (up to
     * 0.35 each, in proportion to what the node lets through), then enlargement (up to 0.2, by octaves: twice
     * costs half of it, four times all), then a face framed too small or too large (up to 0.1).
     */
    public double appeal() {
        return 1
                - 0.35 * Math.min(1, stretchedShare / MAX_STRETCHED)
                - 0.35 * Math.min(1, haloShare / MAX_HALO)
                - 0.2 * enlargementCost()
                - 0.1 * framingCost();
    }

    private double enlargementCost() {
        return enlargement <= 1 ? 0 : Math.min(1, Math.log(enlargement) / Math.log(MAX_ENLARGEMENT));
    }

    private double framingCost() {
        if (faceShare == 0) {
            return 0;
        }
        if (faceShare < SMALLEST_FACE) {
            return Math.min(1, (SMALLEST_FACE - faceShare) / 0.1);
        }
        return faceShare > LARGEST_FACE ? Math.min(1, (faceShare - LARGEST_FACE) / 0.15) : 0;
    }

    public float stretchedShare() {
        return stretchedShare;
    }

    public float haloShare() {
        return haloShare;
    }

    /** 1: the photo's own pixels; 0: not measured. */
    public float enlargement() {
        return enlargement;
    }

    public float faceShare() {
        return faceShare;
    }
}
