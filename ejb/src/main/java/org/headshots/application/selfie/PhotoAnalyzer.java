package org.headshots.application.selfie;

/** Sends an uploaded photo to a GPU node for decoding, face analysis and quality measures. */
public interface PhotoAnalyzer {

    /**
     * @throws UnreadablePhotoException when the node cannot read the bytes as a photo (the message says why)
     * @throws org.headshots.application.FleetUnavailableException when no node can do the work now
     */
    AnalyzedUpload analyze(String jobKey, byte[] photo) throws UnreadablePhotoException;
}
