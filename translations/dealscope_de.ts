<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArticleImport</name>
    <message>
        <source>Already in the file (source %1).</source>
        <translation>Bereits in der Datei (Quelle %1).</translation>
    </message>
    <message>
        <source>Imported as source %1 (%2 figures to review).</source>
        <translation>Als Quelle %1 importiert (%2 Zahlen zu prüfen).</translation>
    </message>
    <message>
        <source>Cannot import the article</source>
        <translation>Der Artikel kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Artikel werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>Eingefügter Artikel</translation>
    </message>
    <message>
        <source>Added the company %1.</source>
        <translation>Unternehmen %1 angelegt.</translation>
    </message>
    <message>
        <source>Added %1 claims to source %2.</source>
        <translation>%1 Angaben zu Quelle %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added the article as source %1 with %2 claims.</source>
        <translation>Artikel als Quelle %1 mit %2 Angaben hinzugefügt.</translation>
    </message>
    <message>
        <source>Article Added</source>
        <translation>Artikel hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>%n Artikel importieren</numerusform>
            <numerusform>%n Artikel importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no article files (.txt, .md, .html, .mhtml, .pdf) there.</source>
        <translation>Dort gibt es keine Artikeldateien (.txt, .md, .html, .mhtml, .pdf).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>dealscope-cli %1: %2
Try &apos;dealscope-cli %1 --help&apos;.
</source>
        <translation>dealscope-cli %1: %2
Siehe &apos;dealscope-cli %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>dealscope-cli %1: expected %2, got %3 argument(s).
Try &apos;dealscope-cli %1 --help&apos;.
</source>
        <translation>dealscope-cli %1: %2 erwartet, %3 Argument(e) erhalten.
Siehe &apos;dealscope-cli %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2
</source>
        <translation>%1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>dealscope-cli: %1
</source>
        <translation>dealscope-cli: %1
</translation>
    </message>
    <message>
        <source>Writes the sample dataset (built from the five reference articles) to a new DealScope file.</source>
        <translation>Schreibt den Beispieldatensatz (aus den fünf Referenzartikeln) in eine neue DealScope-Datei.</translation>
    </message>
    <message>
        <source>Wrote the sample dataset to %1
</source>
        <translation>Beispieldatensatz nach %1 geschrieben
</translation>
    </message>
    <message>
        <source>Prints the number of companies, sources, deals, flows and claims in a DealScope file.</source>
        <translation>Gibt die Anzahl der Unternehmen, Quellen, Deals, Zahlungsflüsse und Angaben einer DealScope-Datei aus.</translation>
    </message>
    <message>
        <source>companies: %1
sources: %2
deals: %3
flows: %4
claims: %5
</source>
        <translation>Unternehmen: %1
Quellen: %2
Deals: %3
Zahlungsflüsse: %4
Angaben: %5
</translation>
    </message>
    <message>
        <source>Runs integrity and consistency checks (database damage, foreign keys, claims without a source, quote offsets outside or not matching their texts, citation loops) and reports problems. Exits with 1 when any error is found; warnings alone exit with 0.</source>
        <translation>Prüft Integrität und Konsistenz (Beschädigung der Datenbank, Fremdschlüssel, Angaben ohne Quelle, Zitat-Offsets außerhalb des Textes oder nicht passend, Zitierschleifen) und meldet Probleme. Beendet sich mit 1, wenn ein Fehler gefunden wird; nur Warnungen ergeben 0.</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)
</source>
        <translation>%1 Fehler, %2 Warnung(en)
</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Number of deals.</source>
        <translation>Anzahl der Deals.</translation>
    </message>
    <message>
        <source>Number of companies.</source>
        <translation>Anzahl der Unternehmen.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Startwert des Zufallsgenerators.</translation>
    </message>
    <message>
        <source>Number of synthetic articles (default: deals/100, at least 20).</source>
        <translation>Anzahl der synthetischen Artikel (Standard: Deals/100, mindestens 20).</translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation>Keinen Fortschritt ausgeben.</translation>
    </message>
    <message>
        <source>Generates a synthetic dataset for scale work into a new file: power-law company degrees, heavy-tailed amounts, dates 2000–2026, 1–4 claims per flow with some disagreeing, and ~3 KB articles marked synthetic. The same seed gives the same data.</source>
        <translation>Erzeugt einen synthetischen Datensatz für Skalierungstests in einer neuen Datei: Unternehmensgrade nach Potenzgesetz, Beträge mit schwerem Rand, Daten 2000–2026, 1–4 Angaben je Zahlungsfluss, teils widersprüchlich, und als synthetisch markierte Artikel von ~3 KB. Derselbe Startwert ergibt dieselben Daten.</translation>
    </message>
    <message>
        <source>dealscope-cli generate: --deals must be at least 1, --companies at least 2, and --seed and --sources whole numbers.
</source>
        <translation>dealscope-cli generate: --deals muss mindestens 1 sein, --companies mindestens 2, und --seed und --sources ganze Zahlen.
</translation>
    </message>
    <message>
        <source>Wrote %1 deals, %2 flows, %3 claims, %4 companies and %5 sources to %6 in %7 s
</source>
        <translation>%1 Deals, %2 Zahlungsflüsse, %3 Angaben, %4 Unternehmen und %5 Quellen in %7 s nach %6 geschrieben
</translation>
    </message>
    <message>
        <source>Write the sample dataset to a new file.</source>
        <translation>Den Beispieldatensatz in eine neue Datei schreiben.</translation>
    </message>
    <message>
        <source>Count the companies, sources, deals, flows and claims.</source>
        <translation>Unternehmen, Quellen, Deals, Zahlungsflüsse und Angaben zählen.</translation>
    </message>
    <message>
        <source>Export everything as one JSON document.</source>
        <translation>Alles als ein JSON-Dokument exportieren.</translation>
    </message>
    <message>
        <source>Run integrity and consistency checks.</source>
        <translation>Integritäts- und Konsistenzprüfungen ausführen.</translation>
    </message>
    <message>
        <source>Generate a synthetic dataset for scale work.</source>
        <translation>Einen synthetischen Datensatz für Skalierungstests erzeugen.</translation>
    </message>
    <message>
        <source>Usage: dealscope-cli COMMAND [OPTIONS] ARGS...

DealScope&apos;s command-line tool. Commands:
</source>
        <translation>Aufruf: dealscope-cli BEFEHL [OPTIONEN] ARGUMENTE...

Das Kommandozeilenwerkzeug von DealScope. Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;dealscope-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
&apos;dealscope-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>dealscope-cli: unknown command &apos;%1&apos;.
Run &apos;dealscope-cli --help&apos; for the list.
</source>
        <translation>dealscope-cli: unbekannter Befehl &apos;%1&apos;.
&apos;dealscope-cli --help&apos; zeigt die Liste.
</translation>
    </message>
    <message>
        <source>Generating… %1%</source>
        <translation>Erzeuge … %1 %</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Prints the disputed figures: where the sources disagree on an amount, on who pays whom (direction or attribution), on a date or on whether a deal exists, with each side&apos;s sources and, for headline totals, which flows add up to them.</source>
        <translation>Gibt die umstrittenen Zahlen aus: wo die Quellen sich bei einem Betrag, bei wer wen bezahlt (Richtung oder Zuordnung), bei einem Datum oder darin widersprechen, ob es einen Deal gibt, mit den Quellen jeder Seite und, bei Schlagzeilen-Summen, welche Zahlungsflüsse sie ergeben.</translation>
    </message>
    <message>
        <source>Prints every figure derived from the claims: each flow&apos;s amount, each deal&apos;s headline total and each company&apos;s valuation, stake and totals, whether it is disputed and why, and every claim behind it.</source>
        <translation>Gibt jede aus den Angaben abgeleitete Zahl aus: den Betrag jedes Zahlungsflusses, die Schlagzeilen-Summe jedes Deals und Bewertung, Anteil und Summen jedes Unternehmens, ob sie umstritten ist und warum, und jede Angabe dahinter.</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed figure(s)
</source>
        <translation>
            <numerusform>%n umstrittene Zahl
</numerusform>
            <numerusform>%n umstrittene Zahlen
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)
</source>
        <translation>
            <numerusform>%n Zahl
</numerusform>
            <numerusform>%n Zahlen
</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every figure with its claims and whether sources disagree.</source>
        <translation>Jede Zahl mit ihren Angaben ausgeben und ob die Quellen sich widersprechen.</translation>
    </message>
    <message>
        <source>Print the disputed figures and how headline totals reconcile.</source>
        <translation>Die umstrittenen Zahlen ausgeben und wie sich Schlagzeilen-Summen zusammensetzen.</translation>
    </message>
    <message>
        <source>Attaches an article&apos;s text (a UTF-8 text file) to a source, named by its id or key, and re-anchors every quote of the source: at its offsets, then exactly elsewhere, then by its context, then ignoring typography and spacing. Quotes that no longer match are flagged as orphaned, never moved.</source>
        <translation>Hängt den Text eines Artikels (eine UTF-8-Textdatei) an eine Quelle an, angegeben durch ID oder Schlüssel, und verankert jedes Zitat der Quelle neu: an seiner Position, dann exakt anderswo, dann über den Kontext, dann ohne Typografie und Leerraum. Zitate, die nicht mehr passen, werden als verwaist markiert, nie verschoben.</translation>
    </message>
    <message>
        <source>dealscope-cli attach: there is no source &apos;%1&apos;.
</source>
        <translation>dealscope-cli attach: es gibt keine Quelle &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>Attached %1 characters. Quotes: %2 in place, %3 moved (exact), %4 found by context, %5 found ignoring typography, %6 orphaned.
</source>
        <translation>%1 Zeichen angehängt. Zitate: %2 an ihrer Stelle, %3 verschoben (exakt), %4 über den Kontext gefunden, %5 ohne Typografie gefunden, %6 verwaist.
</translation>
    </message>
    <message>
        <source>orphaned: claim %1
</source>
        <translation>verwaist: Angabe %1
</translation>
    </message>
    <message>
        <source>Attach an article&apos;s text to a source and re-anchor its quotes.</source>
        <translation>Den Text eines Artikels an eine Quelle anhängen und ihre Zitate neu verankern.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Die zu schreibende Datei: .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>Width x height in pixels.</source>
        <translation>Breite x Höhe in Pixeln.</translation>
    </message>
    <message>
        <source>Pixels per point (PNG).</source>
        <translation>Pixel pro Punkt (PNG).</translation>
    </message>
    <message>
        <source>First date (YYYY[-MM[-DD]]).</source>
        <translation>Erstes Datum (JJJJ[-MM[-TT]]).</translation>
    </message>
    <message>
        <source>Last date (YYYY[-MM[-DD]]).</source>
        <translation>Letztes Datum (JJJJ[-MM[-TT]]).</translation>
    </message>
    <message>
        <source>Only flows of this kind (equity, compute, chips, loan, acquisition, licensing, partnership); repeatable.</source>
        <translation>Nur Zahlungsflüsse dieser Art (equity, compute, chips, loan, acquisition, licensing, partnership); wiederholbar.</translation>
    </message>
    <message>
        <source>Add a caption naming the sources.</source>
        <translation>Eine Bildunterschrift mit den Quellen hinzufügen.</translation>
    </message>
    <message>
        <source>Renders a chart of a DealScope file to PNG, SVG or PDF (works without a display).</source>
        <translation>Gibt ein Diagramm einer DealScope-Datei als PNG, SVG oder PDF aus (funktioniert ohne Bildschirm).</translation>
    </message>
    <message>
        <source>dealscope-cli render: %1
</source>
        <translation>dealscope-cli render: %1
</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080 and --scale be a number.</source>
        <translation>--size muss wie 1920x1080 aussehen und --scale eine Zahl sein.</translation>
    </message>
    <message>
        <source>invalid date &apos;%1&apos;.</source>
        <translation>ungültiges Datum &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;.</source>
        <translation>unbekannte Art &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n flow(s))
</source>
        <translation>
            <numerusform>%1 geschrieben (%n Zahlungsfluss)
</numerusform>
            <numerusform>%1 geschrieben (%n Zahlungsflüsse)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Render a chart to PNG, SVG or PDF.</source>
        <translation>Ein Diagramm als PNG, SVG oder PDF ausgeben.</translation>
    </message>
    <message>
        <source>dealscope-cli render: %1 flows match; the cumulative chart adds up to %2 figures. Narrow it with --from, --to or --kind.
</source>
        <translation>dealscope-cli render: %1 Zahlungsflüsse passen; die kumulierte Ansicht addiert höchstens %2 Beträge. Schränken Sie mit --from, --to oder --kind ein.
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 flows grouped by month)
</source>
        <translation>%1 geschrieben (%2 Zahlungsflüsse, nach Monat gruppiert)
</translation>
    </message>
    <message>
        <source>Exports a DealScope file: as JSON, companies, sources, deals with their flows, and every claim with its quote; as GEXF or GraphML, the money graph (companies as nodes, flows as directed edges weighted by their amount in US$ billions, dated).</source>
        <translation>Exportiert eine DealScope-Datei: als JSON Unternehmen, Quellen, Deals mit ihren Zahlungsflüssen und jede Angabe mit ihrem Zitat; als GEXF oder GraphML den Geldgraphen (Unternehmen als Knoten, Zahlungsflüsse als gerichtete Kanten, gewichtet mit ihrem Betrag in Mrd. US$, datiert).</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (umstritten)</translation>
    </message>
    <message>
        <source>  stake %1%</source>
        <translation>  Anteil %1 %</translation>
    </message>
    <message>
        <source>Prints what a company pays (investments made, commitments, purchases) and receives (investors, customers, suppliers), each with its figure, the totals and the net flow, and round trips: for each investment, what the investee committed to spend with the investor.</source>
        <translation>Gibt aus, was ein Unternehmen zahlt (getätigte Investitionen, Zusagen, Käufe) und erhält (Investoren, Kunden, Lieferanten), jeweils mit Betrag, die Summen und den Nettofluss sowie Rückflüsse: zu jeder Investition, was das finanzierte Unternehmen beim Investor auszugeben zugesagt hat.</translation>
    </message>
    <message numerus="yes">
        <source>Outgoing (%n position(s), %1 counted):
