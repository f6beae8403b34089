package vn.thanhhoa.cds.dashboards;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import vn.thanhhoa.cds.dashboards.access.UserDirectory;
import vn.thanhhoa.cds.dashboards.archive.MonthlyReportMaking;
import vn.thanhhoa.cds.dashboards.declaration.DeclarationDesk;
import vn.thanhhoa.cds.dashboards.status.PipelineStatusSource;
import vn.thanhhoa.cds.dashboards.upload.ReportInbox;

/**
 * What a dashboard server needs, checked when it starts.
 *
 * @param port          0 picks a free port
 * @param reports       where uploaded monthly reports go; null when this server takes none
 * @param users         who may sign in
 * @param liveInterval  how often the live updates look for a newer computation
 * @param sessionIdle   a session ends after this long without a request
 * @param reportMaking  makes a past month's report on an analyst's demand; null when this server cannot
 * @param declarations  where declarations and their evidence go; null when this server takes none
 */
public record DashboardSettings(String host, int port, PipelineStatusSource status, ReportInbox reports, IndicatorData data,
                               UserDirectory users, Duration liveInterval, Duration sessionIdle, Clock clock, MonthlyReportMaking reportMaking,
                               DeclarationDesk declarations) {

    public DashboardSettings(String host, int port, PipelineStatusSource status, ReportInbox reports, IndicatorData data,
                             UserDirectory users, Duration liveInterval, Duration sessionIdle, Clock clock) {
        this(host, port, status, reports, data, users, liveInterval, sessionIdle, clock, null, null);
    }

    public DashboardSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The dashboard port must be 0-65535, was " + port + ".");
        }
    }

    /**
     * The usual settings: live check every 250 ms (one query for all open pages, 6–7 ms on three years of
     * values: a new value should be on the open page within 2 s of its event, and a check every second
     * waited half a second on average), sessions ending after 30 minutes idle.
     */
    public static DashboardSettings of(String host, int port, PipelineStatusSource status, ReportInbox reports, IndicatorData data, UserDirectory users) {
        return new DashboardSettings(host, port, status, reports, data, users, Duration.ofMillis(250), Duration.ofMinutes(30), Clock.systemUTC(), null, null);
    }

    /** The same settings, taking declarations through {@code desk}. */
    public DashboardSettings withDeclarations(DeclarationDesk desk) {
        return new DashboardSettings(host, port, status, reports, data, users, liveInterval, sessionIdle, clock, reportMaking, desk);
    }

    /** The same settings, with reports made on demand by {@code making}. */
    public DashboardSettings withReportMaking(MonthlyReportMaking making) {
        return new DashboardSettings(host, port, status, reports, data, users, liveInterval, sessionIdle, clock, making, declarations);
    }
}
