package org.headshots.node.interfaces;

import io.grpc.Context;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.headshots.gpu.wire.v1.AnalyzeReply;
import org.headshots.gpu.wire.v1.AnalyzeRequest;
import org.headshots.gpu.wire.v1.BuildIdentityHeader;
import org.headshots.gpu.wire.v1.BuildIdentityReply;
import org.headshots.gpu.wire.v1.BuildIdentityRequest;
import org.headshots.gpu.wire.v1.CancelReply;
import org.headshots.gpu.wire.v1.CancelRequest;
import org.headshots.gpu.wire.v1.GenerateHeader;
import org.headshots.gpu.wire.v1.GenerateReply;
import org.headshots.gpu.wire.v1.GenerateRequest;
import org.headshots.gpu.wire.v1.GpuNodeGrpc;
import org.headshots.gpu.wire.v1.InfoRequest;
import org.headshots.gpu.wire.v1.NodeInfoReply;
import org.headshots.gpu.wire.v1.SelfTestReply;
import org.headshots.gpu.wire.v1.SelfTestRequest;
import org.headshots.node.application.FaceWorkService;
import org.headshots.node.application.HeadshotService;
import org.headshots.node.application.JobKey;
import org.headshots.node.application.JobLedger;
import org.headshots.node.application.NodeNotReadyException;
import org.headshots.node.application.NodeService;
import org.headshots.node.domain.identity.Identity;

/** The wire contract v1 ({@code headshots.node.v1.GpuNode}) on top of the node's application services. */
public final class GpuNodeGrpcService extends GpuNodeGrpc.GpuNodeImplBase {

    private static final Logger LOG = Logger.getLogger(GpuNodeGrpcService.class.getName());

    private final NodeService node;
    private final JobLedger ledger;
    private volatile Optional<FaceWorkService> faces = Optional.empty();
    private volatile Optional<HeadshotService> headshots = Optional.empty();

    public GpuNodeGrpcService(NodeService node, JobLedger ledger) {
        this.node = node;
        this.ledger = ledger;
    }

    /** The node's face models are loaded and warm: analysis, identities and, with a renderer, generation. */
    public void modelsReady(FaceWorkService faceWork, Optional<HeadshotService> generation) {
        this.faces = Optional.of(faceWork);
        this.headshots = generation;
    }

    @Override
    public void getInfo(InfoRequest request, StreamObserver<NodeInfoReply> responses) {
        responses.onNext(ToWire.info(node.status()));
        responses.onCompleted();
    }

    @Override
    public void selfTest(SelfTestRequest request, StreamObserver<SelfTestReply> responses) {
        Context context = Context.current();
        try {
            JobKey key = FromWire.jobKey(request.getJobKey());
            responses.onNext(ToWire.selfTest(node.selfTest(key.value(), context::isCancelled)));
            responses.onCompleted();
        } catch (Exception e) {
            responses.onError(StatusMapping.toStatus("self-test", e));
        }
    }

    @Override
    public StreamObserver<AnalyzeRequest> analyze(StreamObserver<AnalyzeReply> responses) {
        Context context = Context.current();
        return new ChunkedUpload<>(
                responses,
                request -> request.hasHeader() ? request.getHeader() : null,
                AnalyzeRequest::getChunk,
                header -> 1,
                (header, photos) -> {
                    FaceWorkService service = faces.orElseThrow(this::noFaceModels);
                    JobKey key = FromWire.jobKey(header.getJobKey());
                    int thumbnailSize = FromWire.thumbnailSize(header);
                    responses.onNext(ToWire.analysis(
                            key,
                            service.analyze(
                                    key, photos.get(0), header.getMatte(), thumbnailSize, context::isCancelled)));
                    responses.onCompleted();
                });
    }

    @Override
    public StreamObserver<BuildIdentityRequest> buildIdentity(StreamObserver<BuildIdentityReply> responses) {
        Context context = Context.current();
        return new ChunkedUpload<>(
                responses,
                request -> request.hasHeader() ? request.getHeader() : null,
                BuildIdentityRequest::getChunk,
                BuildIdentityHeader::getPhotoCount,
                (header, photos) -> {
                    FaceWorkService service = faces.orElseThrow(this::noFaceModels);
                    JobKey key = FromWire.jobKey(header.getJobKey());
                    long start = System.nanoTime();
                    Identity identity = service.buildIdentity(
                            key, photos, header.getMinSimilarity(), header.getReferences(), context::isCancelled);
                    responses.onNext(ToWire.identity(key, identity, System.nanoTime() - start));
                    responses.onCompleted();
                });
    }

    @Override
    public StreamObserver<GenerateRequest> generate(StreamObserver<GenerateReply> responses) {
        Context context = Context.current();
        ServerCallStreamObserver<GenerateReply> call = (ServerCallStreamObserver<GenerateReply>) responses;
        BooleanSupplier gone = () -> context.isCancelled() || call.isCancelled();
        return new ChunkedUpload<>(
                responses,
                request -> request.hasHeader() ? request.getHeader() : null,
                GenerateRequest::getChunk,
                GenerateHeader::getReferenceCount,
                (header, references) -> {
                    HeadshotService service = headshots.orElseThrow(this::noFaceModels);
                    JobKey key = FromWire.jobKey(header.getJobKey());
                    service.generate(
                            key,
                            FromWire.order(header, references),
                            references,
                            header.getFirstIndex(),
                            header.getEndIndex(),
                            headshot -> ToWire.headshot(headshot).forEach(responses::onNext),
                            gone);
                    responses.onCompleted();
                });
    }

    @Override
    public void cancel(CancelRequest request, StreamObserver<CancelReply> responses) {
        try {
            JobKey key = FromWire.jobKey(request.getJobKey());
            boolean found = ledger.cancel(key);
            LOG.info(() -> "Cancel " + key + (found ? ": cancelled" : ": no such job"));
            responses.onNext(CancelReply.newBuilder().setFound(found).build());
            responses.onCompleted();
        } catch (Exception e) {
            responses.onError(StatusMapping.toStatus("cancel", e));
        }
    }

    private NodeNotReadyException noFaceModels() {
        return node.ready()
                ? new NodeNotReadyException("this node has no face models: install a model pack (bin/headshots "
                        + "models install starter) into its models folder and restart it")
                : new NodeNotReadyException();
    }
}
