package vn.thanhhoa.cds.dashboards.benchmark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * Writes a {@link ProvinceHistory} into the store's tables with {@code INSERT … SELECT} inside
 * ClickHouse: small lists of units and indicator windows go into a scratch database, and the tens
 * of millions of rows are generated from {@code numbers()} joined to them, with values drawn from
 * {@code cityHash64} of their key (deterministic, no two communes alike). Row by row from Java would
 * take hours at this size.
 */
final class HistoryLoad {

    /** Raw events a year across the province at scale 1 (DESIGN 5: a few million dossiers, several million documents, millions of health updates). */
    enum RawSource {
        DOSSIER("raw_dossier", 3_000_000),
        DOCUMENT("raw_document", 4_000_000),
        HEALTH("raw_health_record", 2_000_000),
        REPORTED("raw_reported_measure", 166 * 8 * 12),
        TASK("raw_task", 100_000),
        PERIODIC_REPORT("raw_periodic_report", 50_000),
        DECLARATION("raw_declaration", 20_000);

        final String table;
        final long perYear;

        RawSource(String table, long perYear) {
            this.table = table;
            this.perYear = perYear;
        }
    }

    /** Alerts a year across the province (a few a commune a week). */
    static final long ALERTS_PER_YEAR = 60_000;

    private static final String SCRATCH = "pagebench";
    private static final String VN = "'Asia/Ho_Chi_Minh'";

    private final ClickHouse clickHouse;
    private final String database;
    private final ProvinceHistory history;
    private final double rawScale;

    HistoryLoad(ClickHouse clickHouse, String database, ProvinceHistory history, double rawScale) {
        this.clickHouse = clickHouse;
        this.database = database;
        this.history = history;
        this.rawScale = rawScale;
    }

    /** Rows a raw source gets over the whole history (summed per segment as the loader rounds them). */
    long expectedRaw(RawSource source) {
        return history.communeSegments().stream().mapToLong(s -> ProvinceHistory.rowsOver(s, perYear(source))).sum();
    }

    long expectedAlerts() {
        return history.communeSegments().stream().mapToLong(s -> ProvinceHistory.rowsOver(s, Math.round(ALERTS_PER_YEAR * rawScale))).sum();
    }

    private long perYear(RawSource source) {
        return Math.round(source.perYear * rawScale);
    }

