package org.headshots.node.interfaces;

import java.util.List;
import org.headshots.gpu.wire.v1.AnalyzeHeader;
import org.headshots.gpu.wire.v1.GenerateHeader;
import org.headshots.node.application.FaceWorkService;
import org.headshots.node.application.GenerationOrder;
import org.headshots.node.application.JobKey;
import org.headshots.node.domain.NodeRefusal;

/** Request fields as the application's values; a field out of its range is a refusal of kind invalid. */
final class FromWire {

    private FromWire() {}

    static JobKey jobKey(String value) throws NodeRefusal {
        return NodeRefusal.fromRequest("job_key: ", () -> new JobKey(value));
    }

    /** The size of the thumbnail an analysis renders: 0 for none, the default when asked for 0. */
    static int thumbnailSize(AnalyzeHeader header) throws NodeRefusal {
        if (header.getThumbnailSize() < 0) {
            throw NodeRefusal.invalid("thumbnail_size must not be negative: " + header.getThumbnailSize());
        }
        if (!header.getNormalized()) {
            return 0;
        }
        return header.getThumbnailSize() > 0 ? header.getThumbnailSize() : FaceWorkService.DEFAULT_THUMBNAIL_SIZE;
    }

    static GenerationOrder order(GenerateHeader header, List<byte[]> references) throws NodeRefusal {
        float[] identity = new float[header.getIdentityCount()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = header.getIdentity(i);
        }
        float minIdentity =
                header.getMinIdentity() == 0 ? GenerationOrder.DEFAULT_MIN_IDENTITY : header.getMinIdentity();
        String referencesSha256 = GenerationOrder.referencesSha256(references);
        return NodeRefusal.fromRequest(
                "",
                () -> new GenerationOrder(
                        header.getStyle(),
                        header.getCount(),
                        identity,
                        referencesSha256,
                        header.getBrandColour(),
                        header.getSeed(),
                        minIdentity));
    }
}
