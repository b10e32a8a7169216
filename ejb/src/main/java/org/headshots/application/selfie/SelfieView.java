package org.headshots.application.selfie;

import java.time.OffsetDateTime;
import java.util.List;
import org.headshots.domain.selfie.Reason;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.Verdict;

/** A selfie as its owner sees it: verdict, reasons and measurements (JSON), never the embedding. */
public record SelfieView(
        long id,
        OffsetDateTime uploadedAt,
        Verdict verdict,
        List<Reason> reasons,
        String metrics,
        int width,
        int height) {

    static SelfieView of(Selfie selfie) {
        return new SelfieView(
                selfie.id(),
                selfie.uploadedAt(),
                selfie.verdict(),
                selfie.reasons(),
                selfie.metrics(),
                selfie.width(),
                selfie.height());
    }
}
