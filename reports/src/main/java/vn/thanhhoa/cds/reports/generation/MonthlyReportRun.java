package vn.thanhhoa.cds.reports.generation;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.reports.archive.GeneratedReport;
import vn.thanhhoa.cds.reports.archive.ReportArchive;
import vn.thanhhoa.cds.reports.archive.ReportFormat;
import vn.thanhhoa.cds.reports.delivery.Recipient;
import vn.thanhhoa.cds.reports.delivery.RecipientList;
import vn.thanhhoa.cds.reports.delivery.RecipientsFile;
import vn.thanhhoa.cds.reports.delivery.ReportDelivery;
import vn.thanhhoa.cds.reports.monthly.ReportMonth;

/**
 * One unit's monthly report made, archived and delivered to its recipient list: what the schedule
 * does on the first day of each month for the month before, and what a person asks for any past
 * month.
 */
public final class MonthlyReportRun {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyReportRun.class);

    private final ReportGenerator generator;
    private final ReportArchive archive;
    private final ReportDelivery delivery;
    private final RecipientsFile recipients;

    public MonthlyReportRun(ReportGenerator generator, ReportArchive archive, ReportDelivery delivery, RecipientsFile recipients) {
        this.generator = generator;
        this.archive = archive;
        this.delivery = delivery;
        this.recipients = recipients;
    }

    /** @return the files made (archived), whatever the deliveries' fate (recorded in delivery_attempt) */
    public List<GeneratedReport> run(String unit, ReportMonth month) {
        RecipientList list = recipients.recipientsOf(unit);
        List<GeneratedReport> files = generator.generate(unit, month, List.of(ReportFormat.PDF, ReportFormat.XLSX), list.copiesTo());
        files.forEach(archive::store);
        List<Recipient> failed = delivery.deliver(files, list);
        LOG.info("Monthly report {} {}: {} files archived, {} of {} recipients reached", unit, month, files.size(),
                list.recipients().size() - failed.size(), list.recipients().size());
        return files;
    }

    /**
     * Makes and archives a unit's report without sending it: what a person asks for from the web
     * application's archive page (the recipients already had the scheduled one).
     *
     * @return the files made and archived
     */
    public List<GeneratedReport> runWithoutDelivery(String unit, ReportMonth month) {
        RecipientList list = recipients.recipientsOf(unit);
        List<GeneratedReport> files = generator.generate(unit, month, List.of(ReportFormat.PDF, ReportFormat.XLSX), list.copiesTo());
        files.forEach(archive::store);
        LOG.info("Monthly report {} {} made on demand: {} files archived, not sent", unit, month, files.size());
        return files;
    }

    /** The scheduled run due at {@code due}: the month before, for every unit given. */
    public void runScheduled(ZonedDateTime due, List<String> units) {
        ReportMonth month = new ReportMonth(YearMonth.from(due).minusMonths(1));
        for (String unit : units) {
            try {
                run(unit, month);
            } catch (RuntimeException e) {
                LOG.error("The monthly report {} {} failed: {}", unit, month, e.getMessage(), e);
            }
        }
    }
}