</source>
        <translation>
            <numerusform>Ausgehend (%n Position, %1 gezählt):
</numerusform>
            <numerusform>Ausgehend (%n Positionen, %1 gezählt):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incoming (%n position(s), %1 counted):
</source>
        <translation>
            <numerusform>Eingehend (%n Position, %1 gezählt):
</numerusform>
            <numerusform>Eingehend (%n Positionen, %1 gezählt):
</numerusform>
        </translation>
    </message>
    <message>
        <source>Net flow: %1
</source>
        <translation>Nettofluss: %1
</translation>
    </message>
    <message>
        <source>Round trip: %1 invests %2 in %3; %3 commits %4 back to %1</source>
        <translation>Rückfluss: %1 investiert %2 in %3; %3 sagt %4 an %1 zurück zu</translation>
    </message>
    <message>
        <source>Round trip: %1 invests %2 in %3; %3 commits to spend with %1 (no amount stated)</source>
        <translation>Rückfluss: %1 investiert %2 in %3; %3 sagt Ausgaben bei %1 zu (ohne Betrag)</translation>
    </message>
    <message>
        <source> (%1× the investment)</source>
        <translation> (das %1-Fache der Investition)</translation>
    </message>
    <message>
        <source>Longest cycle, in flows (2 to 5; default 5).</source>
        <translation>Längster Kreislauf in Zahlungsflüssen (2 bis 5; Standard 5).</translation>
    </message>
    <message>
        <source>Only cycles whose flows all fall within M months (undated flows left out).</source>
        <translation>Nur Kreisläufe, deren Zahlungsflüsse alle innerhalb von M Monaten liegen (undatierte bleiben außen vor).</translation>
    </message>
    <message>
        <source>Only flows of this kind (repeatable).</source>
        <translation>Nur Zahlungsflüsse dieser Art (wiederholbar).</translation>
    </message>
    <message>
        <source>Only cycles through this company.</source>
        <translation>Nur Kreisläufe über dieses Unternehmen.</translation>
    </message>
    <message>
        <source>How many cycles to print, largest first (default 100; 0 for all).</source>
        <translation>Wie viele Kreisläufe ausgegeben werden, größte zuerst (Standard 100; 0 für alle).</translation>
    </message>
    <message>
        <source>Finds money going round: directed cycles of flows (a company pays another, which pays on, and the money comes back), each with the smallest amount on it, which is how much can have gone round at most.</source>
        <translation>Findet Geld im Kreislauf: gerichtete Zyklen von Zahlungsflüssen (ein Unternehmen zahlt an ein anderes, das weiterzahlt, und das Geld kommt zurück), jeweils mit dem kleinsten Betrag darauf – so viel kann höchstens im Kreis gelaufen sein.</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --max-length must be 2 to 5.
</source>
        <translation>dealscope-cli cycles: --max-length muss zwischen 2 und 5 liegen.
</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --window-months must be a positive number.
</source>
        <translation>dealscope-cli cycles: --window-months muss eine positive Zahl sein.
</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --limit must be 0 or more.
</source>
        <translation>dealscope-cli cycles: --limit muss 0 oder größer sein.
</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: unknown kind &apos;%1&apos;.
</source>
        <translation>dealscope-cli cycles: unbekannte Art „%1“.
</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) found</source>
        <translation>
            <numerusform>%n Kreislauf gefunden</numerusform>
            <numerusform>%n Kreisläufe gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>, the %1 largest:
</source>
        <translation>, die %1 größten:
</translation>
    </message>
    <message>
        <source>  — at most %1 round
</source>
        <translation>  — höchstens %1 im Kreis
</translation>
    </message>
    <message>
        <source>  — amount unknown
</source>
        <translation>  — Betrag unbekannt
</translation>
    </message>
    <message>
        <source>Print what a company pays and receives, with totals and round trips.</source>
        <translation>Ausgeben, was ein Unternehmen zahlt und erhält, mit Summen und Rückflüssen.</translation>
    </message>
    <message>
        <source>Find money going round in cycles of flows.</source>
        <translation>Geld finden, das in Kreisläufen von Zahlungsflüssen zurückkehrt.</translation>
    </message>
    <message>
        <source>The chart: timeline, cumulative (committed capital over time), network (the money between companies), or stakes (one company&apos;s positions, with --company).</source>
        <translation>Das Diagramm: timeline, cumulative (zugesagtes Kapital über die Zeit), network (das Geld zwischen Unternehmen) oder stakes (die Positionen eines Unternehmens, mit --company).</translation>
    </message>
    <message>
        <source>Network: this company and its neighbours; stakes: whose positions.</source>
        <translation>Netzwerk: dieses Unternehmen und seine Nachbarn; Beteiligungen: wessen Positionen.</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (known: timeline, cumulative, network, stakes).</source>
        <translation>unbekannte Ansicht „%1“ (bekannt: timeline, cumulative, network, stakes).</translation>
    </message>
    <message>
        <source>--view stakes needs --company NAME.</source>
        <translation>--view stakes braucht --company NAME.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 companies, %n flow(s))
</source>
        <translation>
            <numerusform>%1 geschrieben (%2 Unternehmen, %n Zahlungsfluss)
</numerusform>
            <numerusform>%1 geschrieben (%2 Unternehmen, %n Zahlungsflüsse)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2)
</source>
        <translation>%1 geschrieben (%2)
</translation>
    </message>
    <message>
        <source>The %1 largest cycles (paths that could not beat them were not followed)</source>
        <translation>Die %1 größten Kreisläufe (Pfade, die sie nicht übertreffen konnten, wurden nicht verfolgt)</translation>
    </message>
    <message>
        <source>dealscope-cli %1: no company or alias &apos;%2&apos;.
</source>
        <translation>dealscope-cli %1: kein Unternehmen und kein Alias „%2“.
</translation>
    </message>
    <message>
        <source>dealscope-cli: the sample dataset could not be read.
</source>
        <translation>dealscope-cli: Der Beispieldatensatz konnte nicht gelesen werden.
</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4)  %5 → %6  %7, %8, %9</source>
        <translation>%1–%2  %3 (%4)  %5 → %6  %7, %8, %9</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4)  %5 of %6%7</source>
        <translation>%1–%2  %3 (%4)  %5 von %6%7</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> an %1</translation>
    </message>
    <message>
        <source>dealscope-cli: &apos;%1&apos; is not a date (use 2025, 2025-11 or 2025-11-18).
</source>
        <translation>dealscope-cli: „%1“ ist kein Datum (2025, 2025-11 oder 2025-11-18 verwenden).
</translation>
    </message>
    <message>
        <source>Know the companies and aliases of this file (default: those of the sample dataset).</source>
        <translation>Die Unternehmen und Aliasnamen dieser Datei kennen (Standard: die des Beispieldatensatzes).</translation>
    </message>
    <message>
        <source>The publication date, for relative dates (default: the one the text states).</source>
        <translation>Das Erscheinungsdatum für relative Datumsangaben (Standard: das im Text genannte).</translation>
    </message>
    <message>
        <source>Leave out share prices (&quot;$150 a share&quot;).</source>
        <translation>Aktienkurse auslassen („$150 je Aktie“).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln figure(s)
</source>
        <translation>
            <numerusform>%1: %Ln Zahl
</numerusform>
            <numerusform>%1: %Ln Zahlen
</numerusform>
        </translation>
    </message>
    <message>
        <source>Also add the proposed figures as claims.</source>
        <translation>Auch die vorgeschlagenen Zahlen als Angaben hinzufügen.</translation>
    </message>
    <message>
        <source>The publication date of the articles.</source>
        <translation>Das Erscheinungsdatum der Artikel.</translation>
    </message>
    <message>
        <source>%1: not imported: %2
</source>
        <translation>%1: nicht importiert: %2
</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: Warnung: %2
</translation>
    </message>
    <message>
        <source>  skipped %1: %2
</source>
        <translation>  übersprungen %1: %2
</translation>
    </message>
    <message>
        <source>%1: already there as source %2; not imported again.
</source>
        <translation>%1: bereits als Quelle %2 vorhanden; nicht erneut importiert.
</translation>
    </message>
    <message>
        <source>%1: imported as source %2 (“%3”).
</source>
        <translation>%1: als Quelle %2 importiert („%3“).
</translation>
    </message>
    <message>
        <source>Show at most N results (default 20).</source>
        <translation>Höchstens N Ergebnisse zeigen (Standard 20).</translation>
    </message>
    <message>
        <source>Searches the titles and texts of the sources. Every word must occur; &quot;quoted words&quot; must occur together. Nothing you type is an operator.</source>
        <translation>Durchsucht Titel und Texte der Quellen. Jedes Wort muss vorkommen; „Wörter in Anführungszeichen“ müssen zusammen vorkommen. Nichts, was Sie eingeben, ist ein Operator.</translation>
    </message>
    <message>
        <source>dealscope-cli search: --limit takes a positive number.
</source>
        <translation>dealscope-cli search: --limit erwartet eine positive Zahl.
</translation>
    </message>
    <message>
        <source>dealscope-cli search: %1
</source>
        <translation>dealscope-cli search: %1
</translation>
    </message>
    <message>
        <source>No source matches.
</source>
        <translation>Keine Quelle passt.
</translation>
    </message>
    <message>
        <source>(more results; use --limit to see them)
</source>
        <translation>(weitere Ergebnisse; mit --limit anzeigen)
</translation>
    </message>
    <message>
        <source>Find the figures of articles and propose claims for them.</source>
        <translation>Die Zahlen in Artikeln finden und Angaben dafür vorschlagen.</translation>
    </message>
    <message>
        <source>Add articles as sources (and their figures as claims).</source>
        <translation>Artikel als Quellen hinzufügen (und ihre Zahlen als Angaben).</translation>
    </message>
    <message>
        <source>Search the titles and texts of the sources.</source>
        <translation>Titel und Texte der Quellen durchsuchen.</translation>
    </message>
    <message>
        <source>Refuse articles larger than MB megabytes (default 10).</source>
        <translation>Artikel ablehnen, die größer als MB Megabyte sind (Standard 10).</translation>
    </message>
    <message>
        <source>dealscope-cli: --max-size takes a positive number of megabytes.
</source>
        <translation>dealscope-cli: --max-size erwartet eine positive Anzahl Megabyte.
</translation>
    </message>
    <message>
        <source>(these words are in most sources: the best matches among the newest %1 are shown; add words to narrow the search)
</source>
        <translation>(diese Wörter stehen in den meisten Quellen: gezeigt werden die besten Treffer unter den neuesten %1; weitere Wörter grenzen die Suche ein)
</translation>
    </message>
    <message>
        <source>dealscope-cli: %1 is larger than 512 MB.
</source>
        <translation>dealscope-cli: %1 ist größer als 512 MB.
</translation>
    </message>
    <message>
        <source>Say what would be added and merged; write nothing.</source>
        <translation>Angeben, was hinzugefügt und zusammengeführt würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Imports a JSON document (as `export --format json` writes it) into a DealScope file (created when it does not exist), in one transaction: companies are merged by name or alias and sources by key; deals, flows and claims are added.</source>
        <translation>Importiert ein JSON-Dokument (wie `export --format json` es schreibt) in eine DealScope-Datei (die angelegt wird, wenn sie nicht existiert), in einer Transaktion: Unternehmen werden nach Name oder Alias, Quellen nach Schlüssel zusammengeführt; Deals, Flüsse und Angaben werden hinzugefügt.</translation>
    </message>
    <message>
        <source>dealscope-cli import-json: %1
</source>
        <translation>dealscope-cli import-json: %1
</translation>
    </message>
    <message>
        <source>Would add %1 companies (%2 merged with existing ones), %3 sources (%4 merged), %5 deals, %6 flows, %7 claims.
</source>
        <translation>Würde hinzufügen: %1 Unternehmen (%2 mit vorhandenen zusammengeführt), %3 Quellen (%4 zusammengeführt), %5 Deals, %6 Flüsse, %7 Angaben.
</translation>
    </message>
    <message>
        <source>Added %1 companies (%2 merged with existing ones), %3 sources (%4 merged), %5 deals, %6 flows, %7 claims.
</source>
        <translation>Hinzugefügt: %1 Unternehmen (%2 mit vorhandenen zusammengeführt), %3 Quellen (%4 zusammengeführt), %5 Deals, %6 Flüsse, %7 Angaben.
</translation>
    </message>
    <message>
        <source>Check every row and count; write nothing.</source>
        <translation>Jede Zeile prüfen und zählen; nichts schreiben.</translation>
    </message>
    <message>
        <source>Which column holds what, e.g. &quot;Investor=payer,Startup=payee&quot; (fields: payer, payee, kind, amount, date, deal, status, quote, note, ignore). Columns not named are guessed from their header.</source>
        <translation>Welche Spalte was enthält, z. B. &quot;Investor=payer,Startup=payee&quot; (Felder: payer, payee, kind, amount, date, deal, status, quote, note, ignore). Nicht genannte Spalten werden aus ihrer Überschrift erraten.</translation>
    </message>
    <message>
        <source>Imports flows from a CSV file, one per row, in one transaction: every row or none. Rows with errors are reported with their line numbers.</source>
        <translation>Importiert Flüsse aus einer CSV-Datei, einen je Zeile, in einer Transaktion: alle Zeilen oder keine. Fehlerhafte Zeilen werden mit ihrer Zeilennummer gemeldet.</translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: %1
</source>
        <translation>dealscope-cli import-csv: %1
</translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: cannot map &apos;%1&apos; (columns: %2).
</source>
        <translation>dealscope-cli import-csv: „%1“ kann nicht zugeordnet werden (Spalten: %2).
</translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: nothing was imported; fix these rows:
</source>
        <translation>dealscope-cli import-csv: Nichts wurde importiert; korrigieren Sie diese Zeilen:
