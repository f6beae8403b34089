package vn.thanhhoa.cds.adminunits.unit;

import java.util.Arrays;
import java.util.Optional;

/** Tier of the administration; districts exist only until 30 June 2025. */
public enum UnitLevel {
    PROVINCE("province"),
    DISTRICT("district"),
    COMMUNE("commune");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<UnitLevel> fromLabel(String label) {
        return Arrays.stream(values()).filter(l -> l.label.equals(label)).findFirst();
    }
}
