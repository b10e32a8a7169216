package org.headshots.application.style;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.headshots.application.GpuFleet;
import org.headshots.application.OfferedStyles;
import org.headshots.application.Sha256;
import org.headshots.application.fleet.FleetNode;
import org.headshots.application.fleet.HeadshotRequest;
import org.headshots.application.fleet.MadeHeadshot;
import org.headshots.application.fleet.WorkKey;
import org.headshots.domain.selfie.PhotoStore;
import org.headshots.domain.style.StyleSample;
import org.headshots.domain.style.StyleSampleRepository;

/**
 * The style pool as pictures: a sample headshot of the sample subject per style the fleet offers, made by a
 * node once and kept until the nodes' model packs change.
 */
@Stateless
public class StyleSamples {

    /** The brand colour the brand-colour style's sample is painted in. */
    static final String SAMPLE_BRAND_COLOUR = "#1f4e79";

    @Inject
    OfferedStyles offered;

    @Inject
    GpuFleet fleet;

    @Inject
    StyleSampleRepository samples;

    @Inject
    PhotoStore store;

    @Inject
    SampleSubject subject;

    @Inject
    Clock clock;

    /** The styles an order may choose now, each with its sample when it has one. */
    public List<StyleOption> pool() {
        Map<String, StyleSample> made =
                samples.all().stream().collect(Collectors.toMap(StyleSample::style, Function.identity()));
        return offered.now().stream()
                .map(style -> new StyleOption(
                        style, Optional.ofNullable(made.get(style)).map(StyleSample::madeAt)))
                .toList();
    }

    /** The sample picture of a style, as JPEG. */
    public byte[] picture(String style) {
        return samples.find(style)
                .map(sample -> store.get(sample.photoKey()))
                .orElseThrow(() -> new StyleSampleNotFoundException(style));
    }

    /** The styles that up nodes offer and whose sample is missing or was made with other packs. */
    public List<String> due() {
        Map<String, String> packs = packsPerStyle();
        return packs.keySet().stream()
                .filter(style -> samples.find(style)
                        .map(sample -> !sample.madeWith(packs.get(style)))
                        .orElse(true))
                .toList();
    }

    /** Asks a node for the style's sample; stores nothing. Long: no transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<MadeSample> make(String style) {
        String packs = packsPerStyle().get(style);
        if (packs == null) {
            return Optional.empty();
        }
        HeadshotRequest request = new HeadshotRequest(
                style,
                1,
                List.of(subject.photo()),
                new float[0],
                SAMPLE_BRAND_COLOUR,
                0,
                HeadshotRequest.DEFAULT_MIN_IDENTITY);
        List<MadeHeadshot> made =
                fleet.generate(new WorkKey("style-sample-" + style + "-" + digest(packs)), request, 0, 1);
        return made.stream().findFirst().map(headshot -> new MadeSample(style, packs, headshot));
    }

    /** Keeps a sample in place of the style's earlier one. */
    public void keep(MadeSample made) {
        Optional<String> earlier = samples.find(made.style()).map(StyleSample::photoKey);
        MadeHeadshot headshot = made.headshot();
        samples.replace(new StyleSample(
                made.style(),
                made.packs(),
                store.put(headshot.jpeg()),
                headshot.width(),
                headshot.height(),
                OffsetDateTime.now(clock)));
        earlier.ifPresent(store::delete);
    }

    /** For each style the up nodes offer, the packs (name@version) of those nodes, sorted. */
    private Map<String, String> packsPerStyle() {
        Map<String, TreeSet<String>> packs = new java.util.TreeMap<>();
        for (FleetNode node : fleet.nodes()) {
            if (!node.isUp()) {
                continue;
            }
            for (String style : node.styles()) {
                TreeSet<String> names = packs.computeIfAbsent(style, any -> new TreeSet<>());
                node.packs().forEach(pack -> names.add(pack.name() + "@" + pack.version()));
            }
        }
        return packs.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> cut(String.join(",", entry.getValue())),
                        (a, b) -> a,
                        java.util.TreeMap::new));
    }

    private static String cut(String packs) {
        return packs.length() <= StyleSample.MAX_PACKS_LENGTH
                ? packs
                : packs.substring(0, StyleSample.MAX_PACKS_LENGTH - 16) + "#" + digest(packs);
    }

    private static String digest(String text) {
        return Sha256.hex(text).substring(0, 12);
    }

    /** A sample a node made, not kept yet. */
    public record MadeSample(String style, String packs, MadeHeadshot headshot) implements java.io.Serializable {}
}
