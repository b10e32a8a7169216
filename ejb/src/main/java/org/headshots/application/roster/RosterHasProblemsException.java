package org.headshots.application.roster;

import java.util.stream.Collectors;
import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;
import org.headshots.domain.roster.RosterPreview;

/** A roster applied while rows of it have problems: nothing was changed; the preview lists them all. */
public class RosterHasProblemsException extends Refusal {

    private static final long serialVersionUID = 1L;
    private static final int NAMED = 5;

    private final transient RosterPreview preview;

    public RosterHasProblemsException(RosterPreview preview) {
        super(
                RefusalKind.UNACCEPTABLE,
                "ROSTER_HAS_PROBLEMS",
                preview.problems().size() + " problem" + (preview.problems().size() == 1 ? "" : "s")
                        + " in the roster, nothing was changed. Fix the file and upload it again: "
                        + preview.problems().stream()
                                .limit(NAMED)
                                .map(problem -> "line " + problem.line() + ": " + problem.message())
                                .collect(Collectors.joining("; "))
                        + (preview.problems().size() > NAMED ? "; …" : ""));
        this.preview = preview;
    }

    public RosterPreview preview() {
        return preview;
    }
}
