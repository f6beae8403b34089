package vn.thanhhoa.cds.streams.indicators;

import java.util.Optional;
import vn.thanhhoa.cds.schemas.reference.TargetRecord;

/**
 * The year's target of an indicator for a commune, read live from {@code ref.target}: the
 * commune's own where its assignment gives one, else the province default. A target republished
 * there changes the next value's status, with no restart.
 */
public final class LiveTarget {

    /** The key the reference publisher gives the province default in place of a commune. */
    public static final String PROVINCE_DEFAULT = "*";

    private final ReferenceLookup<TargetRecord> targets;

    public LiveTarget(ReferenceLookup<TargetRecord> targets) {
        this.targets = targets;
    }

    public Optional<TargetRecord> of(String set, String code, int year, String commune) {
        return targets.get(set + "|" + code + "|" + year + "|" + commune).or(() -> targets.get(set + "|" + code + "|" + year + "|" + PROVINCE_DEFAULT));
    }

    /** Whether a value meets the target; "encouraged" is never failed, "exists" needs more than nothing. */
    public static boolean isMet(TargetRecord target, double value) {
        return switch (target.getOperator()) {
            case ">=", "score" -> value >= target.getValue();
            case ">" -> value > target.getValue();
            case "<=" -> value <= target.getValue();
            case "between" -> value >= target.getValue() && value <= target.getUpper();
            case "exists" -> value > 0;
            case "encouraged" -> true;
            default -> throw new IllegalArgumentException("unknown target operator '" + target.getOperator() + "' for " + target.getCode());
        };
    }

    public static boolean isCommuneSpecific(TargetRecord target) {
        return target.getCommuneCode() != null && !PROVINCE_DEFAULT.equals(target.getCommuneCode());
    }
}
