package org.headshots.node.interfaces;

import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.headshots.gpu.wire.v1.ImageChunk;
import org.headshots.node.domain.NodeRefusal;

/** A call that streams a header, then photo chunks; the work starts once all have arrived. */
final class ChunkedUpload<Q, H> implements StreamObserver<Q> {

    /** The work of the call; it answers on the call's response stream. */
    @FunctionalInterface
    interface Work<H> {
        void finish(H header, List<byte[]> photos) throws Exception;
    }

    private final StreamObserver<?> responses;
    private final Function<Q, H> headerOf;
    private final Function<Q, ImageChunk> chunkOf;
    private final ToIntFunction<H> photosAnnounced;
    private final Work<H> work;
    private H header;
    private ChunkAssembler assembler;
    private boolean failed;

    /**
     * @param headerOf the request's header, or null when the request carries a chunk
     * @param photosAnnounced how many photos a header announces
     */
    ChunkedUpload(
            StreamObserver<?> responses,
            Function<Q, H> headerOf,
            Function<Q, ImageChunk> chunkOf,
            ToIntFunction<H> photosAnnounced,
            Work<H> work) {
        this.responses = responses;
        this.headerOf = headerOf;
        this.chunkOf = chunkOf;
        this.photosAnnounced = photosAnnounced;
        this.work = work;
    }

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
                throw NodeRefusal.invalid("photo chunks arrived before the header");
            } else {
                assembler.add(chunkOf.apply(request));
            }
        } catch (Exception e) {
            failed = true;
            responses.onError(StatusMapping.toStatus("upload", e));
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
                throw NodeRefusal.invalid("the request has no header");
            }
            work.finish(header, assembler.photos());
        } catch (Exception e) {
            responses.onError(StatusMapping.toStatus("the request", e));
        }
    }
}
