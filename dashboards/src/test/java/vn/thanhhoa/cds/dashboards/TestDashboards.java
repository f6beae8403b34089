package vn.thanhhoa.cds.dashboards;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.dashboards.access.PasswordHashes;
import vn.thanhhoa.cds.dashboards.access.Role;
import vn.thanhhoa.cds.dashboards.access.User;
import vn.thanhhoa.cds.dashboards.access.UserDirectory;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.status.PipelineStatus;
import vn.thanhhoa.cds.dashboards.upload.ReportInbox;
import vn.thanhhoa.cds.dashboards.units.Communes;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;
import vn.thanhhoa.cds.store.migration.Migrations;

/**
 * The dashboards' tests' common ground: the embedded ClickHouse with the store's migrations in
 * database {@value #DATABASE}, today's communes, the built-in catalog, and one user of each role
 * with a known password. One per test class (chDB allows one storage path per process at a time).
 */
public final class TestDashboards implements AutoCloseable {

    public static final String DATABASE = "cds";
    public static final String PASSWORD = "Mật-khẩu-thử-2026";
    /** Phường Hàm Rồng, the officer's commune. */
    public static final String OFFICER_COMMUNE = "14758";
    /** The day the communes are taken on: after the 2025 reform, 166 communes and wards. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final EmbeddedClickHouse clickHouse;
    private final Communes communes;
    private final IndicatorDirectory indicators;
    private final UserDirectory users;

    public TestDashboards(Path directory) {
        this.clickHouse = EmbeddedClickHouse.open(directory.resolve("clickhouse"));
        new Migrations(clickHouse, DATABASE).apply();
        this.communes = Communes.of(ReferenceData.load(), TODAY);
        this.indicators = new IndicatorDirectory(CatalogLoader.builtIn());
        String hash = new PasswordHashes(new SecureRandom()).hash(PASSWORD);
        String district = communes.commune(OFFICER_COMMUNE).orElseThrow().formerDistrictCode();
        this.users = new UserDirectory(List.of(
                new User("phantich", "Chuyên viên tỉnh", Role.PROVINCE_ANALYST, hash, Optional.empty(), Optional.empty()),
                new User("thamtra", "Cán bộ thẩm tra", Role.UNIT_REVIEWER, hash, Optional.of(district), Optional.empty()),
                new User("canboxa", "Cán bộ xã Hàm Rồng", Role.COMMUNE_OFFICER, hash, Optional.of(OFFICER_COMMUNE), Optional.empty()),
                new User("dienluc", "Điện lực Thanh Hóa", Role.REPORTING_BODY, hash, Optional.empty(), Optional.of("POWER"))));
    }

    public DashboardServer start(ReportInbox inbox) {
        return start(inbox, TestDashboards::noStatus);
    }

    public DashboardServer start(ReportInbox inbox, vn.thanhhoa.cds.dashboards.status.PipelineStatusSource status) {
        return start(inbox, status, null);
    }

    /** A server that also takes declarations through {@code declarations} (null: none). */
    public DashboardServer start(ReportInbox inbox, vn.thanhhoa.cds.dashboards.status.PipelineStatusSource status,
                                 vn.thanhhoa.cds.dashboards.declaration.DeclarationDesk declarations) {
        return DashboardServer.start(new DashboardSettings("127.0.0.1", 0, status, inbox,
                new IndicatorData(clickHouse, DATABASE, communes, indicators), users, Duration.ofMillis(300), Duration.ofMinutes(30),
                java.time.Clock.systemUTC(), null, declarations));
    }

    public static PipelineStatus noStatus() {
        return new PipelineStatus(java.time.Instant.parse("2026-11-25T02:00:00Z"), List.of(), PipelineStatus.Connectors.NONE, List.of(), List.of());
    }

    public EmbeddedClickHouse clickHouse() {
        return clickHouse;
    }

    public Communes communes() {
        return communes;
    }

    public IndicatorDirectory indicators() {
        return indicators;
    }

    public UserDirectory users() {
        return users;
    }

    @Override
    public void close() {
        clickHouse.close();
    }
}
