package vn.thanhhoa.cds.catalog.load;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.catalog.Origin;
import vn.thanhhoa.cds.catalog.target.Operator;
import vn.thanhhoa.cds.catalog.target.Target;

/**
 * Parses the target syntax of the data files: {@code ">= 70"}, {@code "> 80"}, {@code "<= 5"},
 * {@code "between 5 7"}, {@code "score 30"}, {@code "exists"}, {@code "encouraged"}.
 */
final class TargetExpression {

    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern COMPARISON = Pattern.compile("^(>=|>|<=)\\s*" + NUMBER + "$");
    private static final Pattern BETWEEN = Pattern.compile("^between\\s+" + NUMBER + "\\s+" + NUMBER + "$");
    private static final Pattern SCORE = Pattern.compile("^score\\s+" + NUMBER + "$");

    private TargetExpression() {}

    /** The target, or empty when the text is not in the syntax (the caller reports it). */
    static Optional<Target> parse(String text, Optional<String> printed, String unit, Origin origin) {
        String expression = text.trim();
        Matcher m = COMPARISON.matcher(expression);
        if (m.matches()) {
            Operator operator = switch (m.group(1)) {
                case ">=" -> Operator.AT_LEAST;
                case ">" -> Operator.MORE_THAN;
                default -> Operator.AT_MOST;
            };
            BigDecimal value = new BigDecimal(m.group(2));
            return Optional.of(new Target(operator, Optional.of(value), Optional.empty(),
                    printed.orElse(defaultPrinted(value, unit)), origin));
        }
        m = BETWEEN.matcher(expression);
        if (m.matches()) {
            BigDecimal low = new BigDecimal(m.group(1));
            BigDecimal high = new BigDecimal(m.group(2));
            return Optional.of(new Target(Operator.BETWEEN, Optional.of(low), Optional.of(high),
                    printed.orElse(low.toPlainString() + "-" + high.toPlainString()), origin));
        }
        m = SCORE.matcher(expression);
        if (m.matches()) {
            BigDecimal value = new BigDecimal(m.group(1));
            return Optional.of(new Target(Operator.SCORE, Optional.of(value), Optional.empty(),
                    printed.orElse(value.toPlainString()), origin));
        }
        return switch (expression) {
            case "exists" -> Optional.of(new Target(Operator.EXISTS, Optional.empty(), Optional.empty(),
                    printed.orElse("có"), origin));
            case "encouraged" -> Optional.of(new Target(Operator.ENCOURAGED, Optional.empty(), Optional.empty(),
                    printed.orElse("Khuyến khích"), origin));
            default -> Optional.empty();
        };
    }

    static String syntaxHelp() {
        return "write \">= 70\", \"> 80\", \"<= 5\", \"between 5 7\", \"score 30\", \"exists\" or \"encouraged\"";
    }

    private static String defaultPrinted(BigDecimal value, String unit) {
        String number = value.stripTrailingZeros().toPlainString();
        return "%".equals(unit) ? number + "%" : number;
    }
}