</translation>
    </message>
    <message>
        <source>Would add %1 flows in %2 deals, %3 claims, %4 new companies (%5 rows).
</source>
        <translation>Würde %1 Flüsse in %2 Deals, %3 Angaben und %4 neue Unternehmen hinzufügen (%5 Zeilen).
</translation>
    </message>
    <message>
        <source>Added %1 flows in %2 deals, %3 claims, %4 new companies (%5 rows).
</source>
        <translation>%1 Flüsse in %2 Deals, %3 Angaben und %4 neue Unternehmen hinzugefügt (%5 Zeilen).
</translation>
    </message>
    <message>
        <source>Output format: json, csv (with --table), gexf (Gephi) or graphml (Cytoscape, igraph, networkx).</source>
        <translation>Ausgabeformat: json, csv (mit --table), gexf (Gephi) oder graphml (Cytoscape, igraph, networkx).</translation>
    </message>
    <message>
        <source>For CSV: the table to write: deals, flows or claims.</source>
        <translation>Für CSV: die zu schreibende Tabelle: deals, flows oder claims.</translation>
    </message>
    <message>
        <source>For CSV: start with a UTF-8 byte-order mark (for spreadsheets).</source>
        <translation>Für CSV: mit einer UTF-8-Bytereihenfolgemarke beginnen (für Tabellenkalkulationen).</translation>
    </message>
    <message>
        <source>dealscope-cli export: unknown format &apos;%1&apos; (known: json, csv, gexf, graphml).
</source>
        <translation>dealscope-cli export: unbekanntes Format „%1“ (bekannt: json, csv, gexf, graphml).
</translation>
    </message>
    <message>
        <source>dealscope-cli export: CSV needs --table deals, flows or claims.
</source>
        <translation>dealscope-cli export: CSV braucht --table deals, flows oder claims.
</translation>
    </message>
    <message>
        <source>Import a JSON document (as export writes it) into a file.</source>
        <translation>Ein JSON-Dokument (wie export es schreibt) in eine Datei importieren.</translation>
    </message>
    <message>
        <source>Import flows from a CSV file, all rows or none.</source>
        <translation>Flüsse aus einer CSV-Datei importieren, alle Zeilen oder keine.</translation>
    </message>
    <message>
        <source>Finds the figures of articles (text, Markdown, web pages saved as HTML or MHTML, PDF; or folders of them) and proposes a claim for each: amount, who pays whom, kind, status, date and the quote. Offsets are UTF-16 code units in the article&apos;s text; a .txt file is read as it is, so they refer to the file&apos;s own text.</source>
        <translation>Findet die Zahlen von Artikeln (Text, Markdown, als HTML oder MHTML gespeicherte Webseiten, PDF; oder Ordner davon) und schlägt für jede eine Angabe vor: Betrag, wer wem zahlt, Art, Status, Datum und das Zitat. Offsets sind UTF-16-Codeeinheiten im Text des Artikels; eine .txt-Datei wird gelesen, wie sie ist, sodass sie sich auf den eigenen Text der Datei beziehen.</translation>
    </message>
    <message>
        <source>  [%1]</source>
        <translation>  [%1]</translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation>  (%1)</translation>
    </message>
    <message>
        <source>Adds articles (text, Markdown, web pages saved as HTML or MHTML, PDF; or folders of them) as sources, with the metadata they state. An article already there (the same text) is not added twice. With --accept, the figures found become claims: on an existing flow when payer, payee, kind and date match, else on a new deal; those DealScope is unsure of (a side guessed or missing, a name it does not know, not a payment, no number) are listed, not added. Reports per file what happened.</source>
        <translation>Fügt Artikel (Text, Markdown, als HTML oder MHTML gespeicherte Webseiten, PDF; oder Ordner davon) als Quellen hinzu, mit den Metadaten, die sie angeben. Ein Artikel, der schon da ist (derselbe Text), wird nicht zweimal hinzugefügt. Mit --accept werden die gefundenen Zahlen zu Angaben: an einem bestehenden Fluss, wenn Zahler, Empfänger, Art und Datum passen, sonst an einem neuen Deal; die, bei denen DealScope unsicher ist (eine Seite geraten oder fehlend, ein unbekannter Name, keine Zahlung, keine Zahl), werden aufgelistet, nicht hinzugefügt. Meldet je Datei, was geschah.</translation>
    </message>
    <message>
        <source>  skipped %1 (unsure): %2
</source>
        <translation>  übersprungen %1 (unsicher): %2
</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Die CSV-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The CSV file</source>
        <translation>Die CSV-Datei</translation>
    </message>
    <message>
        <source>The CSV file is not valid UTF-8; save it as UTF-8 and try again.</source>
        <translation>Die CSV-Datei ist kein gültiges UTF-8; speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The CSV file has no header row.</source>
        <translation>Die CSV-Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Choose the columns that hold the payer and the payee.</source>
        <translation>Wählen Sie die Spalten mit Zahler und Empfänger.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the payer and the payee are both needed</source>
        <translation>Zahler und Empfänger werden beide gebraucht</translation>
    </message>
    <message>
        <source>the payer and the payee are the same company (%1)</source>
        <translation>Zahler und Empfänger sind dasselbe Unternehmen (%1)</translation>
    </message>
    <message>
        <source>“%1” is not a kind (equity, compute, chips, loan, acquisition, licensing, partnership)</source>
        <translation>„%1“ ist keine Art (equity, compute, chips, loan, acquisition, licensing, partnership)</translation>
    </message>
    <message>
        <source>“%1” is not a status (rumoured, in talks, announced, completed, cancelled)</source>
        <translation>„%1“ ist kein Status (rumoured, in talks, announced, completed, cancelled)</translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18)</source>
        <translation>„%1“ ist kein Datum (2025, 2025-11 oder 2025-11-18)</translation>
    </message>
    <message>
        <source>“%1” is not an amount (e.g. $30 billion, up to $5B, 1500000)</source>
        <translation>„%1“ ist kein Betrag (z. B. $30 billion, up to $5B, 1500000)</translation>
    </message>
    <message>
        <source>Flows imported from a CSV file.</source>
        <translation>Aus einer CSV-Datei importierte Flüsse.</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18; add ~ when approximate).</source>
        <translation>„%1“ ist kein Datum (2025, 2025-11 oder 2025-11-18; ~ anhängen, wenn ungefähr).</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Pressemitteilung</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>A company needs a name.</source>
        <translation>Ein Unternehmen braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” already names another company.</source>
        <translation>„%1“ bezeichnet bereits ein anderes Unternehmen.</translation>
    </message>
    <message>
        <source>Aliases must be different from each other and from the name.</source>
        <translation>Aliasnamen müssen sich voneinander und vom Namen unterscheiden.</translation>
    </message>
    <message>
        <source>A flow&apos;s payer cannot be its payee.</source>
        <translation>Der Zahler eines Flusses kann nicht sein Empfänger sein.</translation>
    </message>
    <message>
        <source>A flow needs a payer and a payee.</source>
        <translation>Ein Fluss braucht einen Zahler und einen Empfänger.</translation>
    </message>
    <message>
        <source>A company cannot be merged into itself.</source>
        <translation>Ein Unternehmen kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>There is no such company.</source>
        <translation>Dieses Unternehmen gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 and %2 have flows between them (%3): merged, a company would pay itself. Delete or change those flows first.</source>
        <translation>%1 und %2 haben Flüsse untereinander (%3): Zusammengeführt würde ein Unternehmen sich selbst bezahlen. Löschen oder ändern Sie diese Flüsse zuerst.</translation>
    </message>
    <message>
        <source>This company still has %1 flows or claims: delete or move them first (or merge the company into another).</source>
        <translation>Dieses Unternehmen hat noch %1 Flüsse oder Angaben: Löschen oder verschieben Sie sie zuerst (oder führen Sie das Unternehmen mit einem anderen zusammen).</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Cannot read the file</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB.</source>
        <translation>%1 ist größer als 512 MB.</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>JSON importieren</translation>
    </message>
    <message>
        <source>DealScope JSON (*.json);;All files (*)</source>
        <translation>DealScope-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import the JSON file</source>
        <translation>Die JSON-Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 companies to add (%2 already here by name or alias), %3 sources to add (%4 already here by key), %5 deals, %6 flows and %7 claims to add.</source>
        <translation>%1 Unternehmen hinzuzufügen (%2 bereits vorhanden nach Name oder Alias), %3 Quellen hinzuzufügen (%4 bereits vorhanden nach Schlüssel), %5 Deals, %6 Flüsse und %7 Angaben hinzuzufügen.</translation>
    </message>
    <message>
        <source>Import %1 into this file?</source>
        <translation>%1 in diese Datei importieren?</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>Claims (with their quotes)</source>
        <translation>Angaben (mit ihren Zitaten)</translation>
    </message>
    <message>
        <source>Start with a byte-order mark (for spreadsheets)</source>
        <translation>Mit einer Bytereihenfolgemarke beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation>Die Tabelle kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Import Flows from CSV</source>
        <translation>Flüsse aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import the CSV file</source>
        <translation>Die CSV-Datei kann nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Relies on %1 (not in the database).</source>
        <translation>Stützt sich auf %1 (nicht in der Datenbank).</translation>
    </message>
    <message>
        <source>Say who pays.</source>
        <translation>Geben Sie an, wer zahlt.</translation>
    </message>
    <message>
        <source>Say which company the figure is about.</source>
        <translation>Geben Sie an, welches Unternehmen die Zahl betrifft.</translation>
    </message>
    <message>
        <source>Say who is paid.</source>
        <translation>Geben Sie an, wer bezahlt wird.</translation>
    </message>
    <message>
        <source>The payer and the payee are the same company.</source>
        <translation>Zahler und Empfänger sind dasselbe Unternehmen.</translation>
    </message>
    <message>
        <source>The figure has no value.</source>
        <translation>Die Zahl hat keinen Wert.</translation>
    </message>
    <message>
        <source>A stake is a percentage between 0 and 100.</source>
        <translation>Eine Beteiligung ist ein Prozentsatz zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>Figure %1 (%2): %3</source>
        <translation>Zahl %1 (%2): %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Created the deal “%1” with its flow.</source>
        <translation>Deal „%1“ mit seinem Fluss angelegt.</translation>
    </message>
    <message>
        <source>Added a %1 claim on %2 about %3.</source>
        <translation>Angabe (%1) zu %2 über %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added a %1 claim on %2.</source>
        <translation>Angabe (%1) zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 → %2, %3, %4</source>
        <translation>%1 → %2, %3, %4</translation>
    </message>
    <message>
        <source>Added to the existing flow %1 as a direction dispute (this article says %2 pays %3).</source>
        <translation>Zum bestehenden Fluss %1 hinzugefügt, als Streit über die Richtung (dieser Artikel sagt, %2 zahlt %3).</translation>
    </message>
    <message>
        <source>Added to the existing flow %1.</source>
        <translation>Zum bestehenden Fluss %1 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Pg</name>
    <message>
        <source>Cannot connect to %1: out of memory.</source>
        <translation>Keine Verbindung zu %1: kein Speicher mehr frei.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Cannot talk UTF-8 with %1: %2</source>
        <translation>Mit %1 ist kein UTF-8 möglich: %2</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>There is no such deal.</source>
        <translation>Diesen Deal gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no such flow.</source>
        <translation>Diesen Fluss gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no such source.</source>
        <translation>Diese Quelle gibt es nicht.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>Ein Deal braucht einen Titel.</translation>
    </message>
    <message>
        <source>A source needs a title or a publisher.</source>
        <translation>Eine Quelle braucht einen Titel oder einen Herausgeber.</translation>
    </message>
    <message>
        <source>Choose the source that makes this claim.</source>
        <translation>Wählen Sie die Quelle, die diese Angabe macht.</translation>
    </message>
    <message>
        <source>A claim is about exactly one flow, deal or company.</source>
        <translation>Eine Angabe betrifft genau einen Fluss, einen Deal oder ein Unternehmen.</translation>
    </message>
    <message>
        <source>Enter the amount the source states.</source>
        <translation>Geben Sie den Betrag ein, den die Quelle nennt.</translation>
    </message>
    <message>
        <source>Enter the date the source states.</source>
        <translation>Geben Sie das Datum ein, das die Quelle nennt.</translation>
    </message>
    <message>
        <source>A stake is a percentage above 0 and at most 100.</source>
        <translation>Eine Beteiligung ist ein Prozentsatz über 0 und höchstens 100.</translation>
    </message>
    <message>
        <source>The quote does not stand in the source&apos;s text: copy a sentence from the article.</source>
        <translation>Das Zitat steht nicht im Text der Quelle: Kopieren Sie einen Satz aus dem Artikel.</translation>
    </message>
    <message>
        <source>A company cannot invest in or hold itself.</source>
        <translation>Ein Unternehmen kann nicht in sich selbst investieren oder Anteile an sich halten.</translation>
    </message>
    <message>
        <source>The source cannot say that a company pays itself.</source>
        <translation>Die Quelle kann nicht sagen, dass ein Unternehmen sich selbst bezahlt.</translation>
    </message>
