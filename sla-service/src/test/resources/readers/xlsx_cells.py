"""Prints the first sheet of an XLSX as JSON [[row, column, text], ...] (0-based), read with nothing but Python's
zipfile and ElementTree: a reader the report's writer (FastExcel) and the Java tests share nothing with.
The sheet is found as a spreadsheet program finds it: xl/workbook.xml's first <sheet>, through its relationship."""
import json
import posixpath
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def first_sheet(z):
    workbook = ET.fromstring(z.read("xl/workbook.xml"))
    rel_id = workbook.find(MAIN + "sheets").find(MAIN + "sheet").get(REL + "id")
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = next(r.get("Target") for r in rels.iter(PKG_REL + "Relationship") if r.get("Id") == rel_id)
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))


def text_of(element):
    return "".join(t.text or "" for t in element.iter(MAIN + "t"))


def address(ref):
    column, i = 0, 0
    while ref[i].isalpha():
        column = column * 26 + ord(ref[i]) - ord("A") + 1
        i += 1
    return int(ref[i:]) - 1, column - 1


def cells(path):
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            shared = [text_of(si) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(MAIN + "si")]
        sheet = ET.fromstring(z.read(first_sheet(z)))
        for c in sheet.iter(MAIN + "c"):
            kind = c.get("t", "n")
            if kind == "inlineStr":
                inline = c.find(MAIN + "is")
                value = None if inline is None else text_of(inline)
            else:
                v = c.find(MAIN + "v")
                value = None if v is None else (shared[int(v.text)] if kind == "s" else v.text)
            if value is not None:
                row, column = address(c.get("r"))
                yield [row, column, value]


if __name__ == "__main__":
    json.dump(list(cells(sys.argv[1])), sys.stdout, ensure_ascii=False)