    /** Loads everything; returns the seconds each step took, for the report. */
    Map<String, Double> load() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        timed(seconds, "unit and indicator lists", this::lists);
        for (int year = history.firstDay().getYear(); year <= history.lastDay().getYear(); year++) {
            int y = year;
            timed(seconds, "indicator values " + year, () -> values(y));
        }
        timed(seconds, "recognition outlooks", this::recognition);
        timed(seconds, "alerts", this::alerts);
        for (RawSource source : RawSource.values()) {
            timed(seconds, source.table, () -> raw(source));
        }
        return seconds;
    }

    private static void timed(Map<String, Double> seconds, String step, Runnable work) {
        long start = System.nanoTime();
        work.run();
        seconds.put(step, (System.nanoTime() - start) / 1e9);
    }

    private void lists() {
        clickHouse.execute("DROP DATABASE IF EXISTS " + SCRATCH);
        clickHouse.execute("CREATE DATABASE " + SCRATCH);
        clickHouse.execute("CREATE TABLE " + SCRATCH + ".unit_span (code String, level String, valid_from Date32, valid_to Date32) ENGINE = Memory");
        clickHouse.insert(SCRATCH + ".unit_span", history.units().stream().map(u -> Map.<String, Object>of("code", u.code(), "level", u.level(),
                "valid_from", u.from().toString(), "valid_to", u.to().toString())).toList(), null);
        clickHouse.execute("CREATE TABLE " + SCRATCH + ".indicator_window (indicator_set String, code String, year Int32, window_kind String,"
                + " judged Bool, target Float64) ENGINE = Memory");
        clickHouse.insert(SCRATCH + ".indicator_window", history.windows().stream().map(w -> Map.<String, Object>of("indicator_set", w.set(),
                "code", w.code(), "year", w.year(), "window_kind", w.window(), "judged", w.judged(), "target", w.target())).toList(), null);
    }

    private static String date(LocalDate day) {
        return "toDate32('" + day + "')";
    }

    private static long days(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    /** One year of indicator values: every unit in force on each day × the year's windows × the day's computations. */
    private void values(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == history.lastDay().getYear() ? history.lastDay() : LocalDate.of(year, 12, 31);
        String days = "SELECT day, arrayJoin(range(" + ProvinceHistory.COMPUTATIONS_SQL + ")) AS k FROM (SELECT " + date(from)
                + " + number AS day FROM numbers(" + days(from, to) + "))";
        // The value climbs through the year from a commune's own starting point, with day-to-day noise.
        String value = "round(least(100, greatest(0, 20 + cityHash64(u.code, w.code) % 60 + toDayOfYear(d.day) / 366 * 25"
                + " + (cityHash64(u.code, w.code, w.window_kind, d.day, d.k) % 100) / 10 - 5)), 1)";
        clickHouse.execute("INSERT INTO " + database + ".indicator_value_daily (unit_code, unit_level, indicator_set, indicator_code, year,"
                + " window_kind, window_start, window_end, judged, numerator, denominator, value, target_operator, target_value, commune_target,"
                + " status, year_end_projection, approximate, latest_event_at, computed_at)"
                + " SELECT unit_code, unit_level, indicator_set, indicator_code, year, window_kind, window_start, window_end, judged,"
                + " round(v * den / 100) AS numerator, den AS denominator, v AS value, '>=' AS target_operator, target AS target_value, false AS commune_target,"
                + " multiIf(v >= target, 'MET', v >= target * 0.9, 'AT_RISK', 'BELOW') AS status, least(100, v * 1.08) AS year_end_projection,"
                + " false AS approximate, toDateTime64(toDateTime(window_end, " + VN + ") + 61200, 3, " + VN + ") AS latest_event_at,"
                + " toDateTime64(toDateTime(window_end, " + VN + ") + 72000 + k * 1800, 3, " + VN + ") AS computed_at"
                + " FROM (SELECT u.code AS unit_code, u.level AS unit_level, w.indicator_set AS indicator_set, w.code AS indicator_code,"
                + " w.year AS year, w.window_kind AS window_kind, multiIf(w.window_kind = 'MONTH_TO_DATE', toStartOfMonth(d.day),"
                + " w.window_kind = 'QUARTER_TO_DATE', toStartOfQuarter(d.day), w.window_kind = 'TRAILING_30_DAYS', d.day - 29,"
                + " toStartOfYear(d.day)) AS window_start, d.day AS window_end, w.judged AS judged, w.target AS target, d.k AS k,"
                + " toFloat64(" + value + ") AS v, toFloat64(200 + cityHash64(u.code) % 3000) AS den"
                + " FROM (" + days + ") AS d CROSS JOIN (SELECT * FROM " + SCRATCH + ".unit_span WHERE valid_from <= " + date(to)
                + " AND valid_to >= " + date(from) + ") AS u CROSS JOIN (SELECT * FROM " + SCRATCH + ".indicator_window WHERE year = " + year
                + ") AS w WHERE d.day >= u.valid_from AND d.day <= u.valid_to)");
    }

    /** Each commune's outlook each day: assigned = the year's set, some indicators short of target, points drifting up. */
    private void recognition() {
        for (int year = history.firstDay().getYear(); year <= history.lastDay().getYear(); year++) {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = year == history.lastDay().getYear() ? history.lastDay() : LocalDate.of(year, 12, 31);
            List<String> codes = history.codesOf(year);
            String array = codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", ", "[", "]"));
            clickHouse.execute("INSERT INTO " + database + ".recognition_commune (indicator_set, commune_code, year, as_of, indicators_assigned,"
                    + " indicators_met, index_points, index_points_max, recognised, blocking_indicators, computed_at)"
                    + " SELECT '" + history.setOf(year) + "', code, " + year + ", day, " + codes.size() + ", assigned - missing, points, 100,"
                    + " missing = 0 AND points >= 70, arraySlice(" + array + ", 1, missing),"
                    + " toDateTime64(toDateTime(day, " + VN + ") + 75600, 3, " + VN + ")"
                    + " FROM (SELECT d.day AS day, u.code AS code, " + codes.size() + " AS assigned, toUInt32(cityHash64(u.code, d.day) % 6) AS missing,"
                    + " round(55 + cityHash64(u.code) % 30 + toDayOfYear(d.day) / 366 * 10, 1) AS points"
                    + " FROM (SELECT " + date(from) + " + number AS day FROM numbers(" + days(from, to) + ")) AS d"
                    + " CROSS JOIN (SELECT * FROM " + SCRATCH + ".unit_span WHERE level = 'COMMUNE') AS u"
                    + " WHERE d.day >= u.valid_from AND d.day <= u.valid_to)");
        }
    }

    /** Alerts spread over the communes in force and the judged windows of the day's year. */
    private void alerts() {
        List<Integer> years = new java.util.ArrayList<>();
        List<Long> judged = new java.util.ArrayList<>();
        for (int year = history.firstDay().getYear(); year <= history.lastDay().getYear(); year++) {
            years.add(year);
            judged.add(history.windows(year).stream().filter(ProvinceHistory.IndicatorWindow::judged).count());
        }
        String judgedPerYear = "transform(toInt32(toYear(day)), " + years + ", " + judged + ", 1)";
        int segment = 0;
        for (ProvinceHistory.Segment s : history.communeSegments()) {
            long rows = ProvinceHistory.rowsOver(s, Math.round(ALERTS_PER_YEAR * rawScale));
            clickHouse.execute("INSERT INTO " + database + ".alert_commune (alert_id, episode_id, kind, commune_code, indicator_set, indicator_code,"
                    + " year, window_kind, value, target_operator, target, numerator, denominator, message, raised_at)"
                    + " SELECT hex(cityHash64(" + segment + ", a.number)), hex(cityHash64(a.commune, w.code, toStartOfMonth(a.day))),"
                    + " ['BELOW', 'AT_RISK', 'STALE', 'RECOVERED'][1 + cityHash64(a.number, 'kind') % 4], a.commune, w.indicator_set, w.code, w.year,"
                    + " w.window_kind, a.v, '>=', w.target, round(a.v * 10), 1000,"
                    + " concat('Chỉ tiêu ', w.code, ' của xã ', a.commune, ': ', toString(a.v), ' %, mục tiêu ', toString(w.target), ' %'),"
                    + " toDateTime64(toDateTime(a.day, " + VN + ") + 25200 + cityHash64(a.number, 'at') % 39600, 3, " + VN + ")"
                    + " FROM (SELECT number, " + date(s.from()) + " + number % " + s.days() + " AS day,"
                    + " " + array(s.communes()) + "[1 + cityHash64(number, 'commune') % " + s.communes().size() + "] AS commune,"
                    + " toInt32(toYear(day)) AS y, toInt32(cityHash64(number, 'indicator') % " + judgedPerYear + ") AS position,"
                    + " round(cityHash64(number, 'value') % 700 / 10, 1) AS v FROM numbers(" + rows + ")) AS a"
                    + " INNER JOIN (SELECT *, toInt32(row_number() OVER (PARTITION BY year ORDER BY code) - 1) AS position"
                    + " FROM " + SCRATCH + ".indicator_window WHERE judged) AS w ON w.year = a.y AND w.position = a.position");
            segment++;
        }
    }

    private static String array(List<String> codes) {
        return codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(",", "[", "]"));
    }

    /** A raw table's events spread evenly over each segment's days and (pseudo-randomly) its communes, at office hours. */
    private void raw(RawSource source) {
        int segment = 0;
        for (ProvinceHistory.Segment s : history.communeSegments()) {
            long rows = ProvinceHistory.rowsOver(s, perYear(source));
            String generated = "SELECT number, " + date(s.from()) + " + number % " + s.days() + " AS day, "
                    + array(s.communes()) + "[1 + cityHash64(number, 'commune') % " + s.communes().size() + "] AS commune,"
                    + " toDateTime64(toDateTime(day, " + VN + ") + 25200 + cityHash64(number, 'at') % 39600, 3, " + VN + ") AS at,"
                    + " concat('" + source.name().toLowerCase(java.util.Locale.ROOT) + "-" + segment + "-', toString(number)) AS id"
                    + " FROM numbers(" + rows + ")";
            clickHouse.execute("INSERT INTO " + database + "." + source.table + " " + rawColumns(source) + " FROM (" + generated + ")");
            segment++;
        }
    }

    private static String rawColumns(RawSource source) {
        String where = "concat('pagebench:', id)";
        return switch (source) {
            case DOSSIER -> "(event_id, dossier_code, procedure_code, channel, status, agency_code, commune_code, submitted_at, changed_at,"
                    + " has_digitised_components, has_electronic_result, source_location)"
                    + " SELECT id, concat('H', toString(intDiv(number, 3))), concat('1.00', toString(cityHash64(number, 'p') % 90)),"
                    + " ['ONLINE', 'DIRECT', 'POSTAL'][1 + cityHash64(number, 'ch') % 3], toInt32(cityHash64(number, 's') % 10),"
                    + " concat('000.', commune), commune, at, at, cityHash64(number, 'd') % 3 > 0, cityHash64(number, 'e') % 4 > 0, " + where;
            case DOCUMENT -> "(event_id, document_id, direction, sender_organ_id, commune_code, processed_electronically, digitally_signed,"
                    + " recorded_at, source_location)"
                    + " SELECT id, concat('VB', toString(number)), ['INCOMING', 'OUTGOING'][1 + number % 2], concat('000.', commune), commune,"
                    + " cityHash64(number, 'e') % 10 > 0, cityHash64(number, 's') % 5 > 0, at, " + where;
            case HEALTH -> "(event_id, person_pseudonym, kind, commune_code, occurred_at, source_location)"
                    + " SELECT id, hex(cityHash64(number, 'person')), ['CREATED', 'UPDATED'][1 + number % 2], commune, at, " + where;
            case REPORTED -> "(commune_code, measure, period, value, source, file, row, reported_at)"
                    + " SELECT commune, ['accounts', 'cashless_payments', 'smartphone_users', 'fiber_households', 'mobile_subscribers',"
                    + " 'electronic_invoices', 'online_bill_payments', 'security_app_users'][1 + number % 8], formatDateTime(day, '%Y-%m'),"
                    + " toFloat64(cityHash64(number, 'v') % 5000), ['BANK', 'TELECOM', 'POWER'][1 + number % 3],"
                    + " concat('bao-cao-', formatDateTime(day, '%Y-%m'), '.csv'), toInt32(number), at";
            case TASK -> "(event_id, task_id, commune_code, agency_code, assigned_at, status, tracked_online, updated_at, source_location)"
                    + " SELECT id, concat('NV', toString(intDiv(number, 2))), commune, concat('000.', commune), at,"
                    + " ['ASSIGNED', 'IN_PROGRESS', 'DONE'][1 + number % 3], cityHash64(number, 'o') % 5 > 0, at, " + where;
            case PERIODIC_REPORT -> "(event_id, report_id, commune_code, agency_code, regime_code, period, due_date, channel, filed_at,"
                    + " updated_at, source_location)"
                    + " SELECT id, concat('BC', toString(number)), commune, concat('000.', commune), concat('CD', toString(number % 12)),"
                    + " formatDateTime(day, '%Y-%m'), day, ['ONLINE', 'PAPER'][1 + cityHash64(number, 'c') % 2], at, at, " + where;
            case DECLARATION -> "(declaration_id, commune_code, indicator_set, indicator_code, year, met, declared_by, declared_at)"
                    + " SELECT id, commune, if(toYear(day) >= 2026, '2026', '2023-2025'), toString(1 + number % 30), toInt32(toYear(day)),"
                    + " cityHash64(number, 'm') % 4 > 0, concat('can-bo-', commune), at";
        };
    }
}