</context>
<context>
    <name>ds::Checks</name>
    <message>
        <source>Database damage: %1</source>
        <translation>Beschädigte Datenbank: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
    <message>
        <source>Claim %1 has no source.</source>
        <translation>Angabe %1 hat keine Quelle.</translation>
    </message>
    <message>
        <source>Claim %1: its minimum amount exceeds its maximum.</source>
        <translation>Angabe %1: der Mindestbetrag übersteigt den Höchstbetrag.</translation>
    </message>
    <message>
        <source>Claim %1 is about an amount but has none.</source>
        <translation>Angabe %1 betrifft einen Betrag, hat aber keinen.</translation>
    </message>
    <message>
        <source>Claim %1 is orphaned: its quote no longer matches its source.</source>
        <translation>Angabe %1 ist verwaist: ihr Zitat passt nicht mehr zur Quelle.</translation>
    </message>
    <message>
        <source>Deal %1 has neither flows nor claims.</source>
        <translation>Deal %1 hat weder Zahlungsflüsse noch Angaben.</translation>
    </message>
    <message>
        <source>Source %1 cites itself.</source>
        <translation>Quelle %1 zitiert sich selbst.</translation>
    </message>
    <message>
        <source>Claim %1: its quote ends at %2, past the end of its source&apos;s text (%3).</source>
        <translation>Angabe %1: ihr Zitat endet bei %2, hinter dem Ende des Quelltextes (%3).</translation>
    </message>
    <message>
        <source>Claim %1: its quote does not match its source&apos;s text at offsets %2–%3.</source>
        <translation>Angabe %1: ihr Zitat stimmt an den Positionen %2–%3 nicht mit dem Quelltext überein.</translation>
    </message>
    <message>
        <source>Source %1 is part of a citation loop.</source>
        <translation>Quelle %1 ist Teil einer Zitierschleife.</translation>
    </message>
</context>
<context>
    <name>ds::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation>Die Abfrage lieferte keine Zeile.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Saving a copy failed: %1</source>
        <translation>Speichern einer Kopie fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Die Transaktion ist bereits beendet.</translation>
    </message>
    <message>
        <source>Another program is writing to this file and did not finish within %1 seconds; nothing was changed here. Try again in a moment.</source>
        <translation>Ein anderes Programm schreibt in diese Datei und ist nach %1 Sekunden nicht fertig geworden; hier wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is open in DealScope; choose another name.</source>
        <translation>%1 ist in DealScope geöffnet; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>ds::Files</name>
    <message>
        <source>%1 is a DealScope file open in this program; choose another name.</source>
        <translation>%1 ist eine in diesem Programm geöffnete DealScope-Datei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is a DealScope file open in this program; it cannot be read as an article or an import.</source>
        <translation>%1 ist eine in diesem Programm geöffnete DealScope-Datei; sie kann nicht als Artikel oder Import gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ds::Import</name>
    <message>
        <source>%1 nests its elements more than 512 deep; the deeper tags were read as plain text.</source>
        <translation>%1 verschachtelt seine Elemente mehr als 512 Ebenen tief; die tieferen Tags wurden als reiner Text gelesen.</translation>
    </message>
    <message>
        <source>No article stood out in %1, so all of its visible text was kept: check the text and the figures in the review.</source>
        <translation>In %1 hob sich kein Artikel ab, daher wurde der ganze sichtbare Text behalten: Prüfen Sie Text und Zahlen in der Durchsicht.</translation>
    </message>
    <message>
        <source>%1 holds no article text.</source>
        <translation>%1 enthält keinen Artikeltext.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation>%1 ist zu groß (%2 MB; die Grenze liegt bei %3 MB).</translation>
    </message>
</context>
<context>
    <name>ds::Money</name>
    <message>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
</context>
<context>
    <name>ds::PartialDate</name>
    <message>
        <source>c. %1</source>
        <comment>an approximate date, e.g. c. Nov 2025</comment>
        <translation>ca. %1</translation>
    </message>
</context>
<context>
    <name>ds::Schema</name>
    <message>
        <source>This file was written by a newer version of DealScope (format %1; this version reads up to %2). Update DealScope to open it.</source>
        <translation>Diese Datei wurde von einer neueren DealScope-Version geschrieben (Format %1; diese Version liest bis %2). Aktualisieren Sie DealScope, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation>Aktualisieren der Datei auf Format %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ds::Search</name>
    <message>
        <source>Type a word or a &quot;phrase&quot; to search for.</source>
        <translation>Geben Sie ein Wort oder eine „Wortgruppe“ ein.</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>Die Suche konnte nicht ausgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>ds::Store</name>
    <message>
        <source>This is not a DealScope file (it is not an SQLite database).</source>
        <translation>Dies ist keine DealScope-Datei (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>The file is truncated (its header is incomplete).</source>
        <translation>Die Datei ist abgeschnitten (ihr Kopf ist unvollständig).</translation>
    </message>
    <message>
        <source>The file is damaged (its page size is invalid).</source>
        <translation>Die Datei ist beschädigt (ungültige Seitengröße).</translation>
    </message>
    <message>
        <source>The file is truncated (its size is not a whole number of pages).</source>
        <translation>Die Datei ist abgeschnitten (ihre Größe ist kein Vielfaches der Seitengröße).</translation>
    </message>
    <message>
        <source>The file is truncated: it holds %1 of its %2 pages.</source>
        <translation>Die Datei ist abgeschnitten: sie enthält %1 ihrer %2 Seiten.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a DealScope file.</source>
        <translation>%1 ist ein Ordner, keine DealScope-Datei.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Die Datei %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a DealScope file.</source>
        <translation>Die Datei %1 ist leer: sie ist keine DealScope-Datei.</translation>
    </message>
    <message>
        <source>The file is damaged or not a DealScope file (%1).</source>
        <translation>Die Datei ist beschädigt oder keine DealScope-Datei (%1).</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another application.</source>
        <translation>Diese SQLite-Datei gehört zu einer anderen Anwendung.</translation>
    </message>
    <message>
        <source>This SQLite file is not a DealScope file (it has other tables).</source>
        <translation>Diese SQLite-Datei ist keine DealScope-Datei (sie hat andere Tabellen).</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>Diese SQLite-Bibliothek kann Fremdschlüssel nicht durchsetzen.</translation>
    </message>
    <message>
        <source>Cannot add the company “%1”: %2</source>
        <translation>Das Unternehmen „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot add the alias “%1”: %2</source>
        <translation>Der Alias „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot add the source “%1”: %2</source>
        <translation>Die Quelle „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot add the deal “%1”: %2</source>
        <translation>Der Deal „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot add the flow: %1</source>
        <translation>Der Zahlungsfluss kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Cannot add the claim: %1</source>
        <translation>Die Angabe kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>There is no source with id %1.</source>
        <translation>Es gibt keine Quelle mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no flow with id %1.</source>
        <translation>Es gibt keinen Zahlungsfluss mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Es gibt keinen Deal mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>Es gibt kein Unternehmen mit der ID %1.</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ds::Types</name>
    <message>
        <source>AI lab</source>
        <translation>KI-Labor</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>Chipmaker</source>
        <translation>Chiphersteller</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Rumoured</source>
        <translation>Gerücht</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>In Verhandlung</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Equity investment</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>Compute commitment</source>
        <translation>Rechenkapazitätszusage</translation>
    </message>
    <message>
        <source>Chip purchase</source>
        <translation>Chipkauf</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Darlehen</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Übernahme</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Lizenzierung</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Existence</source>
        <translation>Existenz</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Stützt</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Widerspricht</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>ds::analysis</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n claims)</source>
        <translation>
            <numerusform>%1 (%n Angabe)</numerusform>
            <numerusform>%1 (%n Angaben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 independent</source>
        <translation>, %1 unabhängig</translation>
    </message>
    <message>
        <source>no source states an amount</source>
        <translation>keine Quelle nennt einen Betrag</translation>
    </message>
    <message>
        <source>all agree on %1</source>
        <translation>alle stimmen bei %1 überein</translation>
    </message>
    <message>
        <source>sources disagree on the amount: %1</source>
        <translation>die Quellen widersprechen sich beim Betrag: %1</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> gegen </translation>
    </message>
    <message numerus="yes">
        <source>%n disagree(s) on the amount: %1</source>
        <translation>
            <numerusform>%n widerspricht beim Betrag: %1</numerusform>
            <numerusform>%n widersprechen beim Betrag: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%n deprecated claim(s) not counted</source>
        <translation>
            <numerusform>%n verworfene Angabe nicht gezählt</numerusform>
            <numerusform>%n verworfene Angaben nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>existence</source>
        <translation>Existenz</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>not counted (deprecated)</source>
        <translation>nicht gezählt (verworfen)</translation>
    </message>
    <message>
        <source>states no amount</source>
        <translation>nennt keinen Betrag</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>Unternehmen %1</translation>
    </message>
    <message>
        <source>direction: %1 says %2 pays %3</source>
        <translation>Richtung: laut %1 zahlt %2 an %3</translation>
    </message>
    <message>
        <source>attribution: %1 says %2 pays %3</source>
        <translation>Zuordnung: laut %1 zahlt %2 an %3</translation>
    </message>
    <message>
        <source>date: %1 says %2</source>
        <translation>Datum: laut %1 %2</translation>
    </message>
    <message>
        <source>existence: %1 contradicts it</source>
        <translation>Existenz: %1 widerspricht</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>%1: no combination of the flows adds up to it</source>
        <translation>%1: keine Kombination der Zahlungsflüsse ergibt diese Summe</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>unbekannte Quelle %1</translation>
    </message>
    <message>
        <source>%1, citing %2</source>
        <translation>%1, zitiert %2</translation>
    </message>
    <message>
        <source>untitled article %1</source>
        <translation>Artikel ohne Titel %1</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>die %1 von %2</translation>
    </message>
    <message>
        <source> (counting %1, which runs the other way)</source>
        <translation> (einschließlich %1, die in die Gegenrichtung fließen)</translation>
    </message>
    <message>
        <source>status: %1 says %2</source>
        <translation>Status: %1 nennt %2</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ds::exchange</name>
    <message>
        <source>Cannot write the graph: %1</source>
        <translation>Der Graph kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ds::gen</name>
    <message>
        <source>A synthetic dataset needs at least one deal and two companies.</source>
        <translation>Ein synthetischer Datensatz braucht mindestens einen Deal und zwei Unternehmen.</translation>
    </message>
    <message>
        <source>Synthetic data can only be generated into an empty file.</source>
        <translation>Synthetische Daten können nur in eine leere Datei erzeugt werden.</translation>
    </message>
    <message>
        <source>Generation was cancelled.</source>
        <translation>Die Erzeugung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ds::gui::AmountDialog</name>
    <message>
        <source>Edit Amount</source>
        <translation>Betrag bearbeiten</translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation>Betrag wie angegeben</translation>
    </message>
    <message>
        <source>e.g. $30 billion, up to $5B, €15 million, $5–10 billion</source>
        <translation>z. B. $30 billion, up to $5B, €15 million, $5–10 billion</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read.</source>
        <translation>„%1“ ist kein Betrag, den DealScope lesen kann.</translation>
    </message>
</context>
<context>
    <name>ds::gui::ArticleReader</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>publisher unknown</source>
        <translation>Verlag unbekannt</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>DealScope does not have this article&apos;s text. Attach it with File › Attach Article Text… to read the quote in place.</source>
        <translation>DealScope hat den Text dieses Artikels nicht. Hängen Sie ihn mit Datei › Artikeltext anhängen … an, um das Zitat an seiner Stelle zu lesen.</translation>
    </message>
</context>
<context>
    <name>ds::gui::Attach</name>
    <message>
        <source>No file is open.</source>
        <translation>Keine Datei ist geöffnet.</translation>
    </message>
    <message>
        <source>Quotes in place: %1. Moved to where they now stand: %2. Found by their context: %3. Found ignoring typography and spacing: %4.</source>
        <translation>Zitate an ihrer Stelle: %1. An ihre neue Stelle verschoben: %2. Über ihren Kontext gefunden: %3. Ohne Typografie und Leerraum gefunden: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) no longer match the text: they keep their place and are flagged as orphaned.</source>
        <translation>
            <numerusform>%n Zitat passt nicht mehr zum Text: es behält seine Position und wird als verwaist markiert.</numerusform>
            <numerusform>%n Zitate passen nicht mehr zum Text: sie behalten ihre Position und werden als verwaist markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Article Text</source>
        <translation>Artikeltext anhängen</translation>
    </message>
    <message>
        <source>This file has no sources to attach a text to.</source>
        <translation>Diese Datei hat keine Quellen, an die ein Text angehängt werden könnte.</translation>
    </message>
    <message>
        <source>Source whose text you have:</source>
        <translation>Quelle, deren Text Sie haben:</translation>
    </message>
    <message>
        <source>Article Text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot attach the text</source>
        <translation>Der Text kann nicht angehängt werden</translation>
    </message>
    <message>
        <source>Text attached</source>
        <translation>Text angehängt</translation>
    </message>
    <message>
        <source>Attach a text to %1</source>
        <translation>Einen Text an %1 anhängen</translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimActions</name>
    <message>
        <source>Add &amp;Claim to Selected Flow…</source>
        <translation>An&amp;gabe zum ausgewählten Fluss hinzufügen…</translation>
    </message>
    <message>
        <source>Record what a source says about the selected flow</source>
        <translation>Festhalten, was eine Quelle über den ausgewählten Fluss sagt</translation>
    </message>
    <message>
        <source>Add &amp;Headline Total to Selected Deal…</source>
        <translation>Schlagzeilen-Su&amp;mme zum ausgewählten Deal hinzufügen…</translation>
    </message>
    <message>
        <source>Record the total a source states for the selected deal</source>
        <translation>Die Summe festhalten, die eine Quelle für den ausgewählten Deal nennt</translation>
    </message>
    <message>
        <source>Add Claim &amp;about Focused Company…</source>
        <translation>&amp;Angabe über das ausgewählte Unternehmen hinzufügen…</translation>
    </message>
    <message>
        <source>Record a valuation, a stake or a total invested that a source states</source>
        <translation>Eine Bewertung, einen Anteil oder eine investierte Summe festhalten, die eine Quelle nennt</translation>
    </message>
    <message>
        <source>the headline total of %1</source>
        <translation>die Schlagzeilen-Summe von %1</translation>
    </message>
    <message>
        <source>a figure</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a flow</source>
        <translation>einen Fluss</translation>
    </message>
    <message>
        <source>Add a claim on %1</source>
        <translation>Eine Angabe zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change amount of %1</source>
        <translation>Betrag von %1 ändern</translation>
    </message>
    <message>
        <source>Edit a claim on %1</source>
        <translation>Eine Angabe zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>Rank a claim on %1 %2</source>
        <translation>Angabe zu %1 als %2 einstufen</translation>
    </message>
    <message>
        <source>Delete a claim on %1</source>
        <translation>Angabe zu %1 löschen</translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimCard</name>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>%1 · status: %2</source>
        <translation>%1 · Status: %2</translation>
    </message>
    <message>
        <source>%1 on the %2</source>
        <translation>%1 bei: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>orphaned quote</source>
        <translation>verwaistes Zitat</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Zitierangabe kopieren</translation>
    </message>
    <message>
        <source>Copy a plain-text citation of this claim (publisher, title, date, quote)</source>
        <translation>Eine Zitierangabe dieser Angabe als Text kopieren (Verlag, Titel, Datum, Zitat)</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit &amp;Amount…</source>
        <translation>&amp;Betrag bearbeiten…</translation>
    </message>
    <message>
        <source>Edit &amp;Claim…</source>
        <translation>&amp;Angabe bearbeiten…</translation>
    </message>
    <message>
        <source>Change the source, what it states, the stance or the quote</source>
        <translation>Quelle, Angabe, Haltung oder Zitat ändern</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Rang</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>Angabe &amp;löschen</translation>
    </message>
    <message>
        <source>Edit the claim</source>
        <translation>Die Angabe bearbeiten</translation>
    </message>
    <message>
        <source>Claim from %1: %2</source>
        <translation>Angabe von %1: %2</translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimDialog</name>
    <message>
        <source>Edit Claim</source>
        <translation>Angabe bearbeiten</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>Angabe hinzufügen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>What the source states</source>
        <translation>Was die Quelle angibt</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation>Betrag wie angegeben</translation>
    </message>
    <message>
        <source>e.g. $30 billion, up to $5B, €15 million, $5–10 billion</source>
        <translation>z. B. $30 billion, up to $5B, €15 million, $5–10 billion</translation>
    </message>
    <message>
        <source>Stake in percent</source>
        <translation>Anteil in Prozent</translation>
    </message>
    <message>
        <source>e.g. 27 or 27.5</source>
        <translation>z. B. 27 oder 27,5</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>the company invested in or held (optional)</source>
        <translation>das Unternehmen, in das investiert wird oder an dem Anteile bestehen (optional)</translation>
    </message>
    <message>
        <source>Payer as the source states it</source>
        <translation>Zahler, wie die Quelle ihn nennt</translation>
    </message>
    <message>
        <source>only when the source says who pays</source>
        <translation>nur, wenn die Quelle sagt, wer zahlt</translation>
    </message>
    <message>
        <source>Payee as the source states it</source>
        <translation>Empfänger, wie die Quelle ihn nennt</translation>
    </message>
    <message>
        <source>only when the source says who is paid</source>
        <translation>nur, wenn die Quelle sagt, wer bezahlt wird</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht genannt</translation>
    </message>
    <message>
        <source>The deal&apos;s status as the source states it</source>
        <translation>Der Stand des Deals, wie die Quelle ihn nennt</translation>
    </message>
    <message>
        <source>What the source says of the deal&apos;s stage (“announced plans”, “has finalized”). Sources that state different stages at the same time make a status dispute.</source>
        <translation>Was die Quelle über den Stand des Deals sagt („kündigte Pläne an“, „hat abgeschlossen“). Quellen, die zur selben Zeit verschiedene Stände nennen, ergeben einen Streit über den Status.</translation>
    </message>
    <message>
        <source>Date as stated</source>
        <translation>Datum wie angegeben</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025, 2025-11 oder 2025-11-18; ~ wenn ungefähr</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>the sentence of the article that says it (optional)</source>
        <translation>der Satz des Artikels, der es sagt (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Stat&amp;es</source>
        <translation>Gibt &amp;an</translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation>&amp;Haltung</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Prozent</translation>
    </message>
    <message>
        <source>&amp;In company</source>
        <translation>&amp;In Unternehmen</translation>
    </message>
    <message>
        <source>Says &amp;who pays</source>
        <translation>Nennt als Zah&amp;ler</translation>
    </message>
    <message>
        <source>Says who &amp;receives</source>
        <translation>Nennt als &amp;Empfänger</translation>
    </message>
    <message>
        <source>Says the dea&amp;l is</source>
        <translation>Nennt den &amp;Stand</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Choose one of the file&apos;s sources (New Source… adds one).</source>
        <translation>Wählen Sie eine Quelle der Datei (Neue Quelle… fügt eine hinzu).</translation>
    </message>
    <message>
        <source>Enter the amount the source states.</source>
        <translation>Geben Sie den Betrag ein, den die Quelle nennt.</translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read.</source>
        <translation>„%1“ ist kein Betrag, den DealScope lesen kann.</translation>
    </message>
    <message>
        <source>Enter the date the source states.</source>
        <translation>Geben Sie das Datum ein, das die Quelle nennt.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>„%1“ ist kein Prozentsatz.</translation>
    </message>
    <message>
        <source>“%1” is not a company of this file.</source>
        <translation>„%1“ ist kein Unternehmen dieser Datei.</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyActions</name>
    <message>
        <source>Edit Focused Com&amp;pany…</source>
        <translation>Ausgewähltes &amp;Unternehmen bearbeiten…</translation>
    </message>
    <message>
        <source>Rename the focused company, change its kind or aliases</source>
        <translation>Das ausgewählte Unternehmen umbenennen, seine Art oder Aliasnamen ändern</translation>
    </message>
    <message>
        <source>&amp;Merge Focused Company Into…</source>
        <translation>Ausgewähltes Unternehmen &amp;zusammenführen mit…</translation>
    </message>
    <message>
        <source>Move a company&apos;s flows, claims, name and aliases to another company (for duplicates)</source>
        <translation>Flüsse, Angaben, Namen und Aliasnamen eines Unternehmens auf ein anderes übertragen (für Dubletten)</translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation>&amp;Neues Unternehmen…</translation>
    </message>
    <message>
        <source>Delete Focused Compan&amp;y</source>
        <translation>Ausgewähltes Unte&amp;rnehmen löschen</translation>
    </message>
    <message>
        <source>Delete the focused company when no flow or claim refers to it</source>
        <translation>Das ausgewählte Unternehmen löschen, wenn kein Fluss und keine Angabe darauf verweist</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>Add company %1</source>
        <translation>Unternehmen %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Unternehmen %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation>Unternehmen %1 löschen</translation>
    </message>
    <message>
        <source>Merge Company</source>
        <translation>Unternehmen zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into (its flows, claims, name and aliases move there):</source>
        <translation>%1 zusammenführen mit (Flüsse, Angaben, Name und Aliasnamen wandern dorthin):</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyDialog</name>
    <message>
        <source>Edit Company</source>
        <translation>Unternehmen bearbeiten</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>Company kind</source>
        <translation>Art des Unternehmens</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasnamen</translation>
    </message>
    <message>
        <source>other names, separated by commas (e.g. AWS, Amazon.com)</source>
        <translation>andere Namen, durch Kommas getrennt (z. B. AWS, Amazon.com)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>A&amp;liasnamen</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyDock</name>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Unternehmen suchen</translation>
    </message>
    <message>
        <source>Company search</source>
        <translation>Unternehmenssuche</translation>
    </message>
    <message>
        <source>Company list</source>
        <translation>Unternehmensliste</translation>
    </message>
    <message>
        <source>&amp;Edit Company…</source>
        <translation>Unternehmen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>The companies cannot be read: %1</source>
        <translation>Die Unternehmen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyListModel</name>
    <message>
        <source>%1 — also known as %2</source>
        <translation>%1 — auch bekannt als %2</translation>
    </message>
</context>
<context>
    <name>ds::gui::CsvImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Import Flows from %1</source>
        <translation>Flüsse aus %1 importieren</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Was Spalte %1 enthält</translation>
    </message>
    <message>
        <source>Check the rows again after changing the columns.</source>
        <translation>Prüfen Sie die Zeilen nach dem Ändern der Spalten erneut.</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s). Choose what each column holds (payer and payee are needed), check the rows, then import them: all or none.</source>
        <translation>
            <numerusform>%Ln Zeile. Wählen Sie, was jede Spalte enthält (Zahler und Empfänger werden gebraucht), prüfen Sie die Zeilen und importieren Sie sie: alle oder keine.</numerusform>
            <numerusform>%Ln Zeilen. Wählen Sie, was jede Spalte enthält (Zahler und Empfänger werden gebraucht), prüfen Sie die Zeilen und importieren Sie sie: alle oder keine.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check Rows</source>
        <translation>Zeilen &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>These rows need fixing in the file; nothing will be imported until they are:</source>
        <translation>Diese Zeilen müssen in der Datei korrigiert werden; bis dahin wird nichts importiert:</translation>
    </message>
    <message>
        <source>Ready: %1 flows in %2 deals, %3 claims with amounts, %4 new companies.</source>
        <translation>Bereit: %1 Flüsse in %2 Deals, %3 Angaben mit Beträgen, %4 neue Unternehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n flow(s) from %1</source>
        <translation>
            <numerusform>%n Fluss aus %1 importieren</numerusform>
            <numerusform>%n Flüsse aus %1 importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::CyclesDock</name>
    <message>
        <source>Cycles</source>
        <translation>Kreisläufe</translation>
    </message>
    <message>
        <source>Through the focused company</source>
        <translation>Über das gewählte Unternehmen</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>bis zu </translation>
    </message>
    <message>
        <source> flows</source>
        <translation> Zahlungsflüsse</translation>
    </message>
    <message>
        <source>Longest cycle</source>
        <translation>Längster Kreislauf</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Only cycles whose flows all fall within this many months</source>
        <translation>Nur Kreisläufe, deren Zahlungsflüsse alle innerhalb so vieler Monate liegen</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Money goes round</source>
        <translation>Geld im Kreislauf</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>Cycles, largest first</source>
        <translation>Kreisläufe, größte zuerst</translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation>Die Flüsse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the flows and their figures…</source>
        <translation>Die Flüsse und ihre Zahlen werden gelesen …</translation>
    </message>
    <message>
        <source>Select a company to list the cycles through it.</source>
        <translation>Wählen Sie ein Unternehmen, um die Kreisläufe darüber aufzulisten.</translation>
    </message>
    <message>
        <source>%1 flows: tick &quot;Through the focused company&quot; and select a company to list its cycles.</source>
        <translation>%1 Zahlungsflüsse: Kreuzen Sie „Über das gewählte Unternehmen“ an und wählen Sie ein Unternehmen, um seine Kreisläufe aufzulisten.</translation>
    </message>
    <message>
        <source>Searching for cycles…</source>
        <translation>Kreisläufe werden gesucht …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cycle(s), the %1 largest shown</source>
        <translation>
            <numerusform>%Ln Kreislauf, die %1 größten angezeigt</numerusform>
            <numerusform>%Ln Kreisläufe, die %1 größten angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cycle(s)</source>
        <translation>
            <numerusform>%Ln Kreislauf</numerusform>
            <numerusform>%Ln Kreisläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>Betrag unbekannt</translation>
    </message>
