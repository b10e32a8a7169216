package org.headshots.node.interfaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import org.headshots.gpu.wire.v1.BuildIdentityHeader;
import org.headshots.gpu.wire.v1.BuildIdentityRequest;
import org.headshots.gpu.wire.v1.ImageChunk;
import org.junit.jupiter.api.Test;

class ChunkedUploadTest {

    private final List<Throwable> errors = new ArrayList<>();
    private final List<List<byte[]>> finished = new ArrayList<>();
    private final StreamObserver<Object> responses = new StreamObserver<>() {
        @Override
        public void onNext(Object value) {}

        @Override
        public void onError(Throwable t) {
            errors.add(t);
        }

        @Override
        public void onCompleted() {}
    };

    private final ChunkedUpload<BuildIdentityRequest, BuildIdentityHeader> upload = new ChunkedUpload<>(
            responses,
            request -> request.hasHeader() ? request.getHeader() : null,
            BuildIdentityRequest::getChunk,
            BuildIdentityHeader::getPhotoCount,
            (header, photos) -> finished.add(photos));

    @Test
    void thePhotosOfAHeaderAndItsChunksReachTheWork() {
        upload.onNext(header(2));
        upload.onNext(chunk(0, "ab", false));
        upload.onNext(chunk(0, "c", true));
        upload.onNext(chunk(1, "d", true));
        upload.onCompleted();
        assertEquals(List.of(), errors);
        assertArrayEquals("abc".getBytes(), finished.get(0).get(0));
        assertArrayEquals("d".getBytes(), finished.get(0).get(1));
    }

    @Test
    void chunksBeforeTheHeaderAreAnInvalidRequest() {
        upload.onNext(chunk(0, "ab", true));
        upload.onNext(header(1));
        upload.onCompleted();
        assertInvalid("photo chunks arrived before the header");
    }

    @Test
    void aRequestWithoutHeaderIsInvalid() {
        upload.onCompleted();
        assertInvalid("the request has no header");
    }

    @Test
    void aRequestEndingBeforeItsPhotosIsInvalid() {
        upload.onNext(header(2));
        upload.onNext(chunk(0, "ab", true));
        upload.onCompleted();
        assertInvalid("the request ended after 1 of 2 photos");
    }

    @Test
    void aChunkOutOfOrderIsInvalid() {
        upload.onNext(header(2));
        upload.onNext(chunk(1, "ab", true));
        assertInvalid("chunk of photo 1 arrived while photo 0 was expected");
    }

    private void assertInvalid(String reason) {
        assertEquals(1, errors.size(), errors.toString());
        Status status = Status.fromThrowable(errors.get(0));
        assertEquals(Status.Code.INVALID_ARGUMENT, status.getCode());
        assertEquals(reason, status.getDescription());
        assertTrue(finished.isEmpty());
    }

    private static BuildIdentityRequest header(int photos) {
        return BuildIdentityRequest.newBuilder()
                .setHeader(
                        BuildIdentityHeader.newBuilder().setJobKey("identity-1").setPhotoCount(photos))
                .build();
    }

    private static BuildIdentityRequest chunk(int image, String data, boolean last) {
        return BuildIdentityRequest.newBuilder()
                .setChunk(ImageChunk.newBuilder()
                        .setImage(image)
                        .setData(ByteString.copyFromUtf8(data))
                        .setLast(last))
                .build();
    }
}
