package org.headshots.domain.style;

import java.util.List;
import java.util.Optional;

/** The sample headshots of the styles, one per style. */
public interface StyleSampleRepository {

    Optional<StyleSample> find(String style);

    List<StyleSample> all();

    /** Keeps the sample, in place of the style's earlier one. */
    void replace(StyleSample sample);
}