</context>
<context>
    <name>ds::gui::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation>Deal bearbeiten</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Titel des Deals</translation>
    </message>
    <message>
        <source>e.g. Microsoft invests in OpenAI</source>
        <translation>z. B. Microsoft investiert in OpenAI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025, 2025-11 oder 2025-11-18; ~ wenn ungefähr</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Deal note</source>
        <translation>Notiz zum Deal</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Announced</source>
        <translation>&amp;Angekündigt</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>First flow of money</source>
        <translation>Erster Geldfluss</translation>
    </message>
</context>
<context>
    <name>ds::gui::DealTableModel</name>
    <message>
        <source>Approximate date</source>
        <translation>Ungefähres Datum</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>Umstritten: %1</translation>
    </message>
    <message>
        <source>The sources disagree on the status: %1</source>
        <translation>Die Quellen sind sich über den Status uneinig: %1</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount (as stated)</source>
        <translation>Betrag (wie angegeben)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>ds::gui::DealTableView</name>
    <message>
        <source>Filter by deal, payer or payee (Ctrl+F)</source>
        <translation>Nach Deal, Zahler oder Empfänger filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Deal filter</source>
        <translation>Deal-Filter</translation>
    </message>
    <message>
        <source>Show all companies</source>
        <translation>Alle Unternehmen zeigen</translation>
    </message>
    <message>
        <source>Deal table</source>
        <translation>Deal-Tabelle</translation>
    </message>
    <message>
        <source>Showing the flows paid or received by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Zahlungsflüsse, die &lt;b&gt;%1&lt;/b&gt; zahlt oder erhält</translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation>Die Flüsse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading flows…</source>
        <translation>Lade Zahlungsflüsse …</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) shown</source>
        <translation>
            <numerusform>%n Zahlungsfluss angezeigt</numerusform>
            <numerusform>%n Zahlungsflüsse angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::DisputesDock</name>
    <message>
        <source>Disputes</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>Disputed figures</source>
        <translation>Umstrittene Zahlen</translation>
    </message>
    <message>
        <source>The disputes cannot be worked out: %1</source>
        <translation>Die Streitfälle können nicht ermittelt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed figure(s) — the sources disagree on an amount, on who pays whom, on a date, on the status or on whether a deal exists.</source>
        <translation>
            <numerusform>%n strittige Zahl – die Quellen sind sich über einen Betrag, darüber, wer wen bezahlt, über ein Datum, den Status oder darüber, ob es einen Deal gibt, uneinig.</numerusform>
            <numerusform>%n strittige Zahlen – die Quellen sind sich über einen Betrag, darüber, wer wen bezahlt, über ein Datum, den Status oder darüber, ob es einen Deal gibt, uneinig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::DisputesModel</name>
    <message>
        <source>Headline total</source>
        <translation>Schlagzeilen-Summe</translation>
    </message>
    <message>
        <source> (%1 pays %2)</source>
        <translation> (%1 zahlt an %2)</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Disagree on</source>
        <translation>Widerspruch bei</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Sources on each side</source>
        <translation>Quellen jeder Seite</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>ds::gui::Document</name>
    <message>
        <source>No file is open.</source>
        <translation>Keine Datei ist geöffnet.</translation>
    </message>
    <message>
        <source>Choose another name: this is the open file.</source>
        <translation>Wählen Sie einen anderen Namen: dies ist die geöffnete Datei.</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Another program changed this file (%1); the views show it now.</source>
        <translation>Ein anderes Programm hat diese Datei geändert (%1); die Ansichten zeigen es jetzt.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ds::gui::Export</name>
    <message>
        <source>Cannot export to “%1”: the file must end in .png, .svg or .pdf.</source>
        <translation>Export nach „%1“ nicht möglich: die Datei muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>The size must be between 16 and 20000 pixels and the scale between 0.1 and 8.</source>
        <translation>Die Größe muss zwischen 16 und 20000 Pixeln und der Maßstab zwischen 0,1 und 8 liegen.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ds::gui::ExportDialog</name>
    <message>
        <source>Add a caption naming the sources</source>
        <translation>Eine Bildunterschrift mit den Quellen hinzufügen</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>chart.png, chart.svg or chart.pdf</source>
        <translation>diagramm.png, diagramm.svg oder diagramm.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Pixels per point in PNG files (2 for sharp images on high-DPI screens)</source>
        <translation>Pixel pro Punkt in PNG-Dateien (2 für scharfe Bilder auf hochauflösenden Bildschirmen)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Maßstab:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowActions</name>
    <message>
        <source>New &amp;Deal…</source>
        <translation>Neuer &amp;Deal…</translation>
    </message>
    <message>
        <source>Add a deal with its first flow of money</source>
        <translation>Einen Deal mit seinem ersten Geldfluss hinzufügen</translation>
    </message>
    <message>
        <source>Edit Selected D&amp;eal…</source>
        <translation>Ausgewählten D&amp;eal bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected deal&apos;s title, status or announcement date</source>
        <translation>Titel, Status oder Ankündigungsdatum des ausgewählten Deals ändern</translation>
    </message>
    <message>
        <source>Add F&amp;low to Selected Deal…</source>
        <translation>F&amp;luss zum ausgewählten Deal hinzufügen…</translation>
    </message>
    <message>
        <source>Add another flow of money to the selected deal</source>
        <translation>Dem ausgewählten Deal einen weiteren Geldfluss hinzufügen</translation>
    </message>
    <message>
        <source>Edit Selected &amp;Flow…</source>
        <translation>Ausgewählten &amp;Fluss bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected flow&apos;s payer, payee, kind or date</source>
        <translation>Zahler, Empfänger, Art oder Datum des ausgewählten Flusses ändern</translation>
    </message>
    <message>
        <source>Delete Selected Flo&amp;w</source>
        <translation>Ausgewählten Flu&amp;ss löschen</translation>
    </message>
    <message>
        <source>Delete the selected flow with its claims (its deal too when it is the last flow)</source>
        <translation>Den ausgewählten Fluss mit seinen Angaben löschen (auch seinen Deal, wenn es der letzte Fluss ist)</translation>
    </message>
    <message>
        <source>Dele&amp;te Selected Deal</source>
        <translation>Ausgewählten Deal lösc&amp;hen</translation>
    </message>
    <message>
        <source>Delete the selected deal with all its flows and claims</source>
        <translation>Den ausgewählten Deal mit allen Flüssen und Angaben löschen</translation>
    </message>
    <message>
        <source>Add deal %1</source>
        <translation>Deal %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>Deal %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete deal %1</source>
        <translation>Deal %1 löschen</translation>
    </message>
    <message>
        <source>Add Flow</source>
        <translation>Fluss hinzufügen</translation>
    </message>
    <message>
        <source>Add a flow</source>
        <translation>Einen Fluss hinzufügen</translation>
    </message>
    <message>
        <source>Add flow %1</source>
        <translation>Fluss %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit flow %1</source>
        <translation>Fluss %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete flow %1</source>
        <translation>Fluss %1 löschen</translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowDialog</name>
    <message>
        <source>Edit Flow</source>
        <translation>Fluss bearbeiten</translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowFields</name>
    <message>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025, 2025-11 oder 2025-11-18; ~ wenn ungefähr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>&amp;Zahler</translation>
    </message>
    <message>
        <source>Pa&amp;yee</source>
        <translation>E&amp;mpfänger</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>“%1” is not a company of this file.</source>
        <translation>„%1“ ist kein Unternehmen dieser Datei.</translation>
    </message>
    <message>
        <source>A flow&apos;s payer cannot be its payee.</source>
        <translation>Der Zahler eines Flusses kann nicht sein Empfänger sein.</translation>
    </message>
