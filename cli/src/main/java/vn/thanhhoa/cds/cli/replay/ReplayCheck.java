package vn.thanhhoa.cds.cli.replay;

import java.nio.file.Path;
import java.util.List;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.cli.demo.DemoSources;
import vn.thanhhoa.cds.simulators.scale.SimulationScale;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * The replay's check against the simulator's account, for a command outside this package that ran
 * the demo's feed another way (the fault suite): the same {@link ReplayVerifier} call the replay makes.
 */
public final class ReplayCheck {

    /** How many units (communes and the province) were compared, and each difference found, readable. */
    public record Result(String what, int unitsCompared, List<String> differences) {
    }

    private ReplayCheck() {
    }

    public static Result of(ClickHouse clickHouse, String database, Path dataDirectory, SimulationScale scale) {
        ReferenceData reference = ReferenceData.load();
        Path scratch = dataDirectory.resolve("account");
        var account = new DemoSources(dataDirectory, reference, scale).dossierAccount(scratch);
        try (var paths = java.nio.file.Files.walk(scratch)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Removing " + scratch + " failed: " + e.getMessage(), e);
        }
        String province = reference.units().provinceOn(scale.firstMonth().atDay(1)).code();
        int year = scale.firstMonth().getYear();
        ReplayVerifier.Verdict verdict = new ReplayVerifier(clickHouse, database).item9(year, account.acceptedDossiers().values(), province);
        return new Result(year + " item 9, year to date", verdict.unitsCompared(), verdict.differences().stream().map(Object::toString).toList());
    }
}
