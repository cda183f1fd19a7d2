package dev.crossway.interop.ccda.write;

import java.util.ArrayList;
import java.util.List;

/**
 * A section's narrative as a table: one row per entry (the row's ID is what the entry's
 * {@code text/reference} points at), and the cell naming the entry's code has its own ID (what
 * {@code originalText/reference} points at).
 */
final class Table {

    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> rowIds = new ArrayList<>();
    private final List<Integer> namedColumns = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    /** Adds a row; {@code namedColumn} is the cell that names the entry (its ID is {@code rowId + "-name"}), or -1. */
    void row(String rowId, int namedColumn, String... cells) {
        rowIds.add(rowId);
        rows.add(cells);
        namedColumns.add(namedColumn);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void write(XmlOut out, String paragraph) {
        out.start("text");
        if (paragraph != null && !paragraph.isBlank()) {
            out.start("paragraph").text(paragraph.strip()).end();
        }
        if (rows.isEmpty()) {
            if (paragraph == null || paragraph.isBlank()) {
                out.start("paragraph").text("No information").end();
            }
            out.end();
            return;
        }
        out.start("table", "border", "1", "width", "100%");
        out.start("thead").start("tr");
        for (String h : headers) {
            out.start("th").text(h).end();
        }
        out.end().end();
        out.start("tbody");
        for (int r = 0; r < rows.size(); r++) {
            out.start("tr", "ID", rowIds.get(r));
            String[] cells = rows.get(r);
            for (int c = 0; c < headers.size(); c++) {
                String text = c < cells.length && cells[c] != null ? cells[c] : "";
                out.start("td", "ID", c == namedColumns.get(r) ? rowIds.get(r) + "-name" : null).text(text).end();
            }
            out.end();
        }
        out.end().end().end();
    }
}
