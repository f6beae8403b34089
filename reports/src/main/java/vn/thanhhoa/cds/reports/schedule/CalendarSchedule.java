package vn.thanhhoa.cds.reports.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.reports.monthly.ReportMonth;

/**
 * Runs a job at the times a {@link CalendarRule} gives, on one thread, recomputing the next time
 * after each run (so a month's length or a clock change never drifts it). A run that fails is
 * logged and the next one still happens.
 */
public final class CalendarSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarSchedule.class);

    private final String name;
    private final CalendarRule rule;
    private final Consumer<ZonedDateTime> job;
    private final Clock clock;
    private final ScheduledExecutorService executor;

    private CalendarSchedule(String name, CalendarRule rule, Consumer<ZonedDateTime> job, Clock clock) {
        this.name = name;
        this.rule = rule;
        this.job = job;
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("schedule-" + name).daemon(true).factory());
    }

    /** @param job given the time it was due */
    public static CalendarSchedule start(String name, CalendarRule rule, Consumer<ZonedDateTime> job, Clock clock) {
        CalendarSchedule schedule = new CalendarSchedule(name, rule, job, clock);
        schedule.planNext();
        return schedule;
    }

    private void planNext() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ReportMonth.PROVINCE_ZONE));
        ZonedDateTime due = rule.nextAfter(now);
        long delay = Math.max(0, Duration.between(now, due).toMillis());
        LOG.info("Next {} at {}", name, due);
        executor.schedule(() -> {
            try {
                job.accept(due);
            } catch (RuntimeException e) {
                LOG.error("The {} due at {} failed: {}", name, due, e.getMessage(), e);
            }
            planNext();
        }, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
