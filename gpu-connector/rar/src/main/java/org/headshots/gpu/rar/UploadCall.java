package org.headshots.gpu.rar;

import com.google.protobuf.ByteString;
import io.grpc.Deadline;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.headshots.gpu.wire.v1.ImageChunk;

/** Client-streaming calls: a header, the photos in chunks, one reply. */
final class UploadCall {

    static final int CHUNK_BYTES = 1024 * 1024;

    private UploadCall() {}

    /** The chunks of photo {@code image}; an empty photo is one empty last chunk. */
    static List<ImageChunk> chunks(int image, byte[] photo) {
        List<ImageChunk> chunks = new ArrayList<>();
        int offset = 0;
        do {
            int length = Math.min(CHUNK_BYTES, photo.length - offset);
            chunks.add(ImageChunk.newBuilder()
                    .setImage(image)
                    .setData(ByteString.copyFrom(photo, offset, length))
                    .setLast(offset + length == photo.length)
                    .build());
            offset += length;
        } while (offset < photo.length);
        return chunks;
    }

    /** Sends {@code messages} and waits for the reply until {@code deadline}. */
    static <Q, R> R send(Function<StreamObserver<R>, StreamObserver<Q>> start, List<Q> messages, Deadline deadline) {
        ReplyFuture<R> reply = new ReplyFuture<>();
        StreamObserver<Q> requests = start.apply(reply);
        for (Q message : messages) {
            requests.onNext(message);
        }
        requests.onCompleted();
        return reply.await(deadline.timeRemaining(TimeUnit.NANOSECONDS));
    }
}
