package org.headshots.node.interfaces;

import com.google.protobuf.ByteString;
import java.util.ArrayList;
import java.util.List;
import org.headshots.gpu.wire.WireContract;
import org.headshots.gpu.wire.v1.AnalyzeReply;
import org.headshots.gpu.wire.v1.Box;
import org.headshots.gpu.wire.v1.BuildIdentityReply;
import org.headshots.gpu.wire.v1.Face;
import org.headshots.gpu.wire.v1.GenerateReply;
import org.headshots.gpu.wire.v1.HeadshotHeader;
import org.headshots.gpu.wire.v1.ImageChunk;
import org.headshots.gpu.wire.v1.ModelInfo;
import org.headshots.gpu.wire.v1.NodeInfoReply;
import org.headshots.gpu.wire.v1.PackInfo;
import org.headshots.gpu.wire.v1.PhotoQuality;
import org.headshots.gpu.wire.v1.RunningJob;
import org.headshots.gpu.wire.v1.SelfTestReply;
import org.headshots.node.application.ActiveJobs;
import org.headshots.node.application.Headshot;
import org.headshots.node.application.JobKey;
import org.headshots.node.application.NodeStatus;
import org.headshots.node.application.PhotoReport;
import org.headshots.node.domain.LoadedModel;
import org.headshots.node.domain.PackSummary;
import org.headshots.node.domain.SelfTestOutcome;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.Point;
import org.headshots.node.domain.identity.Identity;
import org.headshots.node.domain.identity.PhotoVerdict;
import org.headshots.node.infrastructure.image.MattePng;

/** The node's results as the replies of the wire contract. */
final class ToWire {

    /** A headshot's JPEG goes in chunks of at most this many bytes. */
    static final int CHUNK_BYTES = 1024 * 1024;

    private ToWire() {}

    static NodeInfoReply info(NodeStatus status) {
        NodeInfoReply.Builder reply = NodeInfoReply.newBuilder()
                .setDevice(status.device().name())
                .setExecutionProvider(status.device().provider().wireName())
                .setOnnxRuntimeVersion(status.onnxRuntimeVersion())
                .setCapacity(status.capacity())
                .setQueueLength(status.queueLength())
                .setRunning(status.running())
                .setNodeVersion(status.nodeVersion())
                .setContractVersion(WireContract.VERSION)
                .setHostName(status.hostName())
                .setUptimeSeconds(status.uptime().toSeconds())
                .addAllStyles(status.styles());
        for (LoadedModel model : status.models()) {
            reply.addModels(ModelInfo.newBuilder()
                    .setName(model.name())
                    .setSha256(model.sha256())
                    .setRole(model.role())
                    .setPack(model.pack())
                    .setLicence(model.licence())
                    .setSource(model.source())
                    .setFamily(model.family()));
        }
        for (PackSummary pack : status.packs()) {
            reply.addPacks(PackInfo.newBuilder()
                    .setName(pack.name())
                    .setVersion(pack.version())
                    .setTitle(pack.title())
                    .setEvaluationOnly(pack.evaluationOnly())
                    .setNotice(pack.notice()));
        }
        for (ActiveJobs.ActiveJob job : status.jobs()) {
            reply.addJobs(RunningJob.newBuilder()
                    .setJobKey(job.jobKey())
                    .setKind(job.kind())
                    .setRunningMillis(job.running().toMillis())
                    .setDone(job.done())
                    .setTotal(job.total()));
        }
        return reply.build();
    }

    static SelfTestReply selfTest(SelfTestOutcome outcome) {
        return SelfTestReply.newBuilder()
                .setJobKey(outcome.jobKey())
                .setModel(outcome.model())
                .setDevice(outcome.device().name())
                .setExecutionProvider(outcome.device().provider().wireName())
                .setInferenceNanos(outcome.inferenceNanos())
                .setMaxAbsError(outcome.maxAbsoluteError())
                .setTolerance(outcome.tolerance())
                .setValuesCompared(outcome.valuesCompared())
                .build();
    }

    static AnalyzeReply analysis(JobKey key, PhotoReport report) {
        AnalyzeReply.Builder reply = AnalyzeReply.newBuilder()
                .setJobKey(key.value())
                .setWidth(report.analysis().width())
                .setHeight(report.analysis().height())
                .setWorkNanos(report.workNanos())
                .setQuality(quality(report.quality()));
        report.analysis().faces().forEach(face -> reply.addFaces(face(face)));
        if (report.matte() != null) {
            reply.setMattePng(ByteString.copyFrom(MattePng.encode(report.matte())));
        }
        report.renditions()
                .ifPresent(r -> reply.setNormalizedJpeg(ByteString.copyFrom(r.normalizedJpeg()))
                        .setThumbnailJpeg(ByteString.copyFrom(r.thumbnailJpeg())));
        return reply.build();
    }

