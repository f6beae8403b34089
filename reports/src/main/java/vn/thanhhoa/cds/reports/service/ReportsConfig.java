package vn.thanhhoa.cds.reports.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import vn.thanhhoa.cds.reports.delivery.MailSettings;
import vn.thanhhoa.cds.reports.delivery.RetryPolicy;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/**
 * Settings of the monthly reports and alert notifications, checked when they start: a bad value is
 * one sentence naming its key.
 */
public final class ReportsConfig extends AbstractConfig {

    public static final String DATABASE_CONFIG = "clickhouse.database";
    public static final String RECIPIENTS_FILE_CONFIG = "recipients.file";
    public static final String SMTP_HOST_CONFIG = "mail.smtp.host";
    public static final String SMTP_PORT_CONFIG = "mail.smtp.port";
    public static final String SMTP_USER_CONFIG = "mail.smtp.user";
    public static final String SMTP_PASSWORD_CONFIG = "mail.smtp.password";
    public static final String SMTP_STARTTLS_CONFIG = "mail.smtp.starttls";
    public static final String MAIL_FROM_CONFIG = "mail.from";
    public static final String WEBHOOK_TIMEOUT_CONFIG = "webhook.timeout.ms";
    public static final String ATTEMPTS_CONFIG = "delivery.max.attempts";
    public static final String BACKOFF_CONFIG = "delivery.backoff.ms";
    public static final String BACKOFF_MAX_CONFIG = "delivery.backoff.max.ms";
    public static final String LINK_BASE_CONFIG = "report.link.base.url";
    public static final String ARCHIVE_DIR_CONFIG = "report.archive.dir";
    public static final String SCHEDULE_DAY_CONFIG = "report.schedule.day";
    public static final String SCHEDULE_TIME_CONFIG = "report.schedule.time";
    public static final String UNITS_CONFIG = "report.units";
    public static final String ALERT_TOPIC_CONFIG = "alerts.topic";
    public static final String GROUP_ID_CONFIG = "notifier.group.id";
    public static final String DIGEST_TIME_CONFIG = "digest.time";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(DATABASE_CONFIG, Type.STRING, "cds", new ConfigDef.NonEmptyString(), Importance.LOW,
                    "ClickHouse database holding indicator_value_daily, report_archive and the delivery tables. Default 'cds'.")
            .define(RECIPIENTS_FILE_CONFIG, Type.STRING, "", Importance.HIGH,
                    "JSON file naming each unit's report recipients (reportRecipients) and the alert subscriptions (subscriptions). "
                            + "Empty (the default): reports are archived but sent to nobody, and no alert is sent.")
            .define(SMTP_HOST_CONFIG, Type.STRING, "", Importance.HIGH, "SMTP server for reports and alerts. Empty (the default): no e-mail is sent, e-mail recipients are recorded as failed.")
            .define(SMTP_PORT_CONFIG, Type.INT, 25, Range.between(1, 65535), Importance.MEDIUM, "SMTP port. Default 25.")
            .define(SMTP_USER_CONFIG, Type.STRING, "", Importance.MEDIUM, "SMTP login; empty (the default) for a relay that takes mail without one.")
            .define(SMTP_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, "SMTP password. Default empty.")
            .define(SMTP_STARTTLS_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM, "Require STARTTLS on the SMTP connection. Default false.")
            .define(MAIL_FROM_CONFIG, Type.STRING, "bao-cao-cds@localhost", Importance.MEDIUM, "Sender address of reports and alerts.")
            .define(WEBHOOK_TIMEOUT_CONFIG, Type.LONG, 10_000L, Range.atLeast(1), Importance.LOW, "Time a webhook has to answer, in milliseconds. Default 10 s.")
            .define(ATTEMPTS_CONFIG, Type.INT, 5, Range.atLeast(1), Importance.LOW, "Attempts per delivery before it is recorded as given up. Default 5.")
            .define(BACKOFF_CONFIG, Type.LONG, 2_000L, Range.atLeast(0), Importance.LOW, "Wait after a first failed delivery, in milliseconds, doubling after each. Default 2 s.")
            .define(BACKOFF_MAX_CONFIG, Type.LONG, 120_000L, Range.atLeast(0), Importance.LOW, "Longest wait between two attempts, in milliseconds. Default 2 min.")
            .define(LINK_BASE_CONFIG, Type.STRING, "http://127.0.0.1:8080/api/bao-cao-thang", Importance.MEDIUM,
                    "Where archived reports are served (the dashboard's download, /api/bao-cao-thang); a webhook's link is this address, '/', and the report id.")
            .define(ARCHIVE_DIR_CONFIG, Type.STRING, "", Importance.LOW,
                    "Folder the archived files are written to; empty (the default): the bytes are kept in report_archive itself.")
            .define(SCHEDULE_DAY_CONFIG, Type.INT, 1, Range.between(1, 28), Importance.MEDIUM, "Day of the month the last month's reports are made. Default 1.")
            .define(SCHEDULE_TIME_CONFIG, Type.STRING, "06:00", Importance.MEDIUM, "Time of day (HH:mm, Asia/Ho_Chi_Minh) the monthly reports are made. Default 06:00.")
            .define(UNITS_CONFIG, Type.LIST, List.of("province"), Importance.MEDIUM,
                    "Units whose report is made each month: parent unit codes or 'province'. Default province.")
            .define(ALERT_TOPIC_CONFIG, Type.STRING, PipelineTopics.ALERT.name(), new ConfigDef.NonEmptyString(), Importance.LOW, "Topic the alerts are read from.")
            .define(GROUP_ID_CONFIG, Type.STRING, "cds-notifier", new ConfigDef.NonEmptyString(), Importance.LOW,
                    "Consumer group of the notifier; keep it across restarts so that it resumes where it stopped.")
            .define(DIGEST_TIME_CONFIG, Type.STRING, "17:30", Importance.MEDIUM, "Time of day (HH:mm, Asia/Ho_Chi_Minh) the daily digests of the day's alerts are sent. Default 17:30.");

