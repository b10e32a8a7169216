package org.headshots.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.headshots.application.ExportProgress;
import org.headshots.application.PreparedExport;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/**
 * Exports an order's roster as an Excel workbook: {@link #prepare} checks the order and audits the export before
 * anything is sent, then {@link Prepared#writeTo} streams it while the members are read, a page at a time.
 */
@ApplicationScoped
public class RosterExport {

    static final int PAGE = 200;

    @Inject
    RosterPages pages;

    @Inject
    RosterWriter writer;

    /**
     * @throws org.headshots.application.OrderNotFoundException for an order that is not the organisation's
     */
    public Prepared prepare(Organisation organisation, long orderId, Username admin) {
        return new Prepared(organisation, orderId, pages.summary(organisation, orderId, admin));
    }

    /** An export whose order is known to be the caller's, ready to be written. */
    public final class Prepared implements PreparedExport {

        private final Organisation organisation;
        private final long orderId;
        private final RosterSummary summary;

        private Prepared(Organisation organisation, long orderId, RosterSummary summary) {
            this.organisation = organisation;
            this.orderId = orderId;
            this.summary = summary;
        }

        public long members() {
            return summary.members();
        }

        /** roster-spring-portraits-2026-12-04.xlsx */
        @Override
        public String fileName() {
            String slug = Normalizer.normalize(summary.order(), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            return "roster-" + (slug.isEmpty() ? "order-" + orderId : slug) + "-"
                    + summary.made().toLocalDate() + ".xlsx";
        }

        @Override
        public void writeTo(OutputStream out, ExportProgress progress) throws IOException {
            progress.written(0, summary.members());
            Paged entries = new Paged(organisation, orderId, summary.members(), progress);
            writer.write(summary, entries, out);
            progress.written(entries.read, entries.read);
        }
    }

    /** Pulls the next page when the writer has used the last one. */
    private final class Paged implements Iterator<RosterEntry> {

        private final Organisation organisation;
        private final long orderId;
        private final long total;
        private final ExportProgress progress;
        private List<RosterEntry> page = List.of();
        private int index;
        private int read;
        private boolean exhausted;

        Paged(Organisation organisation, long orderId, long total, ExportProgress progress) {
            this.organisation = organisation;
            this.orderId = orderId;
            this.total = total;
            this.progress = progress;
        }

        @Override
        public boolean hasNext() {
            if (index < page.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            progress.written(read, Math.max(total, read));
            page = pages.page(organisation, orderId, read, PAGE);
            index = 0;
            read += page.size();
            exhausted = page.size() < PAGE;
            return !page.isEmpty();
        }

        @Override
        public RosterEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.get(index++);
        }
    }
}
