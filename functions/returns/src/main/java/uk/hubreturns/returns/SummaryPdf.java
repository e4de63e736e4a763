package uk.hubreturns.returns;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.time.QuarterCalendar;

/** The readable summary: a county page (the hubs side by side, RAG colours, ranks), then a page per hub. */
public final class SummaryPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(QuarterCalendar.LONDON);
    private static final Color GREEN = new Color(0x00, 0x70, 0x3c);
    private static final Color AMBER = new Color(0xf4, 0x77, 0x38);
    private static final Color RED = new Color(0xd4, 0x35, 0x1c);
    private static final Color GREY = new Color(0x50, 0x5a, 0x5f);
    private static final Color HEADER_FILL = new Color(0xf3, 0xf2, 0xf1);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font WHITE = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);

    private final QuarterCalendar calendar;

    @Inject
    public SummaryPdf(QuarterCalendar calendar) {
        this.calendar = calendar;
    }

    public byte[] county(CountyReturn county) {
        return render(document -> {
            heading(document, "County summary of hub returns", county.quarter(), county.status(), county.generatedAt());
            document.add(countyTable(county));
            document.add(new Paragraph(" "));
            document.add(countyTotals(county.county()));
            for (HubReturn hub : county.hubs()) {
                document.newPage();
                hubSection(document, hub, county.benchmarks());
            }
        });
    }

    public byte[] hub(HubReturn hub, Map<String, CountyReturn.Benchmark> benchmarks) {
        return render(document -> hubSection(document, hub, benchmarks));
    }

    private interface Content {
        void write(Document document) throws Exception;
    }

    private static byte[] render(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Hub Returns summary");
            document.addCreator("Hub Returns");
            document.open();
            content.write(document);
            document.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the summary PDF", e);
        }
        return out.toByteArray();
    }

    private void heading(Document document, String title, String quarterId, ReturnStatus status, Instant generatedAt) throws Exception {
        Quarter quarter = Quarter.parse(quarterId).orElseThrow();
        document.add(new Paragraph(title + " — " + quarterId, TITLE));
        document.add(new Paragraph(DAY.format(calendar.firstDay(quarter)) + " to " + DAY.format(calendar.lastDay(quarter)), BODY));
        Paragraph state = new Paragraph();
        state.add(new Chunk(status == ReturnStatus.FINAL ? "FINAL (signed off)" : "DRAFT (figures may still change)", BOLD));
        state.add(new Chunk("   Figures generated " + MOMENT.format(generatedAt), BODY));
        document.add(state);
        document.add(new Paragraph(" "));
    }

    /** A column of the county table: its heading and its relative width, wide enough that no heading breaks mid-word. */
    record CountyColumn(String heading, float width) {
    }

    static final List<CountyColumn> COUNTY_COLUMNS = List.of(new CountyColumn("Hub", 2.2f), new CountyColumn("Meetings", 1.2f),
            new CountyColumn("Sector coverage", 1.2f), new CountyColumn("Volunteer hours", 1.2f), new CountyColumn("Active volunteers", 1.2f),
            new CountyColumn("Retention", 1.2f), new CountyColumn("Green", 0.8f), new CountyColumn("Amber", 0.8f), new CountyColumn("Red", 0.8f),
            new CountyColumn("Compliance", 1.3f), new CountyColumn("Completeness", 1.6f), new CountyColumn("Rank: hours", 1f),
            new CountyColumn("Rank: compliance", 1.3f));
    static final float PAGE_MARGIN = 36;
    static final float CELL_PADDING = 4;

    private static PdfPTable countyTable(CountyReturn county) {
        float[] widths = new float[COUNTY_COLUMNS.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = COUNTY_COLUMNS.get(i).width();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        COUNTY_COLUMNS.forEach(column -> table.addCell(headerCell(column.heading())));
        for (HubReturn hub : county.hubs()) {
            table.addCell(cell(hub.hubName()));
            table.addCell(cell(Integer.toString(hub.meetings().held())));
            table.addCell(cell(percent(hub.meetings().sectorCoverage())));
            table.addCell(cell(hub.volunteering().hours().toPlainString()));
            table.addCell(cell(Integer.toString(hub.volunteering().activeVolunteers())));
            table.addCell(cell(percent(hub.volunteering().retentionRate())));
            table.addCell(ragCell(hub.agreements().green(), GREEN));
            table.addCell(ragCell(hub.agreements().amber(), AMBER));
            table.addCell(ragCell(hub.agreements().red(), RED));
            table.addCell(cell(percent(hub.agreements().compliance())));
            table.addCell(cell(hub.completeness().present() + " of " + hub.completeness().expected()));
            table.addCell(cell(rank(county.benchmarks(), "volunteering.hours", hub.hubId())));
            table.addCell(cell(rank(county.benchmarks(), "agreements.compliance", hub.hubId())));
        }
        return table;
    }

    private static PdfPTable countyTotals(CountyReturn.CountyTotals totals) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(50);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(headerCell("County"));
        table.addCell(headerCell("All hubs"));
        row(table, "Hubs", Integer.toString(totals.hubs()));
        row(table, "Meetings held", Integer.toString(totals.meetingsHeld()));
        row(table, "Mean sector coverage", percent(totals.sectorCoverage()));
        row(table, "Volunteer hours", totals.volunteeringHours().toPlainString());
        row(table, "Active volunteers", Integer.toString(totals.activeVolunteers()));
        row(table, "Retention", percent(totals.retentionRate()));
        row(table, "Measures green / amber / red / no data",
                totals.green() + " / " + totals.amber() + " / " + totals.red() + " / " + totals.noData());
        row(table, "Compliance", percent(totals.compliance()));
        row(table, "Spend / budget", pounds(totals.spendPence()) + " / " + pounds(totals.budgetPence()));
        return table;
    }

    private void hubSection(Document document, HubReturn hub, Map<String, CountyReturn.Benchmark> benchmarks) throws Exception {
        heading(document, hub.hubName(), hub.quarter(), hub.status(), hub.generatedAt());
        PdfPTable figures = new PdfPTable(2);
        figures.setWidthPercentage(60);
        figures.setHorizontalAlignment(Element.ALIGN_LEFT);
        figures.addCell(headerCell("Figure"));
        figures.addCell(headerCell("This quarter"));
        row(figures, "Meetings held", Integer.toString(hub.meetings().held()));
        row(figures, "Attendance", Integer.toString(hub.meetings().attendance()));
        row(figures, "Sector coverage", percent(hub.meetings().sectorCoverage()) + rankNote(benchmarks, "meetings.sectorCoverage", hub));
        row(figures, "Meetings with parents, carers or young people", Integer.toString(hub.meetings().userVoiceMeetings()));
        row(figures, "Actions open / done / overdue", hub.meetings().actions().open() + " / " + hub.meetings().actions().done()
                + " / " + hub.meetings().actions().overdue());
        row(figures, "Spend / quarter's budget", pounds(hub.meetings().spendPence()) + " / " + pounds(hub.meetings().budgetPence()));
        row(figures, "Volunteer hours", hub.volunteering().hours().toPlainString() + rankNote(benchmarks, "volunteering.hours", hub));
        row(figures, "Active / new / retained volunteers", hub.volunteering().activeVolunteers() + " / "
                + hub.volunteering().newVolunteers() + " / " + hub.volunteering().retainedVolunteers());
        row(figures, "Retention", percent(hub.volunteering().retentionRate()));
        row(figures, "Agreement compliance", percent(hub.agreements().compliance()) + rankNote(benchmarks, "agreements.compliance", hub));
        row(figures, "Completeness", hub.completeness().present() + " of " + hub.completeness().expected() + " expected items"
                + (hub.completeness().missing().isEmpty() ? "" : "; missing: " + String.join("; ", hub.completeness().missing())));
        document.add(figures);
        document.add(new Paragraph(" "));
        if (!hub.agreements().measures().isEmpty()) {
            document.add(new Paragraph("Service-level agreement measures", HEADING));
            PdfPTable measures = new PdfPTable(new float[] {3, 3, 1.2f, 1.2f, 1.2f, 1.2f});
            measures.setWidthPercentage(100);
            List.of("Agreement", "Measure", "Direction", "Target", "Actual", "RAG").forEach(column -> measures.addCell(headerCell(column)));
            for (HubReturn.MeasureResult measure : hub.agreements().measures()) {
                measures.addCell(cell(measure.agreementTitle()));
                measures.addCell(cell(measure.measureName()));
                measures.addCell(cell(measure.direction().equals("AT_LEAST") ? "at least" : "at most"));
                measures.addCell(cell(measure.target().toPlainString()));
                measures.addCell(cell(measure.actual() == null ? "—" : measure.actual().toPlainString()));
                measures.addCell(ragTag(measure.rag()));
            }
            document.add(measures);
        }
    }

    private static String rankNote(Map<String, CountyReturn.Benchmark> benchmarks, String metric, HubReturn hub) {
        String rank = rank(benchmarks, metric, hub.hubId());
        return rank.isEmpty() ? "" : " (rank " + rank + " of " + benchmarks.get(metric).hubs().size() + ")";
    }

    private static String rank(Map<String, CountyReturn.Benchmark> benchmarks, String metric, String hubId) {
        if (benchmarks == null || !benchmarks.containsKey(metric)) {
            return "";
        }
        return benchmarks.get(metric).hubs().stream().filter(standing -> standing.hubId().equals(hubId)).findFirst()
                .map(CountyReturn.Standing::rank).map(String::valueOf).orElse("");
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(cell(label));
        table.addCell(cell(value));
    }

    private static PdfPCell headerCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setBackgroundColor(HEADER_FILL);
        cell.setPadding(CELL_PADDING);
        return cell;
    }

    private static PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell ragCell(int count, Color colour) {
        PdfPCell cell = new PdfPCell(new Phrase(Integer.toString(count), count == 0 ? BODY : WHITE));
        if (count > 0) {
            cell.setBackgroundColor(colour);
        }
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell ragTag(String rag) {
        Color colour = switch (rag) {
            case "GREEN" -> GREEN;
            case "AMBER" -> AMBER;
            case "RED" -> RED;
            default -> GREY;
        };
        PdfPCell cell = new PdfPCell(new Phrase(rag.equals("NO_DATA") ? "NO DATA" : rag, WHITE));
        cell.setBackgroundColor(colour);
        cell.setPadding(4);
        return cell;
    }

    static String percent(BigDecimal fraction) {
        return fraction == null ? "—" : fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Pence as a council writes money: £3,750.13. */
    static String pounds(long pence) {
        String whole = Long.toString(Math.abs(pence) / 100);
        StringBuilder text = new StringBuilder(pence < 0 ? "-£" : "£");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(whole.charAt(i));
        }
        long remainder = Math.abs(pence) % 100;
        return text.append(remainder < 10 ? ".0" : ".").append(remainder).toString();
    }
}
