package vn.thanhhoa.cds.reports.generation;

import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.reports.archive.GeneratedReport;
import vn.thanhhoa.cds.reports.archive.ReportFormat;
import vn.thanhhoa.cds.reports.monthly.MonthlyReport;
import vn.thanhhoa.cds.reports.monthly.MonthlyReportAssembler;
import vn.thanhhoa.cds.reports.monthly.ReportMonth;
import vn.thanhhoa.cds.reports.pdf.Letterhead;
import vn.thanhhoa.cds.reports.pdf.MonthlyReportPdf;
import vn.thanhhoa.cds.reports.pdf.ReportFonts;
import vn.thanhhoa.cds.reports.xlsx.MonthlyReportWorkbook;

/** Makes a unit's monthly report in the formats asked for, from one reading of ClickHouse (the PDF and the XLSX hold the same numbers). */
public final class ReportGenerator {

    private final MonthlyReportAssembler assembler;
    private final MonthlyReportPdf pdf;
    private final MonthlyReportWorkbook xlsx = new MonthlyReportWorkbook();
    private final Letterhead letterhead;

    public ReportGenerator(MonthlyReportAssembler assembler, ReportFonts fonts, Letterhead letterhead) {
        this.assembler = assembler;
        this.pdf = new MonthlyReportPdf(fonts);
        this.letterhead = letterhead;
    }

    /**
     * @param copiesTo the unit's "Nơi nhận" (its recipient list); empty for the letterhead's own
     */
    public List<GeneratedReport> generate(String unit, ReportMonth month, List<ReportFormat> formats, List<String> copiesTo) {
        MonthlyReport report = assembler.assemble(unit, month);
        List<GeneratedReport> files = new ArrayList<>();
        for (ReportFormat format : formats) {
            byte[] content = switch (format) {
                case PDF -> pdf.write(report, letterhead, copiesTo);
                case XLSX -> xlsx.write(report);
            };
            files.add(GeneratedReport.of(report.scope().code(), report.scope().unit().name(), month.month(), format, content,
                    report.generatedAt(), report.provisional()));
        }
        return files;
    }
}
