package vn.thanhhoa.cds.catalog.validation;

import java.math.BigDecimal;
import vn.thanhhoa.cds.catalog.Origin;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Shorthands for findings about an indicator, whose field is named by its code. */
final class Findings {

    private Findings() {}

    static DataFinding error(Origin at, String field, String message) {
        return DataFinding.error(at.file(), at.line(), field, message);
    }

    static DataFinding warning(Origin at, String field, String message) {
        return DataFinding.warning(at.file(), at.line(), field, message);
    }

    static String field(Indicator indicator, String part) {
        return "indicator " + indicator.code() + (part.isEmpty() ? "" : " " + part);
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