    public ReportsConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals, false);
        scheduleTime();
        digestTime();
        retryPolicy();
    }

    public String database() {
        return getString(DATABASE_CONFIG);
    }

    public Optional<Path> recipientsFile() {
        String file = getString(RECIPIENTS_FILE_CONFIG);
        return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }

    public Optional<MailSettings> mail() {
        if (getString(SMTP_HOST_CONFIG).isBlank()) {
            return Optional.empty();
        }
        Password password = getPassword(SMTP_PASSWORD_CONFIG);
        try {
            return Optional.of(new MailSettings(getString(SMTP_HOST_CONFIG), getInt(SMTP_PORT_CONFIG), getString(MAIL_FROM_CONFIG),
                    getString(SMTP_USER_CONFIG), password == null ? "" : password.value(), getBoolean(SMTP_STARTTLS_CONFIG)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(MAIL_FROM_CONFIG, getString(MAIL_FROM_CONFIG), e.getMessage());
        }
    }

    public Duration webhookTimeout() {
        return Duration.ofMillis(getLong(WEBHOOK_TIMEOUT_CONFIG));
    }

    public RetryPolicy retryPolicy() {
        try {
            return new RetryPolicy(getInt(ATTEMPTS_CONFIG), Duration.ofMillis(getLong(BACKOFF_CONFIG)), Duration.ofMillis(getLong(BACKOFF_MAX_CONFIG)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(BACKOFF_MAX_CONFIG, getLong(BACKOFF_MAX_CONFIG), e.getMessage());
        }
    }

    public String linkBase() {
        return getString(LINK_BASE_CONFIG);
    }

    public Optional<Path> archiveDirectory() {
        String directory = getString(ARCHIVE_DIR_CONFIG);
        return directory.isBlank() ? Optional.empty() : Optional.of(Path.of(directory));
    }

    public int scheduleDay() {
        return getInt(SCHEDULE_DAY_CONFIG);
    }

    public LocalTime scheduleTime() {
        return time(SCHEDULE_TIME_CONFIG);
    }

    public LocalTime digestTime() {
        return time(DIGEST_TIME_CONFIG);
    }

    public List<String> units() {
        return getList(UNITS_CONFIG);
    }

    public String alertTopic() {
        return getString(ALERT_TOPIC_CONFIG);
    }

    public String groupId() {
        return getString(GROUP_ID_CONFIG);
    }

    private LocalTime time(String key) {
        try {
            return LocalTime.parse(getString(key));
        } catch (DateTimeParseException e) {
            throw new ConfigException(key, getString(key), "not a time of day of the form HH:mm");
        }
    }
}
