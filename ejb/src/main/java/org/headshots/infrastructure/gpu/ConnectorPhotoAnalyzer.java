package org.headshots.infrastructure.gpu;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.headshots.application.selfie.AnalyzedUpload;
import org.headshots.application.selfie.PhotoAnalyzer;
import org.headshots.application.selfie.UnreadablePhotoException;
import org.headshots.domain.selfie.EyeAperture;
import org.headshots.domain.selfie.FaceMeasure;
import org.headshots.domain.selfie.PhotoMeasurements;
import org.headshots.gpu.api.AnalysisOptions;
import org.headshots.gpu.api.FaceResult;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.GpuConnectionFactory;
import org.headshots.gpu.api.GpuNodeException;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.PhotoAnalysisResult;
import org.headshots.gpu.api.PhotoQualityResult;
import org.headshots.gpu.api.RequestRejectedException;

/** Photo analysis on the GPU nodes, through the resource adapter, turned into the gate's measurements. */
@ApplicationScoped
public class ConnectorPhotoAnalyzer implements PhotoAnalyzer {

    static final int THUMBNAIL_SIZE = 320;

    @Resource(lookup = GpuConnectionFactory.JNDI_NAME)
    GpuConnectionFactory connections;

    @Override
    public AnalyzedUpload analyze(String jobKey, byte[] photo) throws UnreadablePhotoException {
        PhotoAnalysisResult result;
        try (GpuConnection connection = connections.getConnection()) {
            result = connection.analyze(new JobKey(jobKey), photo, new AnalysisOptions(false, true, THUMBNAIL_SIZE));
        } catch (RequestRejectedException e) {
            throw new UnreadablePhotoException(e.reason(), false);
        } catch (GpuNodeException e) {
            throw FleetFailures.translated(e);
        }
        PhotoQualityResult q = result.quality();
        PhotoMeasurements measurements = new PhotoMeasurements(
                result.width(),
                result.height(),
                result.faces().stream().map(ConnectorPhotoAnalyzer::measure).toList(),
                q.faceSharpness(),
                q.faceBrightness(),
                q.faceDarkFraction(),
                q.faceBrightFraction(),
                q.colourfulness(),
                q.meanSaturation(),
                q.hueSpread(),
                q.dhash(),
                q.toneResidual());
        return new AnalyzedUpload(
                measurements,
                result.normalizedJpeg(),
                result.thumbnailJpeg(),
                q.format(),
                result.work().toNanos());
    }

    private static FaceMeasure measure(FaceResult face) {
        float[] landmarks = face.landmarks();
        float top = face.top();
        float bottom = face.bottom();
        for (int i = 1; i < landmarks.length; i += 2) {
            top = Math.min(top, landmarks[i]);
            bottom = Math.max(bottom, landmarks[i]);
        }
        return new FaceMeasure(
                face.left(),
                face.top(),
                face.right(),
                face.bottom(),
                face.score(),
                top,
                bottom,
                face.leftEyeOpen(),
                face.rightEyeOpen(),
                face.yaw(),
                face.pitch(),
                face.roll(),
                face.faceLikeness(),
                face.embedding(),
                EyeAperture.imageLeft(landmarks),
                EyeAperture.imageRight(landmarks));
    }
}
