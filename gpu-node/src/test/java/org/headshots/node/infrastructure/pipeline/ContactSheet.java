package org.headshots.node.infrastructure.pipeline;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.headshots.node.application.GenerationOrder;
import org.headshots.node.application.Headshot;
import org.headshots.node.application.HeadshotChecksFailedException;
import org.headshots.node.application.HeadshotService;
import org.headshots.node.application.JobKey;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.infrastructure.DeviceProbe;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;

/**
 * A contact sheet for a reviewer's eye: the hard cases made from the committed photos (as taken, cut at the
 * collar, the person pasted by their own matte in front of a bright window, a small face) each run through the
 * node as an order would be, every headshot in one image with its numbers under it (identity, sharpness, tries,
 * stretched share, enlarged or not), the reference photo first in its row, and in red where the node's checks
 * refused a headshot five times and why. Prints the time per headshot by stage.
 *
 * <pre>mvn -o -q -pl gpu-node test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=org.headshots.node.infrastructure.pipeline.ContactSheet \
 *     -Dexec.args="target/contact-sheet.png 4 studio-grey,linkedin-half-body"</pre>
 */
public final class ContactSheet {

    private static final int CELL_WIDTH = 200;
    private static final int CELL_HEIGHT = 250;
    private static final int CAPTION = 58;

    private ContactSheet() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/contact-sheet.png");
        int perStyle = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<String> styles = List.of((args.length > 2 ? args[2] : "studio-grey,linkedin-half-body").split(","));
        OnnxRuntimeEngine engine = OnnxRuntimeEngine.start(ProviderChoice.AUTO, 0, new DeviceProbe());
        try (FacePipeline pipeline = FacePipeline.open(engine, StarterPack.models());
                RealEsrganUpscaler upscaler = RealEsrganUpscaler.open(engine, RealEsrganUpscalerTest.model())) {
            pipeline.warmUp();
            HeadshotService service = OneSlotHeadshotService.over(pipeline, upscaler);
            Map<String, BufferedImage> cases = hardCases(pipeline);
            float[] identity = pipeline.analyze(TestPhotos.load("astronaut.png"))
                    .faces()
                    .get(0)
                    .embedding()
                    .values();
            List<Row> rows = new ArrayList<>();
            long[] stages = new long[4];
            int made = 0;
            int refused = 0;
            for (Map.Entry<String, BufferedImage> hardCase : cases.entrySet()) {
                byte[] reference = png(hardCase.getValue());
                List<Cell> cells = new ArrayList<>();
                for (String style : styles) {
                    List<Headshot> headshots = new ArrayList<>();
                    try {
                        service.generate(
                                new JobKey("sheet-" + hardCase.getKey() + "-" + style),
                                new GenerationOrder(
                                        style,
                                        perStyle,
                                        identity,
                                        "sheet-" + hardCase.getKey(),
                                        "",
                                        1,
                                        GenerationOrder.DEFAULT_MIN_IDENTITY),
                                List.of(reference),
                                0,
                                perStyle,
                                headshots::add,
                                () -> false);
                    } catch (HeadshotChecksFailedException e) {
                        // what the node refuses is part of the review: the headshots made before it, and why
                        cells.add(new Cell(null, wrap(e.getMessage())));
                        refused++;
                    }
                    for (Headshot headshot : headshots) {
                        cells.add(cell(style, headshot));
                        stages[0] += headshot.times().prepare();
                        stages[1] += headshot.times().compose();
                        stages[2] += headshot.times().check();
                        stages[3] += headshot.times().encode();
                        made++;
                    }
                }
                rows.add(new Row(hardCase.getKey(), hardCase.getValue(), cells));
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            ImageIO.write(draw(rows), "png", out.toFile());
            System.out.printf(
                    Locale.ROOT,
                    "%d headshots of %d cases in %s, %d jobs refused by the checks; per"
                            + " headshot: prepare %.0f ms (once per job, spread), compose %.0f ms, checks %.0f ms, encode %.0f"
                            + " ms%n",
                    made,
                    cases.size(),
                    out,
                    refused,
                    stages[0] / 1e6 / made,
                    stages[1] / 1e6 / made,
                    stages[2] / 1e6 / made,
                    stages[3] / 1e6 / made);
        }
    }

