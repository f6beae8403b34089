package vn.thanhhoa.cds.reports.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.thanhhoa.cds.catalog.indicator.Pillar;
import vn.thanhhoa.cds.reports.monthly.MonthlyReport;
import vn.thanhhoa.cds.reports.monthly.PillarShare;
import vn.thanhhoa.cds.reports.monthly.TrendSeries;

/**
 * The report's two charts, drawn with JFreeChart in the report's own fonts (never the machine's,
 * which may lack Vietnamese glyphs or be absent) and rendered at twice their printed size so that
 * they stay sharp in print: the share of communes meeting each indicator, coloured by pillar, and
 * the key ratios month by month since January.
 */
public final class ReportCharts {

    private static final int SCALE = 3;
    private static final Map<Pillar, Color> PILLAR_COLOURS = Map.of(
            Pillar.CQS, new Color(0x1f, 0x4e, 0x9c), Pillar.KTS, new Color(0x2e, 0x8b, 0x57),
            Pillar.XHS, new Color(0xd9, 0x82, 0x1e), Pillar.HTS, new Color(0x7b, 0x3f, 0x9e));

    /** Dark enough to tell apart on white and in greyscale print (JFreeChart's defaults include a pale yellow). */
    private static final Color[] TREND_COLOURS = {new Color(0xc0, 0x39, 0x2b), new Color(0x1f, 0x4e, 0x9c), new Color(0x2e, 0x8b, 0x57),
            new Color(0x8e, 0x44, 0xad), new Color(0xd3, 0x54, 0x00), new Color(0x34, 0x49, 0x5e)};

    private final ReportFonts fonts;

    public ReportCharts(ReportFonts fonts) {
        this.fonts = fonts;
    }

    /** PNG of the share of communes meeting each indicator, grouped and coloured by pillar. */
    public byte[] pillarShares(MonthlyReport report, int width, int height) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Pillar pillar : Pillar.values()) {
            for (PillarShare share : report.pillarShares()) {
                // One series per pillar; the other pillars' cells stay empty, so stacking shows one bar per indicator.
                dataset.addValue(share.pillar() == pillar ? share.percent() : null, pillar.vietnameseName(), share.code());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Tỉ lệ xã, phường đạt từng chỉ tiêu theo trụ cột (%)", "Chỉ tiêu",
                "% xã đạt", dataset, PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        Pillar[] pillars = Pillar.values();
        for (int i = 0; i < pillars.length; i++) {
            renderer.setSeriesPaint(i, PILLAR_COLOURS.get(pillars[i]));
        }
        return png(chart, width, height);
    }

    /** PNG of each key ratio month by month (months without figures left as gaps). */
    public byte[] trends(MonthlyReport report, int width, int height) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (TrendSeries series : report.trends()) {
            String label = "Chỉ tiêu " + series.code() + ": " + shortName(series.name());
            for (Map.Entry<YearMonth, Optional<Double>> month : series.percentByMonth().entrySet()) {
                dataset.addValue(month.getValue().orElse(null), label, "T" + month.getKey().getMonthValue());
            }
        }
        JFreeChart chart = ChartFactory.createLineChart("Diễn biến các tỉ lệ chủ yếu năm " + report.month().year() + " (%)", "Tháng", "%",
                dataset, PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesPaint(i, TREND_COLOURS[i % TREND_COLOURS.length]);
        }
        return png(chart, width, height);
    }

    private static String shortName(String name) {
        return name.length() <= 60 ? name : name.substring(0, 57).strip() + "…";
    }

    private StandardChartTheme theme() {
        java.awt.Font sans = fonts.awt(ReportFonts.Face.SANS);
        java.awt.Font bold = fonts.awt(ReportFonts.Face.SANS_BOLD);
        StandardChartTheme theme = new StandardChartTheme("cds");
        theme.setExtraLargeFont(bold.deriveFont(12f));
        theme.setLargeFont(bold.deriveFont(10f));
        theme.setRegularFont(sans.deriveFont(9f));
        theme.setSmallFont(sans.deriveFont(8f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        theme.setDomainGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        return theme;
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("a chart could not be written as PNG", e);
        }
        return out.toByteArray();
    }
}
