package org.headshots.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.headshots.application.photos.TeamPhotoEntry;
import org.headshots.application.profile.ProfilePictures;
import org.headshots.application.profile.ProfileTemplateRefusedException;
import org.headshots.application.profile.ProfileTemplateView;
import org.headshots.domain.profile.Background;
import org.headshots.domain.profile.BorderColour;
import org.headshots.domain.profile.LogoCorner;
import org.headshots.domain.profile.ProfilePictureTemplate;
import org.headshots.domain.profile.Shape;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.interfaces.security.CurrentUser;

/**
 * The cockpit's "Profile pictures": the order's template in form fields, previewed live on a favourite by the
 * page's script (each change asks {@code /admin/profile-picture} again), and applied to the whole order.
 */
@Named
@ViewScoped
public class ProfileTemplatePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProfilePictures pictures;

    @Inject
    OrderCockpitPage cockpit;

    @Inject
    CurrentUser user;

    static final int PREVIEW_PEOPLE = 200;

    private transient List<TeamPhotoEntry> chosen;
    private boolean loaded;
    private boolean applied;
    private boolean brandColour;
    private boolean logo;
    private String shape;
    private int size;
    private boolean greyscale;
    private String background;
    private int border;
    private String borderColour;
    private String logoCorner;

    private void load() {
        if (!loaded) {
            show(pictures.template(user.organisation(), cockpit.getId()));
            loaded = true;
        }
    }

    private void show(ProfileTemplateView view) {
        ProfilePictureTemplate template = view.template();
        applied = view.applied();
        brandColour = view.brandColour().isPresent();
        logo = view.logo();
        shape = ProfileTemplateText.name(template.shape());
        size = template.size();
        greyscale = template.greyscale();
        background = ProfileTemplateText.name(template.background());
        border = template.borderWidth();
        borderColour = ProfileTemplateText.name(template.borderColour());
        logoCorner = ProfileTemplateText.name(template.logoCorner());
    }

    public void apply() {
        load();
        try {
            ProfilePictureTemplate template =
                    ProfileTemplateText.read(fields()::get, ProfilePictureTemplate.standard());
            show(pictures.apply(user.organisation(), cockpit.getId(), template, user.username()));
            Messages.info(
                    "Template applied to the whole order",
                    "Every member's profile picture is now made in it:"
                            + " in the team photos ZIP and in each person's own download.");
        } catch (ProfileTemplateRefusedException | IllegalArgumentException | InvalidValueException e) {
            Messages.error("Template not applied", e.getMessage());
        }
    }

    private Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("shape", shape);
        fields.put("size", String.valueOf(size));
        fields.put("greyscale", String.valueOf(greyscale));
        fields.put("background", background);
        fields.put("border", String.valueOf(border));
        fields.put("borderColour", borderColour);
        fields.put("logo", logoCorner);
        return fields;
    }

    /** The preview's address for the template as the fields hold it. */
    public String getPreviewQuery() {
        load();
        return "order=" + cockpit.getId()
                + fields().entrySet().stream()
                        .map(e -> "&" + e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining());
    }

    /** Whom the preview can show the template on, as value and label; the first favourite when none is picked. */
    public List<TeamPhotoEntry> getChosen() {
        if (chosen == null) {
            chosen = pictures.chosen(user.organisation(), cockpit.getId(), PREVIEW_PEOPLE);
        }
        return chosen;
    }

    public List<String> getShapes() {
        return names(Shape.values());
    }

    public List<String> getBackgrounds() {
        return names(Background.values());
    }

    public List<String> getBorderColours() {
        return names(BorderColour.values());
    }

    public List<String> getLogoCorners() {
        return names(LogoCorner.values());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(ProfileTemplateText::name).toList();
    }

    public int getMinSize() {
        return ProfilePictureTemplate.MIN_SIZE;
    }

    public int getMaxSize() {
        return ProfilePictureTemplate.MAX_SIZE;
    }

    public int getMaxBorder() {
        return ProfilePictureTemplate.MAX_BORDER_WIDTH;
    }

    /** Whether the template shown is the one applied to the order, rather than the one it starts from. */
    public boolean isApplied() {
        load();
        return applied;
    }

    public boolean isBrandColour() {
        load();
        return brandColour;
    }

    public boolean isLogo() {
        load();
        return logo;
    }

    public String getShape() {
        load();
        return shape;
    }

    public void setShape(String shape) {
        this.shape = shape;
    }

    public int getSize() {
        load();
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    public boolean isGreyscale() {
        load();
        return greyscale;
    }

    public void setGreyscale(boolean greyscale) {
        this.greyscale = greyscale;
    }

    public String getBackground() {
        load();
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public int getBorder() {
        load();
        return border;
    }

    public void setBorder(int border) {
        this.border = border;
    }

    public String getBorderColour() {
        load();
        return borderColour;
    }

    public void setBorderColour(String borderColour) {
        this.borderColour = borderColour;
    }

    public String getLogoCorner() {
        load();
        return logoCorner;
    }

    public void setLogoCorner(String logoCorner) {
        this.logoCorner = logoCorner;
    }
}
