package org.headshots.infrastructure.gpu;

import java.util.List;
import org.headshots.application.fleet.BuiltIdentity;
import org.headshots.application.fleet.FleetNode;
import org.headshots.application.fleet.HeadshotRequest;
import org.headshots.application.fleet.MadeHeadshot;
import org.headshots.application.fleet.NodeSelfTest;
import org.headshots.application.fleet.PhotoCheck;
import org.headshots.application.fleet.WorkKey;
import org.headshots.domain.fleet.NodeAddress;
import org.headshots.domain.headshot.HeadshotLooks;
import org.headshots.gpu.api.FaceResult;
import org.headshots.gpu.api.GeneratedHeadshot;
import org.headshots.gpu.api.GenerationRequest;
import org.headshots.gpu.api.IdentityResult;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.ModelDescription;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.PackDescription;
import org.headshots.gpu.api.PhotoAnalysisResult;
import org.headshots.gpu.api.PhotoVerdictResult;
import org.headshots.gpu.api.RunningJobDescription;
import org.headshots.gpu.api.SelfTestReport;

/** Between the connector's types and the application's: the one place that knows both. */
final class FleetTranslation {

    private FleetTranslation() {}

    static org.headshots.gpu.api.NodeAddress toConnector(NodeAddress address) {
        return new org.headshots.gpu.api.NodeAddress(address.host(), address.port());
    }

    static NodeAddress fromConnector(org.headshots.gpu.api.NodeAddress address) {
        return new NodeAddress(address.host(), address.port());
    }

    static JobKey toConnector(WorkKey key) {
        return new JobKey(key.value());
    }

    static GenerationRequest toConnector(HeadshotRequest request) {
        return new GenerationRequest(
                request.style(),
                request.count(),
                request.references(),
                request.identity(),
                request.brandColour(),
                request.seed(),
                request.minIdentity());
    }

    static FleetNode fromConnector(NodeInfo node) {
        return new FleetNode(
                fromConnector(node.address()),
                FleetNode.State.valueOf(node.state().name()),
                node.device(),
                node.executionProvider(),
                node.onnxRuntimeVersion(),
                node.models().stream().map(FleetTranslation::fromConnector).toList(),
                node.packs().stream().map(FleetTranslation::fromConnector).toList(),
                node.styles(),
                node.capacity(),
                node.queueLength(),
                node.jobs().stream().map(FleetTranslation::fromConnector).toList(),
                node.problem());
    }

    private static FleetNode.Model fromConnector(ModelDescription model) {
        return new FleetNode.Model(
                model.name(),
                model.role(),
                model.pack(),
                model.family(),
                model.sha256(),
                model.licence(),
                model.source());
    }

    private static FleetNode.Pack fromConnector(PackDescription pack) {
        return new FleetNode.Pack(pack.name(), pack.version(), pack.title(), pack.evaluationOnly(), pack.notice());
    }

    private static FleetNode.Job fromConnector(RunningJobDescription job) {
        return new FleetNode.Job(job.jobKey(), job.kind(), job.running(), job.done(), job.total());
    }

    static NodeSelfTest fromConnector(SelfTestReport report) {
        return new NodeSelfTest(
                fromConnector(report.node()),
                report.model(),
                report.device(),
                report.executionProvider(),
                report.inferenceTime(),
                report.maxAbsoluteError());
    }

    static PhotoCheck fromConnector(PhotoAnalysisResult result) {
        return new PhotoCheck(
                fromConnector(result.node()),
                result.width(),
                result.height(),
                result.faces().stream().map(FleetTranslation::fromConnector).toList(),
                result.work());
    }

    private static PhotoCheck.Face fromConnector(FaceResult face) {
        return new PhotoCheck.Face(
                face.left(),
                face.top(),
                face.right(),
                face.bottom(),
                face.score(),
                face.leftEyeOpen(),
                face.rightEyeOpen(),
                face.yaw(),
                face.pitch(),
                face.roll());
    }

    static BuiltIdentity fromConnector(IdentityResult identity) {
        List<BuiltIdentity.Verdict> verdicts =
                identity.photos().stream().map(FleetTranslation::fromConnector).toList();
        return new BuiltIdentity(fromConnector(identity.node()), identity.embedding(), verdicts, identity.references());
    }

    private static BuiltIdentity.Verdict fromConnector(PhotoVerdictResult verdict) {
        return new BuiltIdentity.Verdict(
                verdict.photo(),
                verdict.faceFound(),
                verdict.faces(),
                verdict.similarity(),
                verdict.outlier(),
                verdict.problem());
    }

    static MadeHeadshot fromConnector(GeneratedHeadshot made) {
        GeneratedHeadshot.StageTimes times = made.times();
        return new MadeHeadshot(
                made.index(),
                made.width(),
                made.height(),
                made.reference(),
                made.identitySimilarity(),
                made.quality(),
                made.jpeg(),
                fromConnector(made.node()),
                made.attempts(),
                made.upscaled(),
                new MadeHeadshot.Times(times.prepare(), times.compose(), times.check(), times.encode()),
                made.mattePng(),
                new HeadshotLooks(
                        made.looks().stretchedShare(),
                        made.looks().haloShare(),
                        made.looks().enlargement(),
                        made.looks().faceShare()));
    }
}
