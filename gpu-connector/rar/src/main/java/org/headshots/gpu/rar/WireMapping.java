package org.headshots.gpu.rar;

import java.time.Duration;
import java.util.List;
import org.headshots.gpu.api.FaceResult;
import org.headshots.gpu.api.GeneratedHeadshot;
import org.headshots.gpu.api.HeadshotLooks;
import org.headshots.gpu.api.IdentityResult;
import org.headshots.gpu.api.ModelDescription;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.NodeState;
import org.headshots.gpu.api.PackDescription;
import org.headshots.gpu.api.PhotoAnalysisResult;
import org.headshots.gpu.api.PhotoQualityResult;
import org.headshots.gpu.api.PhotoVerdictResult;
import org.headshots.gpu.api.RunningJobDescription;
import org.headshots.gpu.wire.WireContract;
import org.headshots.gpu.wire.v1.AnalyzeReply;
import org.headshots.gpu.wire.v1.BuildIdentityReply;
import org.headshots.gpu.wire.v1.Face;
import org.headshots.gpu.wire.v1.HeadshotHeader;
import org.headshots.gpu.wire.v1.NodeInfoReply;
import org.headshots.gpu.wire.v1.PhotoQuality;

/** From wire messages to the connector API's types. */
final class WireMapping {

    private WireMapping() {}

    static NodeInfo info(NodeAddress node, NodeInfoReply reply) {
        if (!WireContract.compatible(reply.getContractVersion())) {
            return NodeInfo.down(
                    node,
                    "speaks wire contract '" + reply.getContractVersion() + "', this server speaks "
                            + WireContract.VERSION + ": install matching versions");
        }
        List<ModelDescription> models = reply.getModelsList().stream()
                .map(m -> new ModelDescription(
                        m.getName(),
                        m.getRole(),
                        m.getPack(),
                        m.getFamily(),
                        m.getSha256(),
                        m.getLicence(),
                        m.getSource()))
                .toList();
        List<PackDescription> packs = reply.getPacksList().stream()
                .map(p -> new PackDescription(
                        p.getName(), p.getVersion(), p.getTitle(), p.getEvaluationOnly(), p.getNotice()))
                .toList();
        List<RunningJobDescription> jobs = reply.getJobsList().stream()
                .map(j -> new RunningJobDescription(
                        j.getJobKey(), j.getKind(), Duration.ofMillis(j.getRunningMillis()), j.getDone(), j.getTotal()))
                .toList();
        return new NodeInfo(
                node,
                NodeState.UP,
                reply.getDevice(),
                reply.getExecutionProvider(),
                reply.getOnnxRuntimeVersion(),
                models,
                packs,
                reply.getStylesList(),
                Math.max(0, reply.getCapacity()),
                Math.max(0, reply.getQueueLength()),
                jobs,
                null);
    }

    static PhotoAnalysisResult analysis(NodeAddress node, AnalyzeReply reply) {
        return new PhotoAnalysisResult(
                node,
                reply.getWidth(),
                reply.getHeight(),
                reply.getFacesList().stream().map(WireMapping::face).toList(),
                reply.getMattePng().toByteArray(),
                Duration.ofNanos(reply.getWorkNanos()),
                reply.hasQuality() ? quality(reply.getQuality()) : PhotoQualityResult.NOT_MEASURED,
                reply.getNormalizedJpeg().toByteArray(),
                reply.getThumbnailJpeg().toByteArray());
    }

    private static PhotoQualityResult quality(PhotoQuality q) {
        return new PhotoQualityResult(
                q.getFaceSharpness(),
                q.getFaceBrightness(),
                q.getFaceDarkFraction(),
                q.getFaceBrightFraction(),
                q.getColourfulness(),
                q.getMeanSaturation(),
                q.getHueSpread(),
                q.getDhash(),
                q.getFormat(),
                q.getOriginalWidth(),
                q.getOriginalHeight(),
                q.getExifOrientation() == 0 ? 1 : q.getExifOrientation(),
                q.getToneResidual());
    }

    static IdentityResult identity(NodeAddress node, BuildIdentityReply reply) {
        return new IdentityResult(
                node,
                floats(reply.getEmbeddingList()),
                reply.getPhotosList().stream()
                        .map(p -> new PhotoVerdictResult(
                                p.getImage(),
                                p.getFaceFound(),
                                p.getFaces(),
                                p.getSimilarity(),
                                p.getOutlier(),
                                p.getProblem()))
                        .toList(),
                reply.getReferencesList());
    }

    /**
     * A node speaking contract 1.3 or older sends no tries: it made the headshot at its first; one older than 1.5
     * sends no matte, one older than 1.6 nothing of what its check measured.
     */
    static GeneratedHeadshot headshot(NodeAddress node, HeadshotHeader header, byte[] jpeg) {
        return new GeneratedHeadshot(
                header.getIndex(),
                header.getWidth(),
                header.getHeight(),
                header.getReference(),
                header.getIdentitySimilarity(),
                header.getQuality(),
                jpeg,
                node,
                Math.max(1, header.getAttempts()),
                header.getUpscaled(),
                new GeneratedHeadshot.StageTimes(
                        nanos(header.getPrepareNanos()),
                        nanos(header.getComposeNanos()),
                        nanos(header.getCheckNanos()),
                        nanos(header.getEncodeNanos())),
                header.getMattePng().toByteArray(),
                new HeadshotLooks(
                        clamp01(header.getStretchedShare()),
                        clamp01(header.getHaloShare()),
                        Math.max(0, header.getEnlargement()),
                        clamp01(header.getFaceShare())));
    }

    private static float clamp01(float share) {
        return Float.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
    }

    private static FaceResult face(Face face) {
        float[] landmarks = new float[face.getLandmarksCount() * 2];
        for (int i = 0; i < face.getLandmarksCount(); i++) {
            landmarks[2 * i] = face.getLandmarks(i).getX();
            landmarks[2 * i + 1] = face.getLandmarks(i).getY();
        }
        return new FaceResult(
                face.getBox().getLeft(),
                face.getBox().getTop(),
                face.getBox().getRight(),
                face.getBox().getBottom(),
                face.getBox().getScore(),
                landmarks,
                floats(face.getEmbeddingList()),
                face.getLeftEyeOpen(),
                face.getRightEyeOpen(),
                face.getYaw(),
                face.getPitch(),
                face.getRoll(),
                face.getFaceLikeness());
    }

    private static Duration nanos(long nanos) {
        return Duration.ofNanos(Math.max(0, nanos));
    }

    private static float[] floats(List<Float> values) {
        float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i);
        }
        return result;
    }
}
