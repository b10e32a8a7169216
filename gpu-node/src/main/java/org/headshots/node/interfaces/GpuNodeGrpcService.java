package org.headshots.node.interfaces;

import com.google.protobuf.ByteString;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.wire.WireContract;
import org.headshots.gpu.wire.v1.AnalyzeHeader;
import org.headshots.gpu.wire.v1.AnalyzeReply;
import org.headshots.gpu.wire.v1.AnalyzeRequest;
import org.headshots.gpu.wire.v1.PhotoQuality;
import org.headshots.gpu.wire.v1.Box;
import org.headshots.gpu.wire.v1.BuildIdentityHeader;
import org.headshots.gpu.wire.v1.BuildIdentityReply;
import org.headshots.gpu.wire.v1.BuildIdentityRequest;
import org.headshots.gpu.wire.v1.CancelReply;
import org.headshots.gpu.wire.v1.CancelRequest;
import org.headshots.gpu.wire.v1.Face;
import org.headshots.gpu.wire.v1.GenerateHeader;
import org.headshots.gpu.wire.v1.GenerateReply;
import org.headshots.gpu.wire.v1.GenerateRequest;
import org.headshots.gpu.wire.v1.GpuNodeGrpc;
import org.headshots.gpu.wire.v1.HeadshotHeader;
import org.headshots.gpu.wire.v1.ImageChunk;
import org.headshots.gpu.wire.v1.InfoRequest;
import org.headshots.gpu.wire.v1.ModelInfo;
import org.headshots.gpu.wire.v1.NodeInfoReply;
import org.headshots.gpu.wire.v1.PackInfo;
import org.headshots.gpu.wire.v1.RunningJob;
import org.headshots.gpu.wire.v1.SelfTestReply;
import org.headshots.gpu.wire.v1.SelfTestRequest;
import org.headshots.node.application.ActiveJobs;
import org.headshots.node.application.FaceWorkService;
import org.headshots.node.application.GenerationOrder;
import org.headshots.node.application.Headshot;
import org.headshots.node.application.HeadshotChecksFailedException;
import org.headshots.node.application.HeadshotService;
import org.headshots.node.application.HeadshotService.NoUsableReferenceException;
import org.headshots.node.application.InferenceException;
import org.headshots.node.application.JobCancelledException;
import org.headshots.node.application.JobLedger;
import org.headshots.node.application.NodeNotReadyException;
import org.headshots.node.application.NodeService;
import org.headshots.node.application.NodeShuttingDownException;
import org.headshots.node.application.NodeStatus;
import org.headshots.node.application.PhotoReport;
import org.headshots.node.application.SelfTestFailedException;
import org.headshots.node.application.UnreadablePhotoException;
import org.headshots.node.domain.LoadedModel;
import org.headshots.node.domain.PackSummary;
import org.headshots.node.domain.SelfTestOutcome;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.Point;
import org.headshots.node.domain.identity.Identity;
import org.headshots.node.domain.identity.IdentityBuilder.NoIdentityException;
import org.headshots.node.domain.identity.PhotoVerdict;
import org.headshots.node.infrastructure.ModelFiles;

/** The wire contract v1 ({@code headshots.node.v1.GpuNode}) on top of the node's application services. */
public final class GpuNodeGrpcService extends GpuNodeGrpc.GpuNodeImplBase {

    private static final Logger LOG = Logger.getLogger(GpuNodeGrpcService.class.getName());