</context>
<context>
    <name>ds::gui::ImportReport</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Imported: %1. Already there: %2. Not imported: %3.</source>
        <translation>Importiert: %1. Bereits vorhanden: %2. Nicht importiert: %3.</translation>
    </message>
    <message>
        <source>Cancelled: the files after these were not looked at.</source>
        <translation>Abgebrochen: Die Dateien danach wurden nicht angesehen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>&amp;Review Figures…</source>
        <translation>Zahlen &amp;prüfen…</translation>
    </message>
</context>
<context>
    <name>ds::gui::MainWindow</name>
    <message>
        <source>DealScope files (*.dealscope);;All files (*)</source>
        <translation>DealScope-Dateien (*.dealscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find Deals</source>
        <translation>Deals &amp;suchen</translation>
    </message>
    <message>
        <source>Find &amp;Company</source>
        <translation>&amp;Unternehmen suchen</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>Auswa&amp;hl aufheben</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DealScope</source>
        <translation>&amp;Über DealScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New DealScope File</source>
        <translation>Neue DealScope-Datei</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Die Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>This is the file that is open.</source>
        <translation>Dies ist die geöffnete Datei.</translation>
    </message>
    <message>
        <source>Open DealScope File</source>
        <translation>DealScope-Datei öffnen</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Die Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie nach %1 gespeichert</translation>
    </message>
    <message>
        <source>About DealScope</source>
        <translation>Über DealScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealScope %1&lt;/h3&gt;&lt;p&gt;Explore who funds whom in the AI industry: deals, money flows and the sources behind every figure.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DealScope %1&lt;/h3&gt;&lt;p&gt;Erkunden Sie, wer wen in der KI-Branche finanziert: Deals, Geldflüsse und die Quellen hinter jeder Zahl.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is removed from the list.</source>
        <translation>%1 existiert nicht mehr; der Eintrag wird aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>DealScope</source>
        <translation>DealScope</translation>
    </message>
    <message>
        <source>%1 — DealScope</source>
        <translation>%1 — DealScope</translation>
    </message>
    <message>
        <source>%1 companies · %2 sources · %3 deals · %4 flows · %5 claims</source>
        <translation>%1 Unternehmen · %2 Quellen · %3 Deals · %4 Zahlungsflüsse · %5 Angaben</translation>
    </message>
    <message>
        <source>&amp;Attach Article Text…</source>
        <translation>Artikeltext &amp;anhängen …</translation>
    </message>
    <message>
        <source>Attach the full text of an article to its source and re-anchor its quotes</source>
        <translation>Den vollständigen Text eines Artikels an seine Quelle anhängen und die Zitate neu verankern</translation>
    </message>
    <message>
        <source>&amp;Sources of the Figure</source>
        <translation>&amp;Quellen der Zahl</translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation>&amp;Widersprüche</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>Quellen&amp;liste</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Diagramm &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Die Zeitachse als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>D&amp;eal Table</source>
        <translation>D&amp;eal-Tabelle</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitachse</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Das Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;ilter</translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation>&amp;Arten</translation>
    </message>
    <message>
        <source>&amp;Statuses</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>the stakes chart</source>
        <translation>das Beteiligungsdiagramm</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>C&amp;ycles</source>
        <translation>&amp;Kreisläufe</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>die Zeitachse</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>&amp;Years…</source>
        <translation>&amp;Jahre …</translation>
    </message>
    <message>
        <source>Show only the flows dated within some years</source>
        <translation>Nur Zahlungsflüsse bestimmter Jahre zeigen</translation>
    </message>
    <message>
        <source>Show &amp;All Kinds, Statuses and Years</source>
        <translation>Alle Arten, Status und Jahre &amp;zeigen</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>All years (and undated flows)</source>
        <translation>Alle Jahre (und undatierte Zahlungsflüsse)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>Add news articles (text, Markdown or HTML) and review the figures found in them</source>
        <translation>Nachrichtenartikel (Text, Markdown oder HTML) hinzufügen und die gefundenen Zahlen prüfen</translation>
    </message>
    <message>
        <source>Import a &amp;Folder of Articles…</source>
        <translation>&amp;Ordner mit Artikeln importieren…</translation>
    </message>
    <message>
        <source>Review the article on the clipboard and add it</source>
        <translation>Den Artikel in der Zwischenablage prüfen und hinzufügen</translation>
    </message>
    <message>
        <source>Search &amp;Articles</source>
        <translation>&amp;Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Se&amp;arch Articles</source>
        <translation>Artikel&amp;suche</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Ordner mit Artikeln importieren</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Importieren.</translation>
    </message>
    <message>
        <source>Import &amp;JSON…</source>
        <translation>&amp;JSON importieren…</translation>
    </message>
    <message>
        <source>Add what a DealScope JSON export holds to this file</source>
        <translation>Den Inhalt eines DealScope-JSON-Exports zu dieser Datei hinzufügen</translation>
    </message>
    <message>
        <source>Import Flows from C&amp;SV…</source>
        <translation>Flüsse aus C&amp;SV importieren…</translation>
    </message>
    <message>
        <source>Add flows from a spreadsheet, one per row</source>
        <translation>Flüsse aus einer Tabelle hinzufügen, einen je Zeile</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation>&amp;Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Write deals, flows or claims as CSV for a spreadsheet</source>
        <translation>Deals, Flüsse oder Angaben als CSV für eine Tabellenkalkulation schreiben</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Die Änderung wurde nicht vorgenommen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einstellu&amp;ngen…</translation>
    </message>
    <message>
        <source>Delete Flow</source>
        <translation>Fluss löschen</translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>Paste Ar&amp;ticle</source>
        <translation>Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>Company Sta&amp;kes</source>
        <translation>&amp;Beteiligungen des Unternehmens</translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z takes it back.</source>
        <translation>Erledigt: %1. Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>Undone: %1. Ctrl+Shift+Z makes it again.</source>
        <translation>Rückgängig gemacht: %1. Strg+Umschalt+Z wiederholt es.</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Artikel (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>ds::gui::NetworkView</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Ganzes Netzwerk</translation>
    </message>
    <message>
        <source>Focused company and neighbours</source>
        <translation>Gewähltes Unternehmen und Nachbarn</translation>
    </message>
    <message>
        <source>Focused company, 2 hops</source>
        <translation>Gewähltes Unternehmen, 2 Schritte</translation>
    </message>
    <message>
        <source>Network scope</source>
        <translation>Netzwerkumfang</translation>
    </message>
    <message>
        <source>Network as of</source>
        <translation>Netzwerk zum Stand</translation>
    </message>
    <message>
        <source>Show the network as of a date: only flows announced by then</source>
        <translation>Das Netzwerk zu einem Datum zeigen: nur bis dahin angekündigte Zahlungsflüsse</translation>
    </message>
    <message>
        <source>Play the network&apos;s growth month by month</source>
        <translation>Das Wachstum des Netzwerks Monat für Monat abspielen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+Shift+0)</source>
        <translation>Das ganze Netzwerk zeigen (Strg+Umschalt+0)</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · drag a company to pin it · click to focus</source>
        <translation>Rad: Zoom · Ziehen: Verschieben · Unternehmen ziehen: anheften · Klick: auswählen</translation>
    </message>
    <message>
        <source>Money network</source>
        <translation>Geldnetzwerk</translation>
    </message>
    <message>
        <source>Left and Right arrows: previous and next company; Up and Down: the focused company&apos;s flows; + and −: zoom; Home: whole network</source>
        <translation>Pfeil links und rechts: vorheriges und nächstes Unternehmen; Pfeil hoch und runter: die Flüsse des fokussierten Unternehmens; + und −: Zoom; Pos1: ganzes Netzwerk</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation>Die Flüsse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the flows and their figures…</source>
        <translation>Die Flüsse und ihre Zahlen werden gelesen …</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle Daten</translation>
    </message>
    <message>
        <source>No flows match the filters and the date.</source>
        <translation>Keine Zahlungsflüsse passen zu Filtern und Datum.</translation>
    </message>
    <message>
        <source>Select a company (in the list, the table or here) to see its neighbours.</source>
        <translation>Wählen Sie ein Unternehmen (in der Liste, der Tabelle oder hier), um seine Nachbarn zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 paid and received</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 gezahlt und erhalten</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (umstritten)</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 · %3&lt;br&gt;%4 · %n flow(s)</source>
        <translation>
            <numerusform>%1 → %2 · %3&lt;br&gt;%4 · %n Zahlungsfluss</numerusform>
            <numerusform>%1 → %2 · %3&lt;br&gt;%4 · %n Zahlungsflüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %Ln companies… %1%</source>
        <translation>
            <numerusform>%Ln Unternehmen werden angeordnet … %1 %</numerusform>
            <numerusform>%Ln Unternehmen werden angeordnet … %1 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>$1.4T (the largest unit)</source>
        <translation>$1.4T (die größte Einheit)</translation>
    </message>
    <message>
        <source>$1,400B (in billions)</source>
        <translation>$1,400B (in Milliarden)</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Zahlenformat</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Chart width</source>
        <translation>Diagrammbreite</translation>
    </message>
    <message>
        <source>Chart height</source>
        <translation>Diagrammhöhe</translation>
    </message>
    <message>
        <source>Chart scale</source>
        <translation>Diagrammskalierung</translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation>Eine neue Sprache erscheint ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Amounts</source>
        <translation>&amp;Beträge</translation>
    </message>
    <message>
        <source>Chart export &amp;width</source>
        <translation>Diagrammexport: &amp;Breite</translation>
    </message>
    <message>
        <source>Chart export &amp;height</source>
        <translation>Diagrammexport: &amp;Höhe</translation>
    </message>
    <message>
        <source>Chart export &amp;scale</source>
        <translation>Diagrammexport: &amp;Skalierung</translation>
    </message>
</context>
<context>
    <name>ds::gui::ProposalDelegate</name>
    <message>
        <source>A known company, or a new name to add as a company</source>
        <translation>Ein bekanntes Unternehmen oder ein neuer Name, der als Unternehmen angelegt wird</translation>
    </message>
</context>
<context>
    <name>ds::gui::ProposalModel</name>
    <message>
        <source>%1: not a payment between two parties.</source>
        <translation>%1: keine Zahlung zwischen zwei Parteien.</translation>
    </message>
    <message>
        <source>A market value, read as a valuation.</source>
        <translation>Ein Börsenwert, als Bewertung gelesen.</translation>
    </message>
    <message>
        <source>No number: read as at least two.</source>
        <translation>Keine Zahl: als mindestens zwei gelesen.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>„%1“ ist kein Prozentsatz.</translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read (e.g. $30 billion, up to $5B, €15 million).</source>
        <translation>„%1“ ist kein Betrag, den DealScope lesen kann (z. B. $30 billion, up to $5B, €15 million).</translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18; add ~ when approximate).</source>
        <translation>„%1“ ist kein Datum (2025, 2025-11 oder 2025-11-18; ~ anhängen, wenn ungefähr).</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>%1 (direction dispute)</source>
        <translation>%1 (Streit über die Richtung)</translation>
    </message>
    <message>
        <source>No flow of the file matches: accepting makes a new deal.</source>
        <translation>Kein Fluss der Datei passt: Übernehmen legt einen neuen Deal an.</translation>
    </message>
    <message>
        <source>Check to add it to the existing flow %1 instead.</source>
        <translation>Ankreuzen, um es stattdessen dem bestehenden Fluss %1 hinzuzufügen.</translation>
    </message>
    <message>
        <source>Adds to the existing flow %1; uncheck to make a new deal instead.</source>
        <translation>Wird dem bestehenden Fluss %1 hinzugefügt; abwählen, um stattdessen einen neuen Deal anzulegen.</translation>
    </message>
    <message>
        <source>The sentence states it: the claim records this status, and a source that states another makes a status dispute.</source>
        <translation>Der Satz nennt ihn: Die Angabe hält diesen Status fest, und eine Quelle, die einen anderen nennt, ergibt einen Streit über den Status.</translation>
    </message>
    <message>
        <source>Assumed: the sentence does not state the status, so the claim records none. Choose one to record it.</source>
        <translation>Angenommen: Der Satz nennt den Status nicht, daher hält die Angabe keinen fest. Wählen Sie einen, um ihn festzuhalten.</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>Wer zahlt</translation>
    </message>
    <message>
        <source>The company the figure is about</source>
        <translation>Das Unternehmen, das die Zahl betrifft</translation>
    </message>
    <message>
        <source>Who is paid</source>
        <translation>Wer bezahlt wird</translation>
    </message>
    <message>
        <source>The counterparty, if any</source>
        <translation>Die Gegenpartei, falls vorhanden</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Payer / company</source>
        <translation>Zahler / Unternehmen</translation>
    </message>
    <message>
        <source>Payee / counterparty</source>
        <translation>Empfänger / Gegenpartei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ds::gui::ReviewDialog</name>
    <message>
        <source>Review Article — %1</source>
        <translation>Artikel prüfen – %1</translation>
    </message>
    <message>
        <source>Review article</source>
        <translation>Artikel prüfen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the outlet the article reports, if any</source>
        <translation>das Medium, auf das sich der Artikel stützt, falls vorhanden</translation>
    </message>
    <message>
        <source>unknown (nothing is fetched)</source>
        <translation>unbekannt (es wird nichts abgerufen)</translation>
    </message>
    <message>
        <source>e.g. 2025-11-18, 2025-11 or 2025-11~</source>
        <translation>z. B. 2025-11-18, 2025-11 oder 2025-11~</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Herausgeber</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>&amp;Relies on</source>
        <translation>&amp;Stützt sich auf</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>&amp;Erschienen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation>Stützt sich auf</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <source>This article is already in the file (source %1, with %2 claims): it is not added twice; checked figures are added to it.</source>
        <translation>Dieser Artikel ist bereits in der Datei (Quelle %1, mit %2 Angaben): Er wird nicht doppelt hinzugefügt; angehakte Zahlen werden ihm hinzugefügt.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Found: %1 %2 %3</source>
        <translation>Gefunden: %1 %2 %3</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Proposed claims</source>
        <translation>Vorgeschlagene Angaben</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Alle anhaken</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>&amp;Keine anhaken</translation>
    </message>
    <message>
        <source>Finding figures…</source>
        <translation>Zahlen werden gesucht…</translation>
    </message>
    <message>
        <source>Why this figure</source>
        <translation>Warum diese Zahl</translation>
    </message>
    <message>
        <source>Add &amp;Checked Figures to It</source>
        <translation>&amp;Angehakte Zahlen hinzufügen</translation>
    </message>
    <message>
        <source>Add Article and &amp;Checked Figures</source>
        <translation>Artikel und &amp;angehakte Zahlen hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Add Article &amp;Only</source>
        <translation>&amp;Nur den Artikel hinzufügen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Joins: %1</source>
        <translation>Gehört zu: %1</translation>
    </message>
    <message>
        <source>Figures found: %L1; checked: %L2</source>
        <translation>Gefundene Zahlen: %L1; angehakt: %L2</translation>
    </message>
    <message>
        <source>“%1” is not a date: use 2025, 2025-11 or 2025-11-18, with ~ when approximate.</source>
        <translation>„%1“ ist kein Datum: 2025, 2025-11 oder 2025-11-18 verwenden, mit ~ wenn ungefähr.</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nichts wurde hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n claim(s) to a source</source>
        <translation>
            <numerusform>%n Angabe zu einer Quelle hinzufügen</numerusform>
            <numerusform>%n Angaben zu einer Quelle hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import article %1</source>
        <translation>Artikel %1 importieren</translation>
    </message>
