/// The inline style blocks of the printable pages; the server's Content-Security-Policy allows each by its hash.
public enum PrintStyles {
    /// A4 landscape tables with page numbers: the contact report and the subject export.
    public static let landscapeTable = """
        @page { size: A4 landscape; margin: 12mm; @bottom-right { content: "Side " counter(page) " av " counter(pages); } }
        body { font-family: sans-serif; font-size: 10pt; color: #000; }
        table { border-collapse: collapse; width: 100%; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; }
        th, td { border: 1px solid #444; padding: 3px 6px; text-align: left; }
        """
    /// An A4 portrait table: the evacuation list.
    public static let portraitTable = """
        @page { size: A4; margin: 15mm; }
        body { font-family: sans-serif; color: #000; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #444; padding: 4px 8px; text-align: left; overflow-wrap: anywhere; }
        td.tick { text-align: center; font-size: 16pt; }
        """
}
