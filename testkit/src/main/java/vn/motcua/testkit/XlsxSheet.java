package vn.motcua.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The first sheet of an XLSX read with nothing but the JDK (java.util.zip and the DOM parser), not with the library
 * that wrote it: xl/sharedStrings.xml and xl/worksheets/sheet1.xml, cells by 0-based row and column, as text.
 */
public final class XlsxSheet {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private final Map<Integer, Map<Integer, String>> cells;

    private XlsxSheet(Map<Integer, Map<Integer, String>> cells) {
        this.cells = cells;
    }

    /** Cells another reader found, by 0-based row and column. */
    public static XlsxSheet of(Map<Integer, Map<Integer, String>> cells) {
        return new XlsxSheet(cells);
    }

    public static XlsxSheet read(byte[] xlsx) {
        // by the central directory, as spreadsheet programs read it (FastExcel streams its entries with data
        // descriptors, which ZipInputStream's reading of the local headers rejects)
        Map<String, byte[]> parts = new HashMap<>();
        try {
            Path file = Files.createTempFile("report", ".xlsx");
            try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        parts.put(e.getName(), in.readAllBytes());
                    }
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> shared = new ArrayList<>();
        if (parts.containsKey("xl/sharedStrings.xml")) {
            NodeList items = parse(parts.get("xl/sharedStrings.xml")).getElementsByTagNameNS(MAIN, "si");
            for (int i = 0; i < items.getLength(); i++) {
                shared.add(texts((Element) items.item(i)));
            }
        }
        Map<Integer, Map<Integer, String>> cells = new TreeMap<>();
        NodeList cs = parse(parts.get("xl/worksheets/sheet1.xml")).getElementsByTagNameNS(MAIN, "c");
        for (int i = 0; i < cs.getLength(); i++) {
            Element c = (Element) cs.item(i);
            String value = value(c, shared);
            if (value != null) {
                int[] at = address(c.getAttribute("r"));
                cells.computeIfAbsent(at[0], k -> new TreeMap<>()).put(at[1], value);
            }
        }
        return new XlsxSheet(cells);
    }

    /** The cell's text; null when empty. */
    public String cell(int row, int column) {
        return cells.getOrDefault(row, Map.of()).get(column);
    }

    /** The rows (in order) whose cell in {@code column} is {@code text}. */
    public List<Integer> rowsWhere(int column, String text) {
        return cells.keySet().stream().filter(r -> text.equals(cell(r, column))).toList();
    }

    /** Every text of the sheet, row by row, for messages and searches. */
    public List<String> texts() {
        return cells.values().stream().flatMap(r -> r.values().stream()).toList();
    }

    private static String value(Element c, List<String> shared) {
        String type = c.getAttribute("t");
        if (type.equals("inlineStr")) {
            NodeList is = c.getElementsByTagNameNS(MAIN, "is");
            return is.getLength() == 0 ? null : texts((Element) is.item(0));
        }
        NodeList v = c.getElementsByTagNameNS(MAIN, "v");
        if (v.getLength() == 0) {
            return null;
        }
        String text = v.item(0).getTextContent();
        return type.equals("s") ? shared.get(Integer.parseInt(text)) : text;
    }

    private static String texts(Element item) {
        StringBuilder text = new StringBuilder();
        NodeList ts = item.getElementsByTagNameNS(MAIN, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            text.append(ts.item(i).getTextContent());
        }
        return text.toString();
    }

    /** "C12" -> {11, 2}. */
    private static int[] address(String ref) {
        int column = 0;
        int i = 0;
        while (Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        return new int[] {Integer.parseInt(ref.substring(i)) - 1, column - 1};
    }

    private static Document parse(byte[] xml) {
        try (InputStream in = new ByteArrayInputStream(xml)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("not an XLSX part: " + e, e);
        }
    }
}