</context>
<context>
    <name>ds::gui::SearchDock</name>
    <message>
        <source>Search Articles</source>
        <translation>Artikelsuche</translation>
    </message>
    <message>
        <source>Search the articles&apos; titles and texts</source>
        <translation>Titel und Texte der Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Every word must occur; &quot;quoted words&quot; must occur together.</source>
        <translation>Jedes Wort muss vorkommen; „Wörter in Anführungszeichen“ müssen zusammen vorkommen.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Type words to search for.</source>
        <translation>Geben Sie Suchwörter ein.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>No article contains all of these words.</source>
        <translation>Kein Artikel enthält alle diese Wörter.</translation>
    </message>
    <message>
        <source>These words are in most articles: the best %L1 matches among the newest %L2 (%L3 ms). Add words to narrow the search.</source>
        <translation>Diese Wörter stehen in den meisten Artikeln: die besten %L1 Treffer unter den neuesten %L2 (%L3 ms). Weitere Wörter grenzen die Suche ein.</translation>
    </message>
    <message>
        <source>The best %L1 matches (%L2 ms).</source>
        <translation>Die besten %L1 Treffer (%L2 ms).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) (%1 ms).</source>
        <translation>
            <numerusform>%Ln Artikel (%1 ms).</numerusform>
            <numerusform>%Ln Artikel (%1 ms).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::SourceActions</name>
    <message>
        <source>New &amp;Source…</source>
        <translation>Neue &amp;Quelle…</translation>
    </message>
    <message>
        <source>Add a source by its details (an article you do not have the text of)</source>
        <translation>Eine Quelle mit ihren Angaben hinzufügen (ein Artikel, dessen Text Sie nicht haben)</translation>
    </message>
    <message>
        <source>Edit Selected S&amp;ource…</source>
        <translation>Ausgewählte Quelle &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected source&apos;s title, publisher, date or kind</source>
        <translation>Titel, Herausgeber, Datum oder Art der ausgewählten Quelle ändern</translation>
    </message>
    <message>
        <source>Delete Selected Sou&amp;rce</source>
        <translation>Ausgewählte Quelle l&amp;öschen</translation>
    </message>
    <message>
        <source>Delete the selected source with its text and its claims</source>
        <translation>Die ausgewählte Quelle mit ihrem Text und ihren Angaben löschen</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>Quelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>Quelle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete source %1</source>
        <translation>Quelle %1 löschen</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourceDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025, 2025-11 oder 2025-11-18; ~ wenn ungefähr</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>e.g. en, de, fr (unknown when empty)</source>
        <translation>z. B. en, de, fr (leer: unbekannt)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Herausgeber</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>P&amp;ublished</source>
        <translation>&amp;Veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>No text: attach it with File › Attach Article Text.</source>
        <translation>Kein Text: Hängen Sie ihn mit Datei › Artikeltext anhängen an.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %n characters (kept as is).</source>
        <translation>
            <numerusform>Text: %n Zeichen (bleibt unverändert).</numerusform>
            <numerusform>Text: %n Zeichen (bleibt unverändert).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…).</source>
        <translation>„%1“ ist keine Webadresse (https://…).</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcePanel</name>
    <message>
        <source>Sources of the Figure</source>
        <translation>Quellen der Zahl</translation>
    </message>
    <message>
        <source>Claims behind the selected figure</source>
        <translation>Angaben hinter der gewählten Zahl</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Keine Datei ist geöffnet.</translation>
    </message>
    <message>
        <source>Select a flow in the table, or a company, to see the sources behind its figure.</source>
        <translation>Wählen Sie einen Zahlungsfluss in der Tabelle oder ein Unternehmen, um die Quellen hinter seiner Zahl zu sehen.</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>Umstritten: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>undisputed</source>
        <translation>unumstritten</translation>
    </message>
    <message>
        <source>Headline total of “%1”</source>
        <translation>Schlagzeilen-Summe von „%1“</translation>
    </message>
    <message>
        <source>No source states a valuation, stake or total for %1. Select one of its flows in the table to see the sources behind it.</source>
        <translation>Keine Quelle nennt eine Bewertung, einen Anteil oder eine Summe für %1. Wählen Sie einen seiner Zahlungsflüsse in der Tabelle, um die Quellen dahinter zu sehen.</translation>
    </message>
    <message>
        <source>%1 · stake in %2</source>
        <translation>%1 · Anteil an %2</translation>
    </message>
    <message>
        <source>%1 · total invested in %2</source>
        <translation>%1 · insgesamt in %2 investiert</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>Zitierangabe kopiert</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The sources cannot be read: %1</source>
        <translation>Die Quellen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcesModel</name>
    <message>
        <source>(untitled: %1)</source>
        <translation>(ohne Titel: %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation>Stützt sich auf</translation>
    </message>
</context>
<context>
    <name>ds::gui::StakesDock</name>
    <message>
        <source>Pays</source>
        <translation>Zahlt</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Erhält</translation>
    </message>
    <message>
        <source>US$ billions</source>
        <translation>Mrd. US$</translation>
    </message>
    <message>
        <source>Company Stakes</source>
        <translation>Beteiligungen des Unternehmens</translation>
    </message>
    <message>
        <source>The stakes cannot be read: %1</source>
        <translation>Die Beteiligungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Positions of the company</source>
        <translation>Positionen des Unternehmens</translation>
    </message>
    <message>
        <source>Positions by counterparty</source>
        <translation>Positionen nach Gegenpartei</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click a company (in the list, the table, the timeline or the network) to see what it pays and receives.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Klicken Sie auf ein Unternehmen (in der Liste, der Tabelle, der Zeitachse oder dem Netzwerk), um zu sehen, was es zahlt und erhält.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Reading %1 positions…</source>
        <translation>%1 Positionen werden gelesen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Out: %2 · In: %3 · Net: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Aus: %2 · Ein: %3 · Netto: %4</translation>
    </message>
    <message>
        <source>The %L1 largest of %L2 positions; the totals count them all.</source>
        <translation>Die %L1 größten von %L2 Positionen; die Summen zählen alle.</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (umstritten)</translation>
    </message>
    <message>
        <source>%1 invests %2 in %3; %3 commits %4 back</source>
        <translation>%1 investiert %2 in %3; %3 sagt %4 zurück zu</translation>
    </message>
    <message>
        <source>%1 invests %2 in %3; %3 commits to spend with %1 (no amount stated)</source>
        <translation>%1 investiert %2 in %3; %3 sagt Ausgaben bei %1 zu (ohne Betrag)</translation>
    </message>
    <message>
        <source>: &lt;b&gt;%1×&lt;/b&gt; the investment comes back</source>
        <translation>: das &lt;b&gt;%1-Fache&lt;/b&gt; der Investition fließt zurück</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Round trips&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Rückflüsse&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>ds::gui::Startup</name>
    <message>
        <source>DealScope: explore who funds whom in the AI industry.</source>
        <translation>DealScope: erkunden Sie, wer wen in der KI-Branche finanziert.</translation>
    </message>
    <message>
        <source>Language of the interface (de, fr, zh_CN, en).</source>
        <translation>Sprache der Oberfläche (de, fr, zh_CN, en).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and quit.</source>
        <translation>Das Hauptfenster als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>The DealScope file to open.</source>
        <translation>Die zu öffnende DealScope-Datei.</translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation>Geben Sie höchstens eine Datei an.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Select this flow at start (e.g. for a screenshot).</source>
        <translation>Diesen Zahlungsfluss beim Start auswählen (z. B. für ein Bildschirmfoto).</translation>
    </message>
    <message>
        <source>--select-flow needs a flow id.</source>
        <translation>--select-flow braucht die ID eines Zahlungsflusses.</translation>
    </message>
    <message>
        <source>The view to show first: table, timeline or network.</source>
        <translation>Die zuerst gezeigte Ansicht: table, timeline oder network.</translation>
    </message>
    <message>
        <source>--view must be table, timeline or network.</source>
        <translation>--view muss table, timeline oder network sein.</translation>
    </message>
    <message>
        <source>Focus this company at start and show its stakes.</source>
        <translation>Dieses Unternehmen beim Start auswählen und seine Beteiligungen zeigen.</translation>
    </message>
    <message>
        <source>Import this article (or folder of articles) at start; one article opens for review. With --screenshot, the review is rendered.</source>
        <translation>Diesen Artikel (oder Ordner mit Artikeln) beim Start importieren; ein Artikel öffnet sich zur Prüfung. Mit --screenshot wird die Prüfung gerendert.</translation>
    </message>
</context>
<context>
    <name>ds::gui::TimelineChart</name>
    <message>
        <source>Committed capital, cumulative (US$ billions)</source>
        <translation>Zugesagtes Kapital, kumuliert (Mrd. US$)</translation>
    </message>
    <message>
        <source>Other companies</source>
        <translation>Andere Unternehmen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln flow(s) grouped by month: the darker a month, the more flows. Zoom in to see each flow.</source>
        <translation>
            <numerusform>%Ln Zahlungsfluss nach Monat gruppiert: je dunkler ein Monat, desto mehr Zahlungsflüsse. Vergrößern Sie, um jeden einzeln zu sehen.</numerusform>
            <numerusform>%Ln Zahlungsflüsse nach Monat gruppiert: je dunkler ein Monat, desto mehr Zahlungsflüsse. Vergrößern Sie, um jeden einzeln zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::TimelineView</name>
    <message>
        <source>Lanes by kind</source>
        <translation>Bahnen nach Art</translation>
    </message>
    <message>
        <source>Lanes by payer</source>
        <translation>Bahnen nach Zahler</translation>
    </message>
    <message>
        <source>Lanes by payee</source>
        <translation>Bahnen nach Empfänger</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>Bahnen der Zeitachse</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>Cumulative committed capital</source>
        <translation>Zugesagtes Kapital, kumuliert</translation>
    </message>
    <message>
        <source>Timeline mode</source>
        <translation>Modus der Zeitachse</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Show every flow again (Ctrl+0)</source>
        <translation>Wieder alle Zahlungsflüsse zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · click a marker to select its flow</source>
        <translation>Mausrad: zoomen · ziehen: verschieben · Markierung anklicken wählt ihren Zahlungsfluss</translation>
    </message>
    <message>
        <source>Timeline from</source>
        <translation>Zeitachse ab</translation>
    </message>
    <message>
        <source>Timeline to</source>
        <translation>Zeitachse bis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Deal timeline</source>
        <translation>Zeitachse der Deals</translation>
    </message>
    <message>
        <source>Left and Right arrows: previous and next flow; Home, End: first and last; + and −: zoom</source>
        <translation>Pfeil links und rechts: vorheriger und nächster Fluss; Pos1, Ende: erster und letzter; + und −: Zoom</translation>
    </message>
    <message>
        <source>%1 flows match: the cumulative chart adds up to %2 figures. Narrow it with a company, the Filter menu or the dates.</source>
        <translation>%1 Zahlungsflüsse passen: die kumulierte Ansicht addiert höchstens %2 Beträge. Schränken Sie sie mit einem Unternehmen, dem Filter-Menü oder den Daten ein.</translation>
    </message>
    <message>
        <source>Reading %1 flows…</source>
        <translation>%1 Zahlungsflüsse werden gelesen …</translation>
    </message>
    <message>
        <source>The timeline cannot be read: %1</source>
        <translation>Die Zeitleiste kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%Ln flow(s), %3 announced or completed&lt;br&gt;Click or zoom in to see each flow</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%Ln Zahlungsfluss, davon %3 angekündigt oder abgeschlossen&lt;br&gt;Klicken oder vergrößern, um jeden einzeln zu sehen</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%Ln Zahlungsflüsse, davon %3 angekündigt oder abgeschlossen&lt;br&gt;Klicken oder vergrößern, um jeden einzeln zu sehen</numerusform>
        </translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (umstritten)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3 · %4&lt;br&gt;%5 · %6 · %7&lt;br&gt;%n source(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3 · %4&lt;br&gt;%5 · %6 · %7&lt;br&gt;%n Quelle</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3 · %4&lt;br&gt;%5 · %6 · %7&lt;br&gt;%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>ds::ingest</name>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation>%1 ist zu groß (%2 MB; die Grenze liegt bei %3 MB).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data).</source>
        <translation>%1 ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; the invalid bytes were replaced with �.</source>
        <translation>%1 ist kein gültiges UTF-8; die ungültigen Bytes wurden durch � ersetzt.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 ist keine PDF-Datei.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 ist zu groß.</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF: Poppler cannot read it.</source>
        <translation>%1 ist ein beschädigtes PDF: Poppler kann es nicht lesen.</translation>
    </message>
    <message>
        <source>%1 is protected with a password; DealScope cannot read its text. Open it in a PDF reader, save an unprotected copy and import that.</source>
        <translation>%1 ist mit einem Passwort geschützt; DealScope kann seinen Text nicht lesen. Öffnen Sie es in einem PDF-Programm, speichern Sie eine ungeschützte Kopie und importieren Sie diese.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no text to read (%n page(s) of images only: a scanned document?). Run it through text recognition (OCR) first.</source>
        <translation>
            <numerusform>%1 hat keinen lesbaren Text (%n Seite nur mit Bildern: ein gescanntes Dokument?). Lassen Sie zuerst eine Texterkennung (OCR) darüber laufen.</numerusform>
            <numerusform>%1 hat keinen lesbaren Text (%n Seiten nur mit Bildern: ein gescanntes Dokument?). Lassen Sie zuerst eine Texterkennung (OCR) darüber laufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds no web page: none of its %n part(s) is HTML.</source>
        <translation>
            <numerusform>%1 enthält keine Webseite: sein %n Teil ist kein HTML.</numerusform>
            <numerusform>%1 enthält keine Webseite: keiner seiner %n Teile ist HTML.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 declares the encoding “%2”, which DealScope cannot read; it was read as UTF-8.</source>
        <translation>%1 gibt die Kodierung „%2“ an, die DealScope nicht lesen kann; es wurde als UTF-8 gelesen.</translation>
    </message>
    <message>
        <source>%1 is not a saved web page (MHTML): it has no MIME header.</source>
        <translation>%1 ist keine gespeicherte Webseite (MHTML): Ihr fehlt der MIME-Kopf.</translation>
    </message>
    <message>
        <source>%1 is not a saved web page: its content is %2.</source>
        <translation>%1 ist keine gespeicherte Webseite: Ihr Inhalt ist %2.</translation>
    </message>
    <message>
        <source>%1 is a damaged saved web page: its parts have no boundary.</source>
        <translation>%1 ist eine beschädigte gespeicherte Webseite: Ihre Teile haben keine Grenze (boundary).</translation>
    </message>
    <message>
        <source>The sentence’s wording says who pays whom.</source>
        <translation>Der Wortlaut des Satzes sagt, wer wen bezahlt.</translation>
    </message>
    <message>
        <source>The wording does not say who pays: the customer is taken to pay the provider (compute, chips).</source>
        <translation>Der Wortlaut sagt nicht, wer zahlt: Es wird angenommen, dass der Kunde den Anbieter bezahlt (Rechenleistung, Chips).</translation>
    </message>
    <message>
        <source>A party is named by description (“the ChatGPT maker”, “the cloud provider”) and was resolved.</source>
        <translation>Eine Partei ist umschrieben („der ChatGPT-Hersteller“, „der Cloud-Anbieter“) und wurde aufgelöst.</translation>
    </message>
    <message>
        <source>A party is “it”, “the company” or “the startup” of an earlier sentence.</source>
        <translation>Eine Partei ist „es“, „das Unternehmen“ oder „das Startup“ eines früheren Satzes.</translation>
    </message>
    <message>
        <source>The parties come from an earlier figure of the article.</source>
        <translation>Die Parteien stammen von einer früheren Zahl des Artikels.</translation>
    </message>
    <message>
        <source>The payer is the round’s lead investor.</source>
        <translation>Der Zahler ist der Leadinvestor der Runde.</translation>
    </message>
    <message>
        <source>The same amount in another currency, in brackets.</source>
        <translation>Derselbe Betrag in einer anderen Währung, in Klammern.</translation>
    </message>
    <message>
        <source>One side is guessed: the company the article pairs with the other.</source>
        <translation>Eine Seite ist geraten: das Unternehmen, das der Artikel mit der anderen zusammen nennt.</translation>
    </message>
    <message>
        <source>One side is guessed: the sentence’s other company, which nothing joins to the figure.</source>
        <translation>Eine Seite ist geraten: das andere Unternehmen des Satzes, das nichts mit der Zahl verbindet.</translation>
    </message>
    <message>
        <source>The text does not say who pays.</source>
        <translation>Der Text sagt nicht, wer zahlt.</translation>
    </message>
    <message>
        <source>The text does not say who is paid.</source>
        <translation>Der Text sagt nicht, wer bezahlt wird.</translation>
    </message>
    <message>
        <source>A party is a name DealScope does not know: check it is a company.</source>
        <translation>Eine Partei ist ein Name, den DealScope nicht kennt: Prüfen Sie, ob es ein Unternehmen ist.</translation>
    </message>
    <message>
        <source>Not a payment between two parties.</source>
        <translation>Keine Zahlung zwischen zwei Parteien.</translation>
    </message>
    <message>
        <source>The amount has no number; read as at least two.</source>
        <translation>Der Betrag hat keine Zahl; als mindestens zwei gelesen.</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Ausdrücklich</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Share price</source>
        <translation>Aktienkurs</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Börsenwert</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Spending plan</source>
        <translation>Ausgabenplan</translation>
    </message>
</context>
<context>
    <name>ds::json</name>
    <message>
        <source>This is not a DealScope JSON document (&quot;format&quot; is not &quot;dealscope&quot;).</source>
        <translation>Dies ist kein DealScope-JSON-Dokument („format“ ist nicht „dealscope“).</translation>
    </message>
    <message>
        <source>Unsupported DealScope JSON version %1 (this version reads 1 to %2).</source>
        <translation>Nicht unterstützte DealScope-JSON-Version %1 (diese Version liest 1 bis %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the company has no name.</source>
        <translation>das Unternehmen hat keinen Namen.</translation>
    </message>
    <message>
        <source>unknown company kind “%1”.</source>
        <translation>unbekannte Unternehmensart „%1“.</translation>
    </message>
    <message>
        <source>the source has no id.</source>
        <translation>die Quelle hat keine ID.</translation>
    </message>
    <message>
        <source>invalid publication date “%1”.</source>
        <translation>ungültiges Veröffentlichungsdatum „%1“.</translation>
    </message>
    <message>
        <source>cites the unknown source “%1”.</source>
        <translation>zitiert die unbekannte Quelle „%1“.</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <source>“%1” names the unknown company “%2”.</source>
        <translation>„%1“ nennt das unbekannte Unternehmen „%2“.</translation>
    </message>
    <message>
        <source>the deal has no title.</source>
        <translation>der Deal hat keinen Titel.</translation>
    </message>
    <message>
        <source>unknown deal status “%1”.</source>
        <translation>unbekannter Deal-Status „%1“.</translation>
    </message>
    <message>
        <source>invalid date “%1”.</source>
        <translation>ungültiges Datum „%1“.</translation>
    </message>
    <message>
        <source>the payer and the payee are the same company.</source>
        <translation>Zahler und Empfänger sind dasselbe Unternehmen.</translation>
    </message>
    <message>
        <source>unknown flow kind “%1”.</source>
        <translation>unbekannte Art des Zahlungsflusses „%1“.</translation>
    </message>
    <message>
        <source>the claim names the unknown source “%1”.</source>
        <translation>die Angabe nennt die unbekannte Quelle „%1“.</translation>
    </message>
    <message>
        <source>unknown claim attribute “%1”.</source>
        <translation>unbekanntes Attribut der Angabe „%1“.</translation>
    </message>
    <message>
        <source>unknown qualifier “%1”.</source>
        <translation>unbekannter Zusatz „%1“.</translation>
    </message>
    <message>
        <source>the amount&apos;s minimum is above its maximum or negative.</source>
        <translation>das Minimum des Betrags liegt über dem Maximum oder ist negativ.</translation>
    </message>
    <message>
        <source>unknown stance or rank.</source>
        <translation>unbekannte Haltung oder Rangstufe.</translation>
    </message>
    <message>
        <source>a quote needs both its start and its end offset.</source>
        <translation>ein Zitat braucht Anfangs- und End-Position.</translation>
    </message>
    <message>
        <source>the quote&apos;s offsets are invalid.</source>
        <translation>die Positionen des Zitats sind ungültig.</translation>
    </message>
    <message>
        <source>the quote&apos;s offsets do not span its text.</source>
        <translation>die Positionen des Zitats umfassen nicht seinen Text.</translation>
    </message>
    <message>
        <source>The JSON is malformed at byte %1: %2.</source>
        <translation>Das JSON ist an Byte %1 fehlerhaft: %2.</translation>
    </message>
    <message>
        <source>The JSON document is not an object.</source>
        <translation>Das JSON-Dokument ist kein Objekt.</translation>
    </message>
    <message>
        <source>Headline total</source>
        <translation>Schlagzeilen-Summe</translation>
    </message>
    <message>
        <source>DISPUTED (%1)</source>
        <translation>UMSTRITTEN (%1)</translation>
    </message>
    <message>
        <source>unknown stated status “%1”.</source>
        <translation>unbekannter genannter Status „%1“.</translation>
    </message>
</context>
<context>
    <name>ds::sample</name>
    <message>
        <source>The sample dataset is missing from this build.</source>
        <translation>Der Beispieldatensatz fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Das Bildschirmfoto %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No company or alias &apos;%1&apos;.</source>
        <translation>Kein Unternehmen und kein Alias „%1“.</translation>
    </message>
</context>
</TS>
