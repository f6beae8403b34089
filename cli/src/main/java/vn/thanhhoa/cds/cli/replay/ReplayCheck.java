package vn.thanhhoa.cds.cli.replay;

import java.nio.file.Path;
import java.util.List;
import vn.thanhhoa.cds.cli.demo.Demo;
import vn.thanhhoa.cds.cli.replay.verify.IndicatorVerdict;
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

    /** The replay's own check ({@link ReplayCommand}): every indicator the simulators feed, in every window. */
    public static Result of(ClickHouse clickHouse, String database, Path dataDirectory, SimulationScale scale) {
        if (!database.equals(Demo.DATABASE)) {
            throw new IllegalArgumentException("the replay's check reads the demo's database " + Demo.DATABASE + ", not " + database);
        }
        IndicatorVerdict verdict = ReplayCommand.check(clickHouse, dataDirectory, scale);
        return new Result("%d units × %d indicators, %,d values (unit × indicator × window)".formatted(verdict.units(), verdict.indicators(),
                verdict.valuesCompared()), verdict.units(), verdict.differences().stream().map(Object::toString).toList());
    }
}
