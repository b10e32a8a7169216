package org.headshots.gpu.api;

import java.io.Serializable;

/**
 * What the eye sees in a headshot, as the node's output check measured it: rows or columns stretched into the
 * frame, the old background showing as a halo along the person's edge, how much the photo was enlarged, and how
 * large the face is in the frame. All zero from a node older than contract 1.6: nothing measured.
 *
 * @param stretchedShare share of the frame covered by repeated rows or columns, 0 to 1
 * @param haloShare      share of the person's edge where a halo shows, 0 to 1
 * @param enlargement    how much the photo's pixels were enlarged (1: not at all; 0: not measured)
 * @param faceShare      the face's height as a share of the frame's height (0: not measured)
 */
public record HeadshotLooks(float stretchedShare, float haloShare, float enlargement, float faceShare)
        implements Serializable {

    public HeadshotLooks {
        if (!(stretchedShare >= 0
                && stretchedShare <= 1
                && haloShare >= 0
                && haloShare <= 1
                && enlargement >= 0
                && faceShare >= 0
                && faceShare <= 1)) {
            throw new IllegalArgumentException("Shares are 0 to 1 and an enlargement 0 or more, not " + stretchedShare
                    + ", " + haloShare + ", " + enlargement + ", " + faceShare);
        }
    }
}
