#!/usr/bin/env python3
"""Writes the Excel fixtures the list tests read, with openpyxl (not with our code): run it again after changing
it (`python3 make-workbooks.py`, openpyxl from PyPI) and commit the .xlsx files. The LibreOffice fixture,
libreoffice-school-list.xlsx, is made from libreoffice-school-list.csv by
`soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx:"Calc MS Excel 2007 XML" libreoffice-school-list.csv`
(the filter: comma, double quotes, UTF-8, from line 1)."""
import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

here = Path(__file__).parent


def host_directory():
    """An HR export as offices keep it: a merged title above the header, a name header merged over first and last
    name, mobile numbers typed as numbers, an employee number with leading zeros stored as text, a start date, an
    empty row, a department, and a second sheet of people who left."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Ansatte"
    sheet["A1"] = "Ansattliste Oslo-kontoret, desember 2026"
    sheet["A1"].font = Font(bold=True)
    sheet.merge_cells("A1:F1")
    sheet.append(["Ansattnummer", "Navn", None, "Mobil", "E-post", "Avdeling", "Startdato"])
    sheet.merge_cells("B2:C2")
    sheet.append(["00123", "Åse", "Bø-Ødegård", 41234567, "ase.bo@example.no", "Økonomi", datetime.date(2019, 8, 1)])
    sheet.append([4711, "Kjell-Ove", "Sæther", "+47 902 11 223", "kjell-ove@example.no", "Drift", datetime.date(2024, 1, 15)])
    sheet.append([])
    sheet.append([
        "A-9", "Maria-Magdalena Østensjø-Åkerlund", "von Hohenzollern-Sigmaringen", None, "maria@example.no", "Salg",
        datetime.date(2026, 12, 1),
    ])
    sheet.append(["B-1", "Ola", "Uten-Nøkkel", 91234567, None, "Drift", None])
    left = book.create_sheet("Sluttet")
    left.append(["Ansattnummer", "Fornavn", "Etternavn", "Mobil"])
    left.append(["00777", "Bård", "Ås", 45566778])
    book.save(here / "host-directory.xlsx")


def school_list():
    """A teacher's class list: the first sheet hidden, roles in a column merged down over the pupils, a teacher,
    a name typed with leading spaces, a name partly in bold (rich text runs), and numbers stored as text."""
    book = Workbook()
    notes = book.active
    notes.title = "Notater"
    notes["A1"] = "Ikke del denne fanen"
    notes.sheet_state = "hidden"
    sheet = book.create_sheet("9B")
    sheet.append(["Fornavn", "Etternavn", "Rolle", "Klasse", "E-post"])
    sheet.append(["Ærlend", "Å. Løvås", "elev", "9", None])
    sheet.append(["Siri", CellRichText(["Bråthen-", TextBlock(InlineFont(b=True), "Ødegaard")]), None, "9", None])
    sheet.append(["  Tuva", "Nygård", None, "9", None])
    sheet.merge_cells("C2:C4")
    sheet.append(["Per-Øyvind", "Kråkenes", "lærer", None, "per.oyvind@skole.example.no"])
    book.save(here / "school-list.xlsx")


def hostile():
    """Workbooks that must be refused quickly and whole: a sheet that inflates to 64 MiB (a ZIP bomb of spaces), a
    sheet declaring entities that expand a billion times, a value in column BM, and a ZIP archive that is no workbook.
    Written with Python's zipfile from openpyxl's valid workbook, so only the one part differs."""
    import zipfile

    def variant(name, sheet_xml):
        with zipfile.ZipFile(here / "school-list.xlsx") as source, zipfile.ZipFile(
            here / name, "w", zipfile.ZIP_DEFLATED, compresslevel=9
        ) as target:
            for item in source.infolist():
                data = source.read(item.filename)
                target.writestr(item, sheet_xml if item.filename == "xl/worksheets/sheet2.xml" else data)

    variant("hostile-inflates-64mib.xlsx", b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + b" " * (64 * 1024 * 1024) + b"</worksheet>")
    laughs = '<!ENTITY l0 "ha">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    variant("hostile-entities.xlsx", f'<?xml version="1.0"?><!DOCTYPE worksheet [{laughs}]>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
            '<c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>'.encode())
    variant("hostile-column-bm.xlsx", b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c>'
            b'<c r="BM1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>')
    head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    named = b'<c r="A1" t="inlineStr"><is><t>Navn</t></is></c>'
    variant("hostile-row-overflow.xlsx", head + b'<row r="9223372036854775807">' + named + b"</row><row>" + named + b"</row></sheetData></worksheet>")
    variant("hostile-row-twice.xlsx", head + b'<row r="1">' + named + b'</row><row r="1"><c r="A1" t="inlineStr"><is><t>Kari</t></is></c>'
            b"</row></sheetData></worksheet>")
    variant("hostile-merge-reversed.xlsx", head + b'<row r="2"><c r="C2" t="inlineStr"><is><t>Kari</t></is></c></row></sheetData>'
            b'<mergeCells><mergeCell ref="C2:A2"/></mergeCells></worksheet>')
    variant("hostile-million-cells.xlsx", head + b"<row>" + b"<c/>" * 2_000_000 + b"</row></sheetData></worksheet>")
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>Kari Nordmann</t></is></c></row>' % (n, n) for n in range(2, 20_002))
    merges = b'<mergeCell ref="B1:B20001"/>' * 9_000
    header = b'<row r="1">' + named + b'<c r="B1" t="inlineStr"><is><t>elev</t></is></c></row>'
    variant("hostile-merged-everywhere.xlsx", head + header + rows + b"</sheetData><mergeCells>" + merges + b"</mergeCells></worksheet>")
    variant("hostile-utf16.xlsx", '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE worksheet [<!ENTITY x "ha">]><worksheet '
            'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'.encode("utf-16"))
    with zipfile.ZipFile(here / "not-a-workbook.zip", "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")


host_directory()
school_list()
hostile()