    /** The committed portrait and its edits that once gave defects a person sees at once. */
    private static Map<String, BufferedImage> hardCases(FacePipeline pipeline) throws Exception {
        BufferedImage astronaut = TestPhotos.load("astronaut.png");
        Map<String, BufferedImage> cases = new LinkedHashMap<>();
        cases.put("as taken", astronaut);
        cases.put("cut at the collar", astronaut.getSubimage(0, 0, astronaut.getWidth(), 330));
        cases.put("bright window", onBright(astronaut, pipeline.matte(astronaut)));
        BufferedImage phoneSize = TestPhotos.scaled(astronaut, 4);
        cases.put("bright window, 2048 px", onBright(phoneSize, pipeline.matte(phoneSize)));
        cases.put("small face", TestPhotos.scaled(astronaut, 0.6));
        return cases;
    }

    /** The person pasted by their own matte in front of an overexposed window: near-white, slightly blue. */
    private static BufferedImage onBright(BufferedImage photo, AlphaMatte matte) {
        BufferedImage out = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        byte[] alpha = matte.alpha();
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                double a = (alpha[y * photo.getWidth() + x] & 0xFF) / 255.0;
                int p = photo.getRGB(x, y);
                int window = 0xF4F8FF;
                int r = (int) Math.round(a * (p >> 16 & 0xFF) + (1 - a) * (window >> 16 & 0xFF));
                int g = (int) Math.round(a * (p >> 8 & 0xFF) + (1 - a) * (window >> 8 & 0xFF));
                int b = (int) Math.round(a * (p & 0xFF) + (1 - a) * (window & 0xFF));
                out.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return out;
    }

    private record Row(String name, BufferedImage reference, List<Cell> cells) {}

    private record Cell(BufferedImage image, String[] caption) {}

    private static Cell cell(String style, Headshot headshot) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(headshot.jpeg()));
        Headshot.Looks looks = headshot.looks();
        return new Cell(image, new String[] {
            String.format(
                    Locale.ROOT,
                    "%s #%d %dx%d%s",
                    style,
                    headshot.index(),
                    headshot.width(),
                    headshot.height(),
                    headshot.upscaled() ? String.format(Locale.ROOT, " enlarged x%.1f", looks.enlargement()) : ""),
            String.format(
                    Locale.ROOT,
                    "id %.3f sharp %.2f tries %d",
                    headshot.identitySimilarity(),
                    headshot.quality(),
                    headshot.attempts()),
            String.format(
                    Locale.ROOT,
                    "stretch %.2f halo %.2f face %.2f",
                    looks.stretchedShare(),
                    looks.haloShare(),
                    looks.faceShare())
        });
    }

    private static BufferedImage draw(List<Row> rows) {
        int columns =
                1 + rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        int rowHeight = CELL_HEIGHT + CAPTION;
        BufferedImage sheet =
                new BufferedImage(columns * CELL_WIDTH, rows.size() * rowHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int top = r * rowHeight;
            fit(g, row.reference(), 0, top);
            caption(
                    g,
                    new String[] {
                        "reference: " + row.name(),
                        row.reference().getWidth() + "x" + row.reference().getHeight()
                    },
                    0,
                    top);
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                if (cell.image() == null) {
                    g.setColor(new Color(0xB0, 0x20, 0x20));
                    for (int i = 0; i < cell.caption().length; i++) {
                        g.drawString(cell.caption()[i], (c + 1) * CELL_WIDTH + 4, top + 16 + 13 * i);
                    }
                    continue;
                }
                fit(g, cell.image(), (c + 1) * CELL_WIDTH, top);
                caption(g, cell.caption(), (c + 1) * CELL_WIDTH, top);
            }
        }
        g.dispose();
        return sheet;
    }

    /** A refusal's message in lines that fit a cell, for the cell's picture area. */
    private static String[] wrap(String message) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : message.split(" ")) {
            if (line.length() + word.length() > 34) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines.stream().limit(18).toArray(String[]::new);
    }

    private static void fit(Graphics2D g, BufferedImage image, int left, int top) {
        double scale = Math.min((CELL_WIDTH - 8.0) / image.getWidth(), (CELL_HEIGHT - 8.0) / image.getHeight());
        int w = (int) Math.round(image.getWidth() * scale);
        int h = (int) Math.round(image.getHeight() * scale);
        g.drawImage(image, left + (CELL_WIDTH - w) / 2, top + 4 + (CELL_HEIGHT - 8 - h), w, h, null);
    }

    private static void caption(Graphics2D g, String[] lines, int left, int top) {
        g.setColor(Color.DARK_GRAY);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], left + 4, top + CELL_HEIGHT + 14 + 13 * i);
        }
    }

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