    static final int CHUNK_BYTES = 1024 * 1024;

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
        NodeStatus status = node.status();
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
            reply.addModels(ModelInfo.newBuilder().setName(model.name()).setSha256(model.sha256())
                    .setRole(model.role()).setPack(model.pack()).setLicence(model.licence())
                    .setSource(model.source()).setFamily(model.family()));
        }
        for (PackSummary pack : status.packs()) {
            reply.addPacks(PackInfo.newBuilder().setName(pack.name()).setVersion(pack.version())
                    .setTitle(pack.title()).setEvaluationOnly(pack.evaluationOnly()).setNotice(pack.notice()));
        }
        for (ActiveJobs.ActiveJob job : status.jobs()) {
            reply.addJobs(RunningJob.newBuilder().setJobKey(job.jobKey()).setKind(job.kind())
                    .setRunningMillis(job.running().toMillis()).setDone(job.done()).setTotal(job.total()));
        }
        responses.onNext(reply.build());
        responses.onCompleted();
    }

    @Override
    public void selfTest(SelfTestRequest request, StreamObserver<SelfTestReply> responses) {
        Context context = Context.current();
        try {
            JobKey key = jobKey(request.getJobKey());
            SelfTestOutcome outcome = node.selfTest(key.value(), context::isCancelled);
            responses.onNext(SelfTestReply.newBuilder()
                    .setJobKey(outcome.jobKey())
                    .setModel(outcome.model())
                    .setDevice(outcome.device().name())
                    .setExecutionProvider(outcome.device().provider().wireName())
                    .setInferenceNanos(outcome.inferenceNanos())
                    .setMaxAbsError(outcome.maxAbsoluteError())
                    .setTolerance(outcome.tolerance())
                    .setValuesCompared(outcome.valuesCompared())
                    .build());
            responses.onCompleted();
        } catch (Exception e) {
            responses.onError(toStatus("self-test", e));
        }
    }

    @Override
    public StreamObserver<AnalyzeRequest> analyze(StreamObserver<AnalyzeReply> responses) {
        Context context = Context.current();
        return new Upload<>(responses, request -> request.hasHeader() ? request.getHeader() : null,
                AnalyzeRequest::getChunk, header -> 1) {
            @Override
            void finish(AnalyzeHeader header, List<byte[]> photos) throws Exception {
                FaceWorkService service = faces.orElseThrow(GpuNodeGrpcService.this::noFaceModels);
                JobKey key = jobKey(header.getJobKey());
                if (header.getThumbnailSize() < 0) {
                    throw new IllegalArgumentException("thumbnail_size must not be negative: "
                            + header.getThumbnailSize());
                }
                int thumbnailSize = !header.getNormalized() ? 0
                        : header.getThumbnailSize() > 0 ? header.getThumbnailSize()
                        : FaceWorkService.DEFAULT_THUMBNAIL_SIZE;
                PhotoReport report = service.analyze(key, photos.get(0), header.getMatte(), thumbnailSize,
                        context::isCancelled);
                AnalyzeReply.Builder reply = AnalyzeReply.newBuilder().setJobKey(key.value())
                        .setWidth(report.analysis().width()).setHeight(report.analysis().height())
                        .setWorkNanos(report.workNanos()).setQuality(toWire(report.quality()));
                report.analysis().faces().forEach(face -> reply.addFaces(toWire(face)));
                if (report.matte() != null) {
                    reply.setMattePng(ByteString.copyFrom(png(report.matte())));
                }
                report.renditions().ifPresent(r -> reply.setNormalizedJpeg(ByteString.copyFrom(r.normalizedJpeg()))
                        .setThumbnailJpeg(ByteString.copyFrom(r.thumbnailJpeg())));
                responses.onNext(reply.build());
                responses.onCompleted();
            }
        };
    }

    @Override
    public StreamObserver<BuildIdentityRequest> buildIdentity(StreamObserver<BuildIdentityReply> responses) {
        Context context = Context.current();
        return new Upload<>(responses, request -> request.hasHeader() ? request.getHeader() : null,
                BuildIdentityRequest::getChunk, BuildIdentityHeader::getPhotoCount) {
            @Override
            void finish(BuildIdentityHeader header, List<byte[]> photos) throws Exception {
                FaceWorkService service = faces.orElseThrow(GpuNodeGrpcService.this::noFaceModels);
                JobKey key = jobKey(header.getJobKey());
                long start = System.nanoTime();
                Identity identity = service.buildIdentity(key, photos, header.getMinSimilarity(),
                        header.getReferences(), context::isCancelled);
                BuildIdentityReply.Builder reply = BuildIdentityReply.newBuilder().setJobKey(key.value())
                        .addAllReferences(identity.references()).setWorkNanos(System.nanoTime() - start);
                for (float value : identity.embedding().values()) {
                    reply.addEmbedding(value);
                }
                for (PhotoVerdict verdict : identity.photos()) {
                    reply.addPhotos(org.headshots.gpu.wire.v1.PhotoVerdict.newBuilder().setImage(verdict.image())
                            .setFaceFound(verdict.faceFound()).setFaces(verdict.faces())
                            .setSimilarity(verdict.similarity()).setOutlier(verdict.outlier())
                            .setProblem(verdict.problem()));
                }
                responses.onNext(reply.build());
                responses.onCompleted();
            }
        };
    }

    @Override
    public StreamObserver<GenerateRequest> generate(StreamObserver<GenerateReply> responses) {
        Context context = Context.current();
        ServerCallStreamObserver<GenerateReply> call = (ServerCallStreamObserver<GenerateReply>) responses;
        return new Upload<>(responses, request -> request.hasHeader() ? request.getHeader() : null,
                GenerateRequest::getChunk, GenerateHeader::getReferenceCount) {
            @Override
            void finish(GenerateHeader header, List<byte[]> references) throws Exception {
                HeadshotService service = headshots.orElseThrow(GpuNodeGrpcService.this::noFaceModels);
                JobKey key = jobKey(header.getJobKey());
                float[] identity = new float[header.getIdentityCount()];
                for (int i = 0; i < identity.length; i++) {
                    identity[i] = header.getIdentity(i);
                }
                float minIdentity = header.getMinIdentity() == 0 ? GenerationOrder.DEFAULT_MIN_IDENTITY
                        : header.getMinIdentity();
                GenerationOrder order = new GenerationOrder(header.getStyle(), header.getCount(), identity,
                        digest(references), header.getBrandColour(), header.getSeed(), minIdentity);
                BooleanSupplier gone = () -> context.isCancelled() || call.isCancelled();
                service.generate(key, order, references, header.getFirstIndex(), header.getEndIndex(), this::send,
                        gone);
                responses.onCompleted();
            }

            private void send(Headshot headshot) {
                responses.onNext(GenerateReply.newBuilder().setHeadshot(HeadshotHeader.newBuilder()
                        .setIndex(headshot.index()).setWidth(headshot.width()).setHeight(headshot.height())
                        .setReference(headshot.reference()).setIdentitySimilarity(headshot.identitySimilarity())
                        .setQuality(headshot.quality()).setSha256(headshot.sha256())
                        .setWorkNanos(headshot.workNanos()).setAttempts(headshot.attempts())
                        .setUpscaled(headshot.upscaled()).setPrepareNanos(headshot.times().prepare())
                        .setComposeNanos(headshot.times().compose()).setCheckNanos(headshot.times().check())
                        .setEncodeNanos(headshot.times().encode())
                        .setMattePng(ByteString.copyFrom(headshot.mattePng()))
                        .setStretchedShare((float) headshot.looks().stretchedShare())
                        .setHaloShare((float) headshot.looks().haloShare())
                        .setEnlargement((float) headshot.looks().enlargement())
                        .setFaceShare((float) headshot.looks().faceShare())).build());
                byte[] jpeg = headshot.jpeg();
                for (int offset = 0; offset < jpeg.length; offset += CHUNK_BYTES) {
                    int length = Math.min(CHUNK_BYTES, jpeg.length - offset);
                    responses.onNext(GenerateReply.newBuilder().setChunk(ImageChunk.newBuilder()
                            .setImage(headshot.index()).setData(ByteString.copyFrom(jpeg, offset, length))
                            .setLast(offset + length == jpeg.length)).build());
                }
            }
        };
    }

    @Override
    public void cancel(CancelRequest request, StreamObserver<CancelReply> responses) {
        try {
            JobKey key = jobKey(request.getJobKey());
            boolean found = ledger.cancel(key);
            LOG.info(() -> "Cancel " + key + (found ? ": cancelled" : ": no such job"));
            responses.onNext(CancelReply.newBuilder().setFound(found).build());
            responses.onCompleted();
        } catch (Exception e) {
            responses.onError(toStatus("cancel", e));
        }
    }

    private static JobKey jobKey(String value) {
        try {
            return new JobKey(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("job_key: " + e.getMessage(), e);
        }
    }

    private NodeNotReadyException noFaceModels() {
        return node.ready()
                ? new NodeNotReadyException("this node has no face models: install a model pack (bin/headshots "
                        + "models install starter) into its models folder and restart it")
                : new NodeNotReadyException();
    }

    private static Face toWire(AnalyzedFace face) {
        Face.Builder wire = Face.newBuilder()
                .setBox(Box.newBuilder().setLeft(face.box().left()).setTop(face.box().top())
                        .setRight(face.box().right()).setBottom(face.box().bottom()).setScore(face.box().score()))
                .setLeftEyeOpen(face.eyes().leftOpen()).setRightEyeOpen(face.eyes().rightOpen())
                .setYaw(face.pose().yawDegrees()).setPitch(face.pose().pitchDegrees())
                .setRoll(face.pose().rollDegrees()).setFaceLikeness(face.likeness());
        for (Point point : face.landmarks().points()) {
            wire.addLandmarks(org.headshots.gpu.wire.v1.Point.newBuilder().setX(point.x()).setY(point.y()));
        }
        for (float value : face.embedding().values()) {
            wire.addEmbedding(value);
        }
        return wire.build();
    }

    private static PhotoQuality toWire(org.headshots.node.domain.quality.PhotoQuality quality) {
        return PhotoQuality.newBuilder()
                .setFaceSharpness(quality.face().sharpness()).setFaceBrightness(quality.face().brightness())
                .setFaceDarkFraction(quality.face().darkFraction())
                .setFaceBrightFraction(quality.face().brightFraction())
                .setColourfulness(quality.colour().colourfulness())
                .setMeanSaturation(quality.colour().meanSaturation()).setHueSpread(quality.colour().hueSpread())
                .setToneResidual(quality.colour().toneResidual())
                .setDhash(quality.dhash()).setFormat(quality.stored().format())
                .setOriginalWidth(quality.stored().width()).setOriginalHeight(quality.stored().height())
                .setExifOrientation(quality.stored().exifOrientation())
                .build();
    }

    private static byte[] png(AlphaMatte matte) throws IOException {
        java.awt.image.BufferedImage grey = new java.awt.image.BufferedImage(matte.width(), matte.height(),
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setDataElements(0, 0, matte.width(), matte.height(), matte.alpha());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(grey, "png", out);
        return out.toByteArray();
    }

    private static String digest(List<byte[]> photos) {
        StringBuilder hashes = new StringBuilder();
        photos.forEach(photo -> hashes.append(ModelFiles.sha256(photo)));
        return ModelFiles.sha256(hashes.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Maps what went wrong to a status with a reason people can read. */
    static StatusException toStatus(String what, Exception e) {
        Status status;
        if (e instanceof IllegalArgumentException || e instanceof UnreadablePhotoException) {
            status = Status.INVALID_ARGUMENT;
        } else if (e instanceof NoIdentityException || e instanceof NoUsableReferenceException
                || e instanceof SelfTestFailedException || e instanceof HeadshotChecksFailedException) {
            status = Status.FAILED_PRECONDITION;
        } else if (e instanceof NodeNotReadyException || e instanceof NodeShuttingDownException) {
            status = Status.UNAVAILABLE;
        } else if (e instanceof JobCancelledException) {
            status = Status.CANCELLED;
        } else if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return Status.UNAVAILABLE.withDescription("the node is shutting down").asException();
        } else {
            LOG.log(Level.WARNING, what + " failed", e);
            status = Status.INTERNAL;
            if (!(e instanceof InferenceException)) {
                return status.withDescription(what + " failed on the node: " + e).asException();
            }
        }
        return status.withDescription(e.getMessage()).asException();
    }

    /** A call that streams a header, then photo chunks; the work starts once all have arrived. */
    private abstract static class Upload<Q, H, R> implements StreamObserver<Q> {

        final StreamObserver<R> responses;
        private final Function<Q, H> headerOf;
        private final Function<Q, ImageChunk> chunkOf;
        private final ToIntFunction<H> photosAnnounced;
        private H header;
        private ChunkAssembler assembler;
        private boolean failed;

        /**
         * @param headerOf the request's header, or null when the request carries a chunk
         * @param photosAnnounced how many photos a header announces
         */
        Upload(StreamObserver<R> responses, Function<Q, H> headerOf, Function<Q, ImageChunk> chunkOf,
                ToIntFunction<H> photosAnnounced) {
            this.responses = responses;
            this.headerOf = headerOf;
            this.chunkOf = chunkOf;
            this.photosAnnounced = photosAnnounced;
        }

        /** Does the work and answers on {@link #responses}. */
        abstract void finish(H header, List<byte[]> photos) throws Exception;

        @Override
        public void onNext(Q request) {
            if (failed) {
                return;
            }
            try {
                H part = headerOf.apply(request);
                if (part != null) {
                    header = part;
                    assembler = new ChunkAssembler(photosAnnounced.applyAsInt(part));
                } else if (assembler == null) {
                    throw new IllegalArgumentException("photo chunks arrived before the header");
                } else {
                    assembler.add(chunkOf.apply(request));
                }
            } catch (IllegalArgumentException e) {
                failed = true;
                responses.onError(toStatus("upload", e));
            }
        }

        @Override
        public void onError(Throwable error) {
            failed = true;
        }

        @Override
        public void onCompleted() {
            if (failed) {
                return;
            }
            try {
                if (assembler == null) {
                    throw new IllegalArgumentException("the request has no header");
                }
                finish(header, assembler.photos());
            } catch (Exception e) {
                responses.onError(toStatus("the request", e));
            }
        }
    }
}
