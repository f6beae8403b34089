package vn.thanhhoa.cds.reports.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.reports.archive.ReportArchive;
import vn.thanhhoa.cds.reports.delivery.DeliveryAttempts;
import vn.thanhhoa.cds.reports.delivery.EmailSender;
import vn.thanhhoa.cds.reports.delivery.RecipientsFile;
import vn.thanhhoa.cds.reports.delivery.ReportDelivery;
import vn.thanhhoa.cds.reports.delivery.RetryingDelivery;
import vn.thanhhoa.cds.reports.delivery.WebhookSender;
import vn.thanhhoa.cds.reports.generation.MonthlyReportRun;
import vn.thanhhoa.cds.reports.generation.ReportGenerator;
import vn.thanhhoa.cds.reports.monthly.IndicatorValueHistory;
import vn.thanhhoa.cds.reports.monthly.KeyRatios;
import vn.thanhhoa.cds.reports.monthly.MonthlyReportAssembler;
import vn.thanhhoa.cds.reports.monthly.ReportMonth;
import vn.thanhhoa.cds.reports.notify.AlertNotifier;
import vn.thanhhoa.cds.reports.notify.Notifications;
import vn.thanhhoa.cds.reports.notify.Subscriptions;
import vn.thanhhoa.cds.reports.pdf.Letterhead;
import vn.thanhhoa.cds.reports.pdf.ReportFonts;
import vn.thanhhoa.cds.reports.schedule.CalendarRule;
import vn.thanhhoa.cds.reports.schedule.CalendarSchedule;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * The reports and notifications of a deployment (or the demo), running: the monthly reports made,
 * archived and delivered on the configured day, the alert notifier reading {@code alert.commune},
 * the daily digests. {@link #monthlyRun()} makes any past month on demand.
 */
public final class ReportsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsService.class);

    private final MonthlyReportRun monthlyRun;
    private final List<AutoCloseable> running;

    private ReportsService(MonthlyReportRun monthlyRun, List<AutoCloseable> running) {
        this.monthlyRun = monthlyRun;
        this.running = running;
    }

    /**
     * @param kafka where the alerts are read from (bootstrap servers and registry URL); empty: no notifier
     */
    public static ReportsService start(ReportsConfig config, ClickHouse clickHouse, Catalog catalog, ReferenceData reference,
                                       Optional<KafkaEndpoints> kafka, Clock clock) {
        RecipientsFile recipients = config.recipientsFile().map(RecipientsFile::read).orElse(RecipientsFile.empty());
        Subscriptions subscriptions = Subscriptions.read(recipients, reference.units(), LocalDate.now(clock.withZone(ReportMonth.PROVINCE_ZONE)));
        EmailSender email = config.mail().map(EmailSender::new).orElseGet(EmailSender::none);
        WebhookSender webhook = new WebhookSender(config.webhookTimeout());
        MonthlyReportAssembler assembler = new MonthlyReportAssembler(catalog, reference.units(),
                new IndicatorValueHistory(clickHouse, config.database()), KeyRatios.DEFAULT, clock);
        ReportDelivery delivery = new ReportDelivery(email, webhook,
                new RetryingDelivery(config.retryPolicy(), new DeliveryAttempts(clickHouse, config.database()), clock), config.linkBase());
        MonthlyReportRun run = new MonthlyReportRun(new ReportGenerator(assembler, ReportFonts.load(), Letterhead.DEFAULT),
                new ReportArchive(clickHouse, config.database(), config.archiveDirectory()), delivery, recipients);

        List<AutoCloseable> running = new ArrayList<>();
        running.add(CalendarSchedule.start("monthly reports", CalendarRule.monthly(config.scheduleDay(), config.scheduleTime()),
                due -> run.runScheduled(due, config.units()), clock));
        Notifications notifications = Notifications.over(clickHouse, config.database(), subscriptions, reference.units(), email, webhook,
                config.retryPolicy(), clock);
        running.add(CalendarSchedule.start("daily alert digests", CalendarRule.daily(config.digestTime()),
                due -> notifications.digest().send(due.toLocalDate()), clock));
        kafka.ifPresent(endpoints -> running.add(AlertNotifier.start(endpoints.bootstrapServers(), endpoints.registryUrl(),
                config.alertTopic(), config.groupId(), notifications.dispatcher())));
        LOG.info("Reports and notifications started: {} subscriptions, {} units reported monthly", subscriptions.all().size(), config.units().size());
        return new ReportsService(run, running);
    }

    public MonthlyReportRun monthlyRun() {
        return monthlyRun;
    }

    @Override
    public void close() {
        for (AutoCloseable part : running.reversed()) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", part, e.getMessage());
            }
        }
    }

    /** Where the notifier finds Kafka and the schema registry. */
    public record KafkaEndpoints(String bootstrapServers, String registryUrl) {}
}