    static BuildIdentityReply identity(JobKey key, Identity identity, long workNanos) {
        BuildIdentityReply.Builder reply = BuildIdentityReply.newBuilder()
                .setJobKey(key.value())
                .addAllReferences(identity.references())
                .setWorkNanos(workNanos);
        for (float value : identity.embedding().values()) {
            reply.addEmbedding(value);
        }
        for (PhotoVerdict verdict : identity.photos()) {
            reply.addPhotos(org.headshots.gpu.wire.v1.PhotoVerdict.newBuilder()
                    .setImage(verdict.image())
                    .setFaceFound(verdict.faceFound())
                    .setFaces(verdict.faces())
                    .setSimilarity(verdict.similarity())
                    .setOutlier(verdict.outlier())
                    .setProblem(verdict.problem()));
        }
        return reply.build();
    }

    /** A headshot as its header, then its JPEG in chunks. */
    static List<GenerateReply> headshot(Headshot headshot) {
        List<GenerateReply> replies = new ArrayList<>();
        replies.add(GenerateReply.newBuilder()
                .setHeadshot(HeadshotHeader.newBuilder()
                        .setIndex(headshot.index())
                        .setWidth(headshot.width())
                        .setHeight(headshot.height())
                        .setReference(headshot.reference())
                        .setIdentitySimilarity(headshot.identitySimilarity())
                        .setQuality(headshot.quality())
                        .setSha256(headshot.sha256())
                        .setWorkNanos(headshot.workNanos())
                        .setAttempts(headshot.attempts())
                        .setUpscaled(headshot.upscaled())
                        .setPrepareNanos(headshot.times().prepare())
                        .setComposeNanos(headshot.times().compose())
                        .setCheckNanos(headshot.times().check())
                        .setEncodeNanos(headshot.times().encode())
                        .setMattePng(ByteString.copyFrom(headshot.mattePng()))
                        .setStretchedShare((float) headshot.looks().stretchedShare())
                        .setHaloShare((float) headshot.looks().haloShare())
                        .setEnlargement((float) headshot.looks().enlargement())
                        .setFaceShare((float) headshot.looks().faceShare()))
                .build());
        byte[] jpeg = headshot.jpeg();
        for (int offset = 0; offset < jpeg.length; offset += CHUNK_BYTES) {
            int length = Math.min(CHUNK_BYTES, jpeg.length - offset);
            replies.add(GenerateReply.newBuilder()
                    .setChunk(ImageChunk.newBuilder()
                            .setImage(headshot.index())
                            .setData(ByteString.copyFrom(jpeg, offset, length))
                            .setLast(offset + length == jpeg.length))
                    .build());
        }
        return replies;
    }

    private static Face face(AnalyzedFace face) {
        Face.Builder wire = Face.newBuilder()
                .setBox(Box.newBuilder()
                        .setLeft(face.box().left())
                        .setTop(face.box().top())
                        .setRight(face.box().right())
                        .setBottom(face.box().bottom())
                        .setScore(face.box().score()))
                .setLeftEyeOpen(face.eyes().leftOpen())
                .setRightEyeOpen(face.eyes().rightOpen())
                .setYaw(face.pose().yawDegrees())
                .setPitch(face.pose().pitchDegrees())
                .setRoll(face.pose().rollDegrees())
                .setFaceLikeness(face.likeness());
        for (Point point : face.landmarks().points()) {
            wire.addLandmarks(
                    org.headshots.gpu.wire.v1.Point.newBuilder().setX(point.x()).setY(point.y()));
        }
        for (float value : face.embedding().values()) {
            wire.addEmbedding(value);
        }
        return wire.build();
    }

    private static PhotoQuality quality(org.headshots.node.domain.quality.PhotoQuality quality) {
        return PhotoQuality.newBuilder()
                .setFaceSharpness(quality.face().sharpness())
                .setFaceBrightness(quality.face().brightness())
                .setFaceDarkFraction(quality.face().darkFraction())
                .setFaceBrightFraction(quality.face().brightFraction())
                .setColourfulness(quality.colour().colourfulness())
                .setMeanSaturation(quality.colour().meanSaturation())
                .setHueSpread(quality.colour().hueSpread())
                .setToneResidual(quality.colour().toneResidual())
                .setDhash(quality.dhash())
                .setFormat(quality.stored().format())
                .setOriginalWidth(quality.stored().width())
                .setOriginalHeight(quality.stored().height())
                .setExifOrientation(quality.stored().exifOrientation())
                .build();
    }
}
