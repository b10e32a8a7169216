package org.headshots.node.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.headshots.gpu.wire.v1.AnalyzeHeader;
import org.headshots.gpu.wire.v1.GenerateHeader;
import org.headshots.node.application.FaceWorkService;
import org.headshots.node.application.GenerationOrder;
import org.headshots.node.domain.NodeRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class FromWireTest {

    private static final List<byte[]> REFERENCES = List.of(new byte[] {1, 2, 3});

    @Test
    void aMalformedJobKeyIsRefusedNamingTheField() {
        NodeRefusal refusal = invalid(() -> FromWire.jobKey(""));
        assertTrue(refusal.getMessage().startsWith("job_key: "), refusal.getMessage());
    }

    @Test
    void aThumbnailIsRenderedOnlyForNormalizedAnalysesAtTheDefaultSizeWhenAskedForZero() throws NodeRefusal {
        assertEquals(
                0,
                FromWire.thumbnailSize(
                        AnalyzeHeader.newBuilder().setThumbnailSize(200).build()));
        assertEquals(
                FaceWorkService.DEFAULT_THUMBNAIL_SIZE,
                FromWire.thumbnailSize(
                        AnalyzeHeader.newBuilder().setNormalized(true).build()));
        assertEquals(
                200,
                FromWire.thumbnailSize(AnalyzeHeader.newBuilder()
                        .setNormalized(true)
                        .setThumbnailSize(200)
                        .build()));
        invalid(() -> FromWire.thumbnailSize(
                AnalyzeHeader.newBuilder().setThumbnailSize(-1).build()));
    }

    @Test
    void anOrderTakesTheDefaultLeastIdentityAndTheDigestOfItsReferences() throws NodeRefusal {
        GenerationOrder order = FromWire.order(
                GenerateHeader.newBuilder()
                        .setStyle("studio-grey")
                        .setCount(4)
                        .setSeed(7)
                        .build(),
                REFERENCES);
        assertEquals(GenerationOrder.DEFAULT_MIN_IDENTITY, order.minIdentity());
        assertEquals(GenerationOrder.referencesSha256(REFERENCES), order.referencesSha256());
        assertEquals(4, order.count());
    }

    @Test
    void anOrderOutOfRangeIsAnInvalidRequest() {
        invalid(() -> oneStudioGrey(header -> header.setCount(0)));
        invalid(() -> oneStudioGrey(header -> header.setMinIdentity(1.5f)));
        invalid(() -> oneStudioGrey(header -> header.addIdentity(0).addIdentity(0)));
        invalid(() -> oneStudioGrey(header -> header.addIdentity(Float.NaN)));
    }

    /** An order of one studio-grey headshot from {@link #REFERENCES}, changed as the test asks. */
    private static GenerationOrder oneStudioGrey(UnaryOperator<GenerateHeader.Builder> change) throws NodeRefusal {
        return FromWire.order(
                change.apply(GenerateHeader.newBuilder().setStyle("studio-grey").setCount(1))
                        .build(),
                REFERENCES);
    }

    private static NodeRefusal invalid(Executable call) {
        NodeRefusal refusal = assertThrows(NodeRefusal.class, call);
        assertEquals(NodeRefusal.Kind.INVALID, refusal.kind());
        return refusal;
    }
}
