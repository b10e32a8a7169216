package org.headshots.node.application;

import java.awt.image.BufferedImage;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.PhotoAnalysis;

/** The loaded face and portrait models. Safe to call from several threads. */
public interface FaceModels {

    /** Faces with box, landmarks, identity embedding, eye state and head pose; largest first. */
    PhotoAnalysis analyze(BufferedImage photo) throws Exception;

    /** The portrait matte at the photo's resolution. */
    AlphaMatte matte(BufferedImage photo) throws Exception;
}
