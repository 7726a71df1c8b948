#!/usr/bin/env python3
"""Writes the binary files of the reader's test corpus (standard library only).

Run from anywhere: python3 tests/data/make_binary.py. The files are committed; rerun only to
change them. All data is made up.
"""
import gzip
import io
import os
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated, CRLF.
LE = "Mùa khô\tĐội\tTỉnh\tSố hài cốt\r\n2024-2025\tK92\tKampot\t3\r\n2024-2025\tK73\tBát-đom-boong\t2\r\n"
write("utf16le.txt", b"\xff\xfe" + LE.encode("utf-16-le"))
BE = "season,team,province,remains\n2023-2024,K52,Ratanakiri,4\n2023-2024,K51,Mondulkiri,1\n"
write("utf16be.csv", b"\xfe\xff" + BE.encode("utf-16-be"))

# Not UTF-8: Vietnamese saved as Windows-1258.
write("bad/windows1258.csv", "province,team,remains\nKâmpóng Chhnăng,K90,1\n".encode("cp1258"))
# A UTF-16 BOM and an odd number of bytes.
write("bad/odd-utf16.csv", b"\xff\xfes\x00e\x00a")
# An old Excel 97-2003 workbook (only its signature matters).
write("bad/old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56)
# Text that claims to be a workbook.
write("bad/not-really.xlsx", b"season,team,remains\n2024-2025,K92,1\n")


def col(i):
    return chr(ord("A") + i)


def sheet_xml(rows, strings):
    """rows: list of (row number, [cells]); a cell is None, str, int/float, or ("date", serial)."""
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, cells in rows:
        out.append(f'<row r="{r}">')
        for i, v in enumerate(cells):
            ref = f"{col(i)}{r}"
            if v is None:
                continue
            if isinstance(v, tuple):
                out.append(f'<c r="{ref}" s="1"><v>{v[1]}</v></c>')
            elif isinstance(v, str):
                if v not in strings:
                    strings.append(v)
                out.append(f'<c r="{ref}" t="s"><v>{strings.index(v)}</v></c>')
            else:
                out.append(f'<c r="{ref}"><v>{v}</v></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def xlsx(name, sheets, shared_strings=None, path=None):
    """shared_strings: the shared-strings part as it stands (hostile workbooks); path: where to
    write, when not in tests/data."""
    strings = []
    # A sheet given as a string is its XML as it stands (hostile workbooks: cells and dimensions
    # no office program writes).
    parts = {f"xl/worksheets/sheet{i + 1}.xml": rows if isinstance(rows, str) or callable(rows) else sheet_xml(rows, strings)
             for i, (_, rows) in enumerate(sheets)}
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>") if shared_strings is None else shared_strings
    parts["xl/styles.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '</styleSheet>')
    parts["xl/workbook.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        + "".join(f'<sheet name="{esc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
        + "</sheets></workbook>")
    n = len(sheets)
    parts["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
        + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        + "</Relationships>")
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>")
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
        + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>")
    path = path or os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part in ["[Content_Types].xml", "_rels/.rels"] + sorted(p for p in parts if p.startswith("xl/")):
            info = zipfile.ZipInfo(part, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if callable(parts[part]):
                # A part too large to hold: written by pieces (the measured bombs).
                with z.open(info, "w") as out:
                    for piece in parts[part]():
                        out.write(piece)
            else:
                z.writestr(info, parts[part])


def declare_size(name, part, size):
    """Makes part `part` of tests/data/`name` declare `size` bytes unpacked, in its local header
    and in the central directory alike (a zip that lies about what it holds)."""
    path = os.path.join(HERE, name)
    data = bytearray(open(path, "rb").read())
    # (signature, offset of the unpacked size, of the name's length, of the name)
    for signature, size_at, length_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        start = data.find(signature)
        while start >= 0:
            length = struct.unpack_from("<H", data, start + length_at)[0]
            if data[start + name_at:start + name_at + length] == part.encode():
                struct.pack_into("<I", data, start + size_at, size)
            start = data.find(signature, start + 4)
    write(name, bytes(data))


xlsx("finds.xlsx", [
    ("Finds", [
        (1, ["# SAMPLE DATA: made-up finds for the reader's tests"]),
        (3, ["Ngày", "Đội", "Tỉnh", "Số hài cốt", "Vĩ độ", "Kinh độ", "Ghi chú"]),
        (4, [("date", 45615), "K92", "Kampot", 3, 10.61, 104.18, "date cell"]),
        (5, ["15/02/2025", "K73", "Battambang", 2, None, None, "date as text"]),
        (6, [45700, "K71", "Siem Reap", 1.0, None, None, "serial as a plain number"]),
        (7, [("date", 45615), "K92", "Kampot", "1.210", None, None, "thousands as text"]),
        (8, [None, "K92", "Atlantis", 1, None, None, None]),
    ]),
    ("Tổng hợp", [
        (1, ["Mùa khô", "Đội", "Số hài cốt"]),
        (2, ["2023-2024", "K92", 27]),
        (3, ["2024-2025", "K92", 12]),
    ]),
])


# Hostile workbooks: a sheet that declares or holds Excel's outermost cell (once a dense grid of
# 512 GiB), and a cell reference too long for any sheet (once an arithmetic overflow).
def raw_sheet(dimension, cells):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{cells}</sheetData></worksheet>')


TABLE = ('<row r="1"><c r="A1" t="inlineStr"><is><t>season</t></is></c><c r="B1" t="inlineStr"><is><t>team</t></is></c>'
         '<c r="C1" t="inlineStr"><is><t>remains</t></is></c></row>'
         '<row r="2"><c r="A2" t="inlineStr"><is><t>2024-2025</t></is></c><c r="B2" t="inlineStr"><is><t>K92</t></is></c>'
         '<c r="C2"><v>3</v></c></row>')
xlsx("bad/dimension-a1-xfd1048576.xlsx", [("Finds", raw_sheet("A1:XFD1048576", TABLE))])
xlsx("bad/cell-at-xfd1048576.xlsx", [("Finds", raw_sheet(
    "A1:XFD1048576", TABLE + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))])
xlsx("bad/cell-past-column-1024.xlsx", [("Finds", raw_sheet("A1:AMK2", TABLE.replace(
    "</row><row", '<c r="AMK1" t="inlineStr"><is><t>note</t></is></c></row><row', 1)))])
xlsx("bad/long-reference.xlsx", [("Finds", raw_sheet("A1:C3", TABLE + '<row r="3"><c r="AAAAAAAAAA3"><v>1</v></c></row>'))])


# Files that are no tables, named .csv as someone might rename them (only their first bytes
# matter to the reader; each is a small but well-formed file of its kind).
def png_1x1():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


os.makedirs(os.path.join(HERE, "not-tables"), exist_ok=True)
write("not-tables/image.csv", png_1x1())
write("not-tables/photo.csv", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9")
write("not-tables/animation.csv", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
      b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
write("not-tables/scan.csv", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
write("not-tables/compressed.csv", gzip.compress(b"season,team,remains\n2024-2025,K92,1\n", mtime=0))
zipped = io.BytesIO()
with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("finds.csv", date_time=(2025, 1, 1, 0, 0, 0)), "season,team,remains\n2024-2025,K92,1\n")
write("not-tables/archive.csv", zipped.getvalue())


# Formulas whose value the workbook does not hold, as programs that write formulas without
# calculating them leave them (openpyxl does): a count, a province, a shared formula's first
# cell, one in a column that is not read; beside them a formula with its value and one whose
# value is an empty text.
def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def finds_row(r, team="K92", province=inline("C{r}", "Kampot"), remains="<v>1</v>", extra=""):
    return (f'<row r="{r}">' + inline(f"A{r}", "2024-2025") + inline(f"B{r}", team)
            + province.replace("{r}", str(r)) + f'<c r="D{r}">{remains}</c>' + extra + "</row>")


FORMULAS = ('<row r="1">' + "".join(inline(f"{c}1", name) for c, name in zip("ABCDEF", [
    "season", "team", "province", "remains", "note", "checked"])) + "</row>"
    + finds_row(2, remains="<v>3</v>", extra='<c r="F2"><f>TODAY()</f></c>')
    + finds_row(3, remains="<f>D2*2</f>")
    + finds_row(4, team="K71", province='<c r="C{r}" t="str"><f>&quot;Kan&quot;&amp;&quot;dal&quot;</f></c>',
                remains="<v>2</v>")
    + finds_row(5, remains="<f>1+1</f><v>2</v>")
    + finds_row(6, extra='<c r="E6" t="str"><f>IF(D6=1,"","x")</f><v></v></c>')
    + finds_row(7, remains='<f t="shared" ref="D7:D7" si="0">D2</f>')
    + finds_row(8, remains="<v>5</v>")
    # Below the table, a row with a formula only in the column not read (an empty row), and one
    # with a formula only in the count's.
    + '<row r="9"><c r="F9"><f>TODAY()</f></c></row><row r="10"><c r="D10"><f>SUM(D2:D8)</f></c></row>')
xlsx("bad/formulas-without-values.xlsx", [("Finds", raw_sheet("A1:F10", FORMULAS))])
# Zip bombs, refused from the sizes the central directory declares before anything is unpacked.
# They declare sizes their few bytes do not hold; the parts of the last two hold more than they
# declare (the zip crate stops at the declared size).
SST = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
xlsx("bad/shared-strings-720mb.xlsx", [("Finds", raw_sheet("A1:C2", TABLE))], shared_strings=SST + "<si><t>x</t></si></sst>")
declare_size("bad/shared-strings-720mb.xlsx", "xl/sharedStrings.xml", 720_000_000)
xlsx("bad/sheet-1700mb.xlsx", [("Finds", raw_sheet("A1:C2", TABLE))])
declare_size("bad/sheet-1700mb.xlsx", "xl/worksheets/sheet1.xml", 1_700_000_000)
# 80 MB in a file of a few kilobytes: under each part's limit, past the ratio.
xlsx("bad/sheets-80mb-in-kilobytes.xlsx", [("Finds", raw_sheet("A1:C2", TABLE)), ("More", raw_sheet("A1:C2", TABLE))])
declare_size("bad/sheets-80mb-in-kilobytes.xlsx", "xl/worksheets/sheet1.xml", 40_000_000)
declare_size("bad/sheets-80mb-in-kilobytes.xlsx", "xl/worksheets/sheet2.xml", 40_000_000)
# Parts of 1 MB that declare 1,000 bytes.
EMPTY_ROWS = '<row r="3"><c r="A3"/></row>' * 36_000
xlsx("bad/sheet-larger-than-declared.xlsx", [("Finds", raw_sheet("A1:C2", TABLE + EMPTY_ROWS))])
declare_size("bad/sheet-larger-than-declared.xlsx", "xl/worksheets/sheet1.xml", 1_000)
xlsx("bad/shared-strings-larger-than-declared.xlsx", [("Finds", raw_sheet("A1:C2", TABLE))],
     shared_strings=SST + "<si><t>x</t></si>" * 60_000 + "</sst>")
declare_size("bad/shared-strings-larger-than-declared.xlsx", "xl/sharedStrings.xml", 1_000)


def measured_bombs(folder):
    """Real zip bombs, for measuring (not committed): python3 make_binary.py --bombs DIR."""
    count = 42_000_000
    xlsx("", [("Finds", raw_sheet("A1:C2", TABLE))], path=os.path.join(folder, "shared-strings-bomb.xlsx"),
         shared_strings=lambda: [SST.encode()] + [b"<si><t>x</t></si>" * 1_000_000] * (count // 1_000_000) + [b"</sst>"])
    head, tail = raw_sheet("A1:C2", TABLE + "@").encode().split(b"@")
    xlsx("", [("Finds", lambda: [head] + [b'<row r="3"><c r="A3"/></row>' * 1_000_000] * 63 + [tail])],
         path=os.path.join(folder, "sheet-bomb.xlsx"))


if len(sys.argv) == 3 and sys.argv[1] == "--bombs":
    measured_bombs(sys.argv[2])
