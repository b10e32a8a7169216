package org.headshots.interfaces.web;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.headshots.application.roster.RosterHasProblemsException;
import org.headshots.application.roster.RosterImport;
import org.headshots.application.roster.RosterImported;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.domain.roster.RosterFileRefusedException;
import org.headshots.domain.roster.RosterFiles;
import org.headshots.domain.roster.RosterPreview;
import org.headshots.domain.roster.RosterProblem;
import org.headshots.domain.roster.RosterRow;
import org.headshots.interfaces.security.CurrentUser;
import org.primefaces.event.FileUploadEvent;

/**
 * The cockpit's "Import a roster": the file's preview with every row's problems, then applying it. The file is
 * kept for this view only, to be applied as it was previewed.
 */
@Named
@ViewScoped
public class RosterImportPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row as the preview table shows it. */
    public record Line(
            int line, String email, String name, String department, String title, String action, String problems)
            implements Serializable {}

    @Inject
    RosterImport imports;

    @Inject
    OrderCockpitPage cockpit;

    @Inject
    CurrentUser user;

    private String fileName;
    private byte[] file;
    private transient RosterPreview preview;
    private List<Line> lines = List.of();
    private boolean clean;
    private String summary;

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        try (InputStream in = event.getFile().getInputStream()) {
            file = in.readNBytes(RosterFiles.MAX_BYTES + 1);
            show(imports.preview(user.organisation(), cockpit.getId(), fileName, file));
        } catch (IOException e) {
            forget();
            Messages.error(fileName + ": the upload broke off", "Send the file again.");
        } catch (RuntimeException e) {
            forget();
            Messages.error(fileName + ": not read", reason(e));
        }
    }

    public void apply() {
        if (file == null) {
            Messages.error("Nothing to apply", "Choose a roster file first.");
            return;
        }
        try {
            RosterImported done = imports.apply(user.organisation(), cockpit.getId(), fileName, file, user.username());
            Messages.info("Roster applied", done.summary());
            forget();
            cockpit.refreshCounts();
        } catch (RuntimeException e) {
            Messages.error("Nothing was changed", reason(e));
        }
    }

    private void show(RosterPreview shown) {
        preview = shown;
        clean = shown.clean();
        summary = shown.toCreate() + " new, " + shown.toUpdate() + " already in the directory, " + shown.withProblems()
                + " with problems";
        lines = shown.rows().stream().map(row -> line(shown, row)).toList();
    }

    private static Line line(RosterPreview shown, RosterRow row) {
        return new Line(
                row.line(),
                row.email(),
                (row.firstName() + " " + row.lastName()).strip(),
                row.department(),
                row.title(),
                shown.actionOf(row.line()).name(),
                shown.problemsOf(row.line()).stream()
                        .map(RosterProblem::message)
                        .collect(Collectors.joining(" ")));
    }

    private void forget() {
        file = null;
        preview = null;
        lines = List.of();
        clean = false;
        summary = null;
    }

    /** What the person reads: the refusal's own message, also when an EJB wrapped it. */
    private static String reason(RuntimeException e) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RosterFileRefusedException
                || cause instanceof RosterHasProblemsException
                || cause instanceof DirectoryUnavailableException
                || cause instanceof IllegalArgumentException
                || cause instanceof InvalidValueException
                || cause instanceof org.headshots.domain.order.OrderStateException) {
            return cause.getMessage();
        }
        throw e;
    }

    public boolean isShown() {
        return summary != null;
    }

    public List<Line> getLines() {
        return lines;
    }

    public boolean isClean() {
        return clean;
    }

    public String getSummary() {
        return summary;
    }

    public String getFileName() {
        return fileName;
    }
}
