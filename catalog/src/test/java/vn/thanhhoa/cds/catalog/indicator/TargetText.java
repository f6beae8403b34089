package vn.thanhhoa.cds.catalog.indicator;

import vn.thanhhoa.cds.catalog.target.Operator;
import vn.thanhhoa.cds.catalog.target.Target;

/** A target as the tables in the tests write it: the expression, or "exists:<printed text>". */
final class TargetText {

    private TargetText() {}

    static String of(Target target) {
        return target.operator() == Operator.EXISTS ? "exists:" + target.printed() : target.expression();
    }
}
