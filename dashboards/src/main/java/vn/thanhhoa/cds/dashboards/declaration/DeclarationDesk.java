package vn.thanhhoa.cds.dashboards.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.thanhhoa.cds.catalog.declaration.DeclarableIndicators;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.measure.Measure;

/**
 * Takes a declaration from the form: checks each field against the indicator's form, in Vietnamese;
 * receives the evidence documents; has the line read by the connector's check; and only then keeps
 * the documents and puts the line into the connector's folder. A refusal at any step leaves nothing
 * behind, neither a document nor a line.
 */
public final class DeclarationDesk {

    /** Documents one declaration may carry; a plan and its annexes fit, a whole archive does not. */
    static final int MAX_DOCUMENTS = 10;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

    /** The form's fields as typed (text; numbers in either 1.234,5 or 1234.5), and its documents. */
    public record Submission(String commune, String set, String code, String year, String month, String met, String value, String whole,
                             Map<String, String> parts, List<Document> documents) {
        public Submission {
            parts = parts == null ? Map.of() : Map.copyOf(parts);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    /** An uploaded document: the name the browser sent, the officer's title, and its bytes. */
    public record Document(String fileName, String title, Content content) {
    }

    /** Opens an uploaded document's bytes. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** A declaration put into the connector's folder under {@code storedName}. */
    public record Accepted(String storedName, NewDeclaration declaration) {
    }

    private final DeclarationForm form;
    private final EvidenceStore evidence;
    private final DeclarationInbox inbox;
    private final Clock clock;

    public DeclarationDesk(DeclarationForm form, EvidenceStore evidence, DeclarationInbox inbox, Clock clock) {
        this.form = form;
        this.evidence = evidence;
        this.inbox = inbox;
        this.clock = clock;
    }

    public DeclarationForm form() {
        return form;
    }

    public EvidenceStore evidence() {
        return evidence;
    }

    /**
     * Takes the declaration of {@code login} (whose right to declare for the commune the caller has
     * checked, and whose commune is one of today's).
     *
     * @throws DeclarationRefused what is wrong, in one Vietnamese sentence
     * @throws IOException        when a document or the line cannot be written
     */
    public Accepted accept(Submission submission, String login) throws DeclarationRefused, IOException {
        DeclarableIndicators declarable = form.declarable();
        String setId = blankToNull(submission.set());
        if (setId == null) {
            throw DeclarationRefused.missing("bộ chỉ tiêu");
        }
        IndicatorSet set = declarable.set(setId).orElseThrow(() -> DeclarationRefused.unknownSet(setId));
        int year = year(submission.year());
        if (!set.covers(year)) {
            throw DeclarationRefused.yearOutside(year, setId);
        }
        String code = blankToNull(submission.code());
        if (code == null) {
            throw DeclarationRefused.missing("chỉ tiêu khai báo");
        }
        DeclarableIndicators.Form indicator = form.form(setId, code).orElseThrow(() -> DeclarationRefused.notDeclarable(code, setId));
        DeclarationForm.Kind kind = DeclarationForm.kind(indicator);
        String month = month(submission.month(), year, indicator);
        Boolean met = kind == DeclarationForm.Kind.YES_NO ? yesNo(submission.met(), "câu trả lời Có/Không") : null;
        Double value = kind == DeclarationForm.Kind.COUNT || kind == DeclarationForm.Kind.COUNT_OF_WHOLE
                ? number(submission.value(), "Số liệu khai báo") : null;
        Double whole = kind == DeclarationForm.Kind.COUNT_OF_WHOLE || kind == DeclarationForm.Kind.WHOLE_ONLY
                ? number(submission.whole(), "Tổng số (mẫu số)") : null;
        if (value != null && value < 0) {
            throw DeclarationRefused.negative("Số liệu khai báo");
        }
        if (whole != null && whole <= 0) {
            throw DeclarationRefused.wholeNotPositive();
        }
        if (value != null && whole != null && value > whole) {
            throw DeclarationRefused.partLargerThanWhole();
        }
        Map<String, Object> parts = parts(submission.parts(), indicator);
        List<Document> documents = submission.documents().stream().filter(d -> d.fileName() != null && !d.fileName().isBlank()).toList();
        if (Boolean.TRUE.equals(met) && documents.isEmpty()) {
            throw DeclarationRefused.yesNeedsEvidence();
        }
        if (documents.size() > MAX_DOCUMENTS) {
            throw DeclarationRefused.tooManyEvidence(MAX_DOCUMENTS);
        }
        List<StagedEvidence> staged = new ArrayList<>();
        boolean accepted = false;
        try {
            for (Document document : documents) {
                try (InputStream content = document.content().open()) {
                    staged.add(evidence.stage(submission.commune(), year, document.fileName(), document.title(), content));
                }
            }
            NewDeclaration declaration = new NewDeclaration(submission.commune(), setId, code, year, month, met, value, whole, parts,
                    staged.stream().map(s -> new NewDeclaration.Evidence(s.title(), s.reference())).toList(), login,
                    OffsetDateTime.now(clock.withZone(VIETNAM)).truncatedTo(ChronoUnit.MILLIS));
            Optional<String> refusal = inbox.refusal(declaration);
            if (refusal.isPresent()) {
                throw DeclarationRefused.byConnector(refusal.get());
            }
            // Documents first: a line in the folder must never point at a document not yet kept.
            for (StagedEvidence document : staged) {
                evidence.keep(document);
            }
            String storedName = inbox.put(declaration);
            accepted = true;
            return new Accepted(storedName, declaration);
        } finally {
            if (!accepted) {
                for (StagedEvidence document : staged) {
                    evidence.discard(document);
                }
            }
        }
    }

    private static int year(String text) throws DeclarationRefused {
        String given = blankToNull(text);
        if (given == null) {
            throw DeclarationRefused.missing("năm khai báo");
        }
        try {
            return Integer.parseInt(given);
        } catch (NumberFormatException e) {
            throw DeclarationRefused.notANumber("Năm", given);
        }
    }

    private static String month(String text, int year, DeclarableIndicators.Form indicator) throws DeclarationRefused {
        if (indicator.indicator().window() != vn.thanhhoa.cds.catalog.indicator.Window.MONTH) {
            return null; // a yearly item has no month, whatever a stale form sent
        }
        String given = blankToNull(text);
        if (given == null) {
            throw DeclarationRefused.missing("tháng khai báo (chỉ tiêu này được đánh giá theo từng tháng)");
        }
        try {
            YearMonth month = YearMonth.parse(given);
            if (month.getYear() != year) {
                throw DeclarationRefused.badMonth(given, year);
            }
            return month.toString();
        } catch (DateTimeParseException e) {
            throw DeclarationRefused.badMonth(given, year);
        }
    }

    private static Map<String, Object> parts(Map<String, String> given, DeclarableIndicators.Form indicator) throws DeclarationRefused {
        Map<String, Object> parts = new TreeMap<>();
        for (Measure measure : indicator.parts().values()) {
            String text = given.get(measure.name());
            if (measure.isYesNo()) {
                parts.put(measure.name(), yesNo(text, "“" + measure.description() + "” (Có/Không)"));
            } else {
                double number = number(text, measure.description());
                if (number < 0) {
                    throw DeclarationRefused.negative(measure.description());
                }
                parts.put(measure.name(), number);
            }
        }
        return parts;
    }

    private static boolean yesNo(String text, String what) throws DeclarationRefused {
        String given = blankToNull(text);
        if ("co".equals(given) || "true".equals(given)) {
            return true;
        }
        if ("khong".equals(given) || "false".equals(given)) {
            return false;
        }
        throw DeclarationRefused.missing(what);
    }

    /**
     * A number as officers write it, the Vietnamese way: {@code 1.234,5}, {@code 1.250} (one thousand
     * two hundred and fifty: dots group thousands), {@code 12,5}; a dot not followed by groups of
     * three digits is a decimal point ({@code 12.5}), as a number typed on an English keyboard.
     */
    static double number(String text, String what) throws DeclarationRefused {
        String given = blankToNull(text);
        if (given == null) {
            throw DeclarationRefused.missing(what.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + what.substring(1));
        }
        String plain = given.replace(" ", "").replace("\u00a0", "");
        if (plain.contains(",") || THOUSANDS.matcher(plain).matches()) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        try {
            double number = Double.parseDouble(plain);
            if (!Double.isFinite(number) || !plain.matches("-?\\d+(\\.\\d+)?")) {
                throw new NumberFormatException(plain);
            }
            return number;
        } catch (NumberFormatException e) {
            throw DeclarationRefused.notANumber(what, given);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
