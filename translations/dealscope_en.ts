<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleImport</name>
    <message>
        <source>Already in the file (source %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as source %1 (%2 figures to review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the company %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 claims to source %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the article as source %1 with %2 claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>Import %n article</numerusform>
            <numerusform>Import %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no article files (.txt, .md, .html, .mhtml, .pdf) there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli %1: %2
Try &apos;dealscope-cli %1 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli %1: expected %2, got %3 argument(s).
Try &apos;dealscope-cli %1 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the sample dataset (built from the five reference articles) to a new DealScope file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the sample dataset to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the number of companies, sources, deals, flows and claims in a DealScope file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companies: %1
sources: %2
deals: %3
flows: %4
claims: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs integrity and consistency checks (database damage, foreign keys, claims without a source, quote offsets outside or not matching their texts, citation loops) and reports problems. Exits with 1 when any error is found; warnings alone exit with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the disputed figures: where the sources disagree on an amount, on who pays whom (direction or attribution), on a date or on whether a deal exists, with each side&apos;s sources and, for headline totals, which flows add up to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints every figure derived from the claims: each flow&apos;s amount, each deal&apos;s headline total and each company&apos;s valuation, stake and totals, whether it is disputed and why, and every claim behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n disputed figure(s)
</source>
        <translation>
            <numerusform>%n disputed figure
</numerusform>
            <numerusform>%n disputed figures
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)
</source>
        <translation>
            <numerusform>%n figure
</numerusform>
            <numerusform>%n figures
</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of synthetic articles (default: deals/100, at least 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates a synthetic dataset for scale work into a new file: power-law company degrees, heavy-tailed amounts, dates 2000–2026, 1–4 claims per flow with some disagreeing, and ~3 KB articles marked synthetic. The same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli generate: --deals must be at least 1, --companies at least 2, and --seed and --sources whole numbers.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 deals, %2 flows, %3 claims, %4 companies and %5 sources to %6 in %7 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sample dataset to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the companies, sources, deals, flows and claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything as one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run integrity and consistency checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every figure with its claims and whether sources disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the disputed figures and how headline totals reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a synthetic dataset for scale work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dealscope-cli COMMAND [OPTIONS] ARGS...

DealScope&apos;s command-line tool. Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;dealscope-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli: unknown command &apos;%1&apos;.
Run &apos;dealscope-cli --help&apos; for the list.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches an article&apos;s text (a UTF-8 text file) to a source, named by its id or key, and re-anchors every quote of the source: at its offsets, then exactly elsewhere, then by its context, then ignoring typography and spacing. Quotes that no longer match are flagged as orphaned, never moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli attach: there is no source &apos;%1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 characters. Quotes: %2 in place, %3 moved (exact), %4 found by context, %5 found ignoring typography, %6 orphaned.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned: claim %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an article&apos;s text to a source and re-anchor its quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width x height in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per point (PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date (YYYY[-MM[-DD]]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date (YYYY[-MM[-DD]]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only flows of this kind (equity, compute, chips, loan, acquisition, licensing, partnership); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a caption naming the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a chart of a DealScope file to PNG, SVG or PDF (works without a display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli render: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1920x1080 and --scale be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n flow(s))
</source>
        <translation>
            <numerusform>Wrote %1 (%n flow)
</numerusform>
            <numerusform>Wrote %1 (%n flows)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Render a chart to PNG, SVG or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli render: %1 flows match; the cumulative chart adds up to %2 figures. Narrow it with --from, --to or --kind.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 flows grouped by month)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports a DealScope file: as JSON, companies, sources, deals with their flows, and every claim with its quote; as GEXF or GraphML, the money graph (companies as nodes, flows as directed edges weighted by their amount in US$ billions, dated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stake %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints what a company pays (investments made, commitments, purchases) and receives (investors, customers, suppliers), each with its figure, the totals and the net flow, and round trips: for each investment, what the investee committed to spend with the investor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outgoing (%n position(s), %1 counted):
</source>
        <translation>
            <numerusform>Outgoing (%n position, %1 counted):
</numerusform>
            <numerusform>Outgoing (%n positions, %1 counted):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incoming (%n position(s), %1 counted):
</source>
        <translation>
            <numerusform>Incoming (%n position, %1 counted):
</numerusform>
            <numerusform>Incoming (%n positions, %1 counted):
</numerusform>
        </translation>
    </message>
    <message>
        <source>Net flow: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip: %1 invests %2 in %3; %3 commits %4 back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip: %1 invests %2 in %3; %3 commits to spend with %1 (no amount stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1× the investment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest cycle, in flows (2 to 5; default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cycles whose flows all fall within M months (undated flows left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only flows of this kind (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cycles through this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cycles to print, largest first (default 100; 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds money going round: directed cycles of flows (a company pays another, which pays on, and the money comes back), each with the smallest amount on it, which is how much can have gone round at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --max-length must be 2 to 5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --window-months must be a positive number.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --limit must be 0 or more.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli cycles: unknown kind &apos;%1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) found</source>
        <translation>
            <numerusform>%n cycle found</numerusform>
            <numerusform>%n cycles found</numerusform>
        </translation>
    </message>
    <message>
        <source>, the %1 largest:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — at most %1 round
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — amount unknown
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what a company pays and receives, with totals and round trips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find money going round in cycles of flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart: timeline, cumulative (committed capital over time), network (the money between companies), or stakes (one company&apos;s positions, with --company).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: this company and its neighbours; stakes: whose positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (known: timeline, cumulative, network, stakes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view stakes needs --company NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 companies, %n flow(s))
</source>
        <translation>
            <numerusform>Wrote %1 (%2 companies, %n flow)
</numerusform>
            <numerusform>Wrote %1 (%2 companies, %n flows)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 largest cycles (paths that could not beat them were not followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli %1: no company or alias &apos;%2&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli: the sample dataset could not be read.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4)  %5 → %6  %7, %8, %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4)  %5 of %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli: &apos;%1&apos; is not a date (use 2025, 2025-11 or 2025-11-18).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know the companies and aliases of this file (default: those of the sample dataset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication date, for relative dates (default: the one the text states).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out share prices (&quot;$150 a share&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln figure(s)
</source>
        <translation>
            <numerusform>%1: %Ln figure
</numerusform>
            <numerusform>%1: %Ln figures
</numerusform>
        </translation>
    </message>
    <message>
        <source>Also add the proposed figures as claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication date of the articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  skipped %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already there as source %2; not imported again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported as source %2 (“%3”).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the titles and texts of the sources. Every word must occur; &quot;quoted words&quot; must occur together. Nothing you type is an operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli search: --limit takes a positive number.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli search: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source matches.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more results; use --limit to see them)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the figures of articles and propose claims for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add articles as sources (and their figures as claims).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the titles and texts of the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse articles larger than MB megabytes (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli: --max-size takes a positive number of megabytes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(these words are in most sources: the best matches among the newest %1 are shown; add words to narrow the search)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli: %1 is larger than 512 MB.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what would be added and merged; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a JSON document (as `export --format json` writes it) into a DealScope file (created when it does not exist), in one transaction: companies are merged by name or alias and sources by key; deals, flows and claims are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli import-json: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add %1 companies (%2 merged with existing ones), %3 sources (%4 merged), %5 deals, %6 flows, %7 claims.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 companies (%2 merged with existing ones), %3 sources (%4 merged), %5 deals, %6 flows, %7 claims.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and count; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what, e.g. &quot;Investor=payer,Startup=payee&quot; (fields: payer, payee, kind, amount, date, deal, status, quote, note, ignore). Columns not named are guessed from their header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports flows from a CSV file, one per row, in one transaction: every row or none. Rows with errors are reported with their line numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: cannot map &apos;%1&apos; (columns: %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: nothing was imported; fix these rows:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add %1 flows in %2 deals, %3 claims, %4 new companies (%5 rows).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 flows in %2 deals, %3 claims, %4 new companies (%5 rows).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json, csv (with --table), gexf (Gephi) or graphml (Cytoscape, igraph, networkx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For CSV: the table to write: deals, flows or claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For CSV: start with a UTF-8 byte-order mark (for spreadsheets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli export: unknown format &apos;%1&apos; (known: json, csv, gexf, graphml).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealscope-cli export: CSV needs --table deals, flows or claims.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a JSON document (as export writes it) into a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import flows from a CSV file, all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the figures of articles (text, Markdown, web pages saved as HTML or MHTML, PDF; or folders of them) and proposes a claim for each: amount, who pays whom, kind, status, date and the quote. Offsets are UTF-16 code units in the article&apos;s text; a .txt file is read as it is, so they refer to the file&apos;s own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds articles (text, Markdown, web pages saved as HTML or MHTML, PDF; or folders of them) as sources, with the metadata they state. An article already there (the same text) is not added twice. With --accept, the figures found become claims: on an existing flow when payer, payee, kind and date match, else on a new deal; those DealScope is unsure of (a side guessed or missing, a name it does not know, not a payment, no number) are listed, not added. Reports per file what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  skipped %1 (unsure): %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is not valid UTF-8; save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns that hold the payer and the payee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer and the payee are both needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer and the payee are the same company (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind (equity, compute, chips, loan, acquisition, licensing, partnership)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status (rumoured, in talks, announced, completed, cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount (e.g. $30 billion, up to $5B, 1500000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows imported from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18; add ~ when approximate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already names another company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases must be different from each other and from the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow&apos;s payer cannot be its payee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow needs a payer and a payee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have flows between them (%3): merged, a company would pay itself. Delete or change those flows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company still has %1 flows or claims: delete or move them first (or merge the company into another).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DealScope JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies to add (%2 already here by name or alias), %3 sources to add (%4 already here by key), %5 deals, %6 flows and %7 claims to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 into this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims (with their quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a byte-order mark (for spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Flows from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Relies on %1 (not in the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which company the figure is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer and the payee are the same company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stake is a percentage between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the deal “%1” with its flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a %1 claim on %2 about %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a %1 claim on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the existing flow %1 as a direction dispute (this article says %2 pays %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the existing flow %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pg</name>
    <message>
        <source>Cannot connect to %1: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot talk UTF-8 with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>There is no such deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source needs a title or a publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source that makes this claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim is about exactly one flow, deal or company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount the source states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the source states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stake is a percentage above 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote does not stand in the source&apos;s text: copy a sentence from the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company cannot invest in or hold itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source cannot say that a company pays itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::Checks</name>
    <message>
        <source>Database damage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 has no source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: its minimum amount exceeds its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 is about an amount but has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 is orphaned: its quote no longer matches its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 has neither flows nor claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 cites itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: its quote ends at %2, past the end of its source&apos;s text (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: its quote does not match its source&apos;s text at offsets %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 is part of a citation loop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to this file and did not finish within %1 seconds; nothing was changed here. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in DealScope; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::Files</name>
    <message>
        <source>%1 is a DealScope file open in this program; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a DealScope file open in this program; it cannot be read as an article or an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::Import</name>
    <message>
        <source>%1 nests its elements more than 512 deep; the deeper tags were read as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article stood out in %1, so all of its visible text was kept: check the text and the figures in the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no article text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::Money</name>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::PartialDate</name>
    <message>
        <source>c. %1</source>
        <comment>an approximate date, e.g. c. Nov 2025</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::Schema</name>
    <message>
        <source>This file was written by a newer version of DealScope (format %1; this version reads up to %2). Update DealScope to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::Search</name>
    <message>
        <source>Type a word or a &quot;phrase&quot; to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::Store</name>
    <message>
        <source>This is not a DealScope file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated (its header is incomplete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (its page size is invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated (its size is not a whole number of pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated: it holds %1 of its %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a DealScope file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a DealScope file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or not a DealScope file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite file belongs to another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite file is not a DealScope file (it has other tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the company “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the alias “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the source “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the deal “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the flow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no flow with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::Types</name>
    <message>
        <source>AI lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chipmaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rumoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::analysis</name>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n claims)</source>
        <translation>
            <numerusform>%1 (%n claim)</numerusform>
            <numerusform>%1 (%n claims)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source states an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all agree on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources disagree on the amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n disagree(s) on the amount: %1</source>
        <translation>
            <numerusform>%n disagrees on the amount: %1</numerusform>
            <numerusform>%n disagree on the amount: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deprecated claim(s) not counted</source>
        <translation>
            <numerusform>%n deprecated claim not counted</numerusform>
            <numerusform>%n deprecated claims not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>states no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction: %1 says %2 pays %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution: %1 says %2 pays %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date: %1 says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existence: %1 contradicts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no combination of the flows adds up to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, citing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (counting %1, which runs the other way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1 says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::exchange</name>
    <message>
        <source>Cannot write the graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gen</name>
    <message>
        <source>A synthetic dataset needs at least one deal and two companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic data can only be generated into an empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::AmountDialog</name>
    <message>
        <source>Edit Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. $30 billion, up to $5B, €15 million, $5–10 billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::ArticleReader</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publisher unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DealScope does not have this article&apos;s text. Attach it with File › Attach Article Text… to read the quote in place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::Attach</name>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes in place: %1. Moved to where they now stand: %2. Found by their context: %3. Found ignoring typography and spacing: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) no longer match the text: they keep their place and are flagged as orphaned.</source>
        <translation>
            <numerusform>%n quote no longer matches the text: it keeps its place and is flagged as orphaned.</numerusform>
            <numerusform>%n quotes no longer match the text: they keep their place and are flagged as orphaned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Article Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no sources to attach a text to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source whose text you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a text to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimActions</name>
    <message>
        <source>Add &amp;Claim to Selected Flow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what a source says about the selected flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Headline Total to Selected Deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the total a source states for the selected deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Claim &amp;about Focused Company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a valuation, a stake or a total invested that a source states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headline total of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a claim on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change amount of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a claim on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank a claim on %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a claim on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimCard</name>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a plain-text citation of this claim (publisher, title, date, quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the source, what it states, the stance or the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimDialog</name>
    <message>
        <source>Edit Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the source states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. $30 billion, up to $5B, €15 million, $5–10 billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 27 or 27.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company invested in or held (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer as the source states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when the source says who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee as the source states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when the source says who is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s status as the source states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the source says of the deal&apos;s stage (“announced plans”, “has finalized”). Sources that state different stages at the same time make a status dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sentence of the article that says it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says &amp;who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says who &amp;receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says the dea&amp;l is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the file&apos;s sources (New Source… adds one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount the source states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the source states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a company of this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyActions</name>
    <message>
        <source>Edit Focused Com&amp;pany…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the focused company, change its kind or aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Focused Company Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a company&apos;s flows, claims, name and aliases to another company (for duplicates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Focused Compan&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the focused company when no flow or claim refers to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into (its flows, claims, name and aliases move there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyDialog</name>
    <message>
        <source>Edit Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other names, separated by commas (e.g. AWS, Amazon.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyDock</name>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companies cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyListModel</name>
    <message>
        <source>%1 — also known as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::CsvImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Flows from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows again after changing the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s). Choose what each column holds (payer and payee are needed), check the rows, then import them: all or none.</source>
        <translation>
            <numerusform>%Ln row. Choose what each column holds (payer and payee are needed), check the rows, then import them: all or none.</numerusform>
            <numerusform>%Ln rows. Choose what each column holds (payer and payee are needed), check the rows, then import them: all or none.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows need fixing in the file; nothing will be imported until they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: %1 flows in %2 deals, %3 claims with amounts, %4 new companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n flow(s) from %1</source>
        <translation>
            <numerusform>Import %n flow from %1</numerusform>
            <numerusform>Import %n flows from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::CyclesDock</name>
    <message>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the focused company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cycles whose flows all fall within this many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money goes round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the flows and their figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a company to list the cycles through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flows: tick &quot;Through the focused company&quot; and select a company to list its cycles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for cycles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln cycle(s), the %1 largest shown</source>
        <translation>
            <numerusform>%Ln cycle, the %1 largest shown</numerusform>
            <numerusform>%Ln cycles, the %1 largest shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cycle(s)</source>
        <translation>
            <numerusform>%Ln cycle</numerusform>
            <numerusform>%Ln cycles</numerusform>
        </translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Microsoft invests in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First flow of money</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::DealTableModel</name>
    <message>
        <source>Approximate date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources disagree on the status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (as stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::DealTableView</name>
    <message>
        <source>Filter by deal, payer or payee (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the flows paid or received by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading flows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) shown</source>
        <translation>
            <numerusform>%n flow shown</numerusform>
            <numerusform>%n flows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::DisputesDock</name>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disputes cannot be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n disputed figure(s) — the sources disagree on an amount, on who pays whom, on a date, on the status or on whether a deal exists.</source>
        <translation>
            <numerusform>%n disputed figure — the sources disagree on an amount, on who pays whom, on a date, on the status or on whether a deal exists.</numerusform>
            <numerusform>%n disputed figures — the sources disagree on an amount, on who pays whom, on a date, on the status or on whether a deal exists.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::DisputesModel</name>
    <message>
        <source>Headline total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 pays %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::Document</name>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name: this is the open file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed this file (%1); the views show it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::Export</name>
    <message>
        <source>Cannot export to “%1”: the file must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must be between 16 and 20000 pixels and the scale between 0.1 and 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::ExportDialog</name>
    <message>
        <source>Add a caption naming the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart.png, chart.svg or chart.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per point in PNG files (2 for sharp images on high-DPI screens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowActions</name>
    <message>
        <source>New &amp;Deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a deal with its first flow of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Selected D&amp;eal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected deal&apos;s title, status or announcement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;low to Selected Deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another flow of money to the selected deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Selected &amp;Flow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected flow&apos;s payer, payee, kind or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Selected Flo&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected flow with its claims (its deal too when it is the last flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te Selected Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected deal with all its flows and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete flow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowDialog</name>
    <message>
        <source>Edit Flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowFields</name>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a company of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow&apos;s payer cannot be its payee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::ImportReport</name>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1. Already there: %2. Not imported: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the files after these were not looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Figures…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::MainWindow</name>
    <message>
        <source>DealScope files (*.dealscope);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DealScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New DealScope File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the file that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open DealScope File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DealScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealScope %1&lt;/h3&gt;&lt;p&gt;Explore who funds whom in the AI industry: deals, money flows and the sources behind every figure.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it is removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DealScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — DealScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies · %2 sources · %3 deals · %4 flows · %5 claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Article Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the full text of an article to its source and re-anchor its quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources of the Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eal Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stakes chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the flows dated within some years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Kinds, Statuses and Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years (and undated flows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add news articles (text, Markdown or HTML) and review the figures found in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;Folder of Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the article on the clipboard and add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;arch Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what a DealScope JSON export holds to this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Flows from C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add flows from a spreadsheet, one per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write deals, flows or claims as CSV for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Ar&amp;ticle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company Sta&amp;kes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1. Ctrl+Shift+Z makes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::NetworkView</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focused company and neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focused company, 2 hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the network as of a date: only flows announced by then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the network&apos;s growth month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+Shift+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · drag a company to pin it · click to focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and Right arrows: previous and next company; Up and Down: the focused company&apos;s flows; + and −: zoom; Home: whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the flows and their figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flows match the filters and the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a company (in the list, the table or here) to see its neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 paid and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 · %3&lt;br&gt;%4 · %n flow(s)</source>
        <translation>
            <numerusform>%1 → %2 · %3&lt;br&gt;%4 · %n flow</numerusform>
            <numerusform>%1 → %2 · %3&lt;br&gt;%4 · %n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %Ln companies… %1%</source>
        <translation>
            <numerusform>Laying out %Ln company… %1%</numerusform>
            <numerusform>Laying out %Ln companies… %1%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$1.4T (the largest unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$1,400B (in billions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart export &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart export &amp;height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart export &amp;scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::ProposalDelegate</name>
    <message>
        <source>A known company, or a new name to add as a company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::ProposalModel</name>
    <message>
        <source>%1: not a payment between two parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A market value, read as a valuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number: read as at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read (e.g. $30 billion, up to $5B, €15 million).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18; add ~ when approximate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (direction dispute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow of the file matches: accepting makes a new deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check to add it to the existing flow %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds to the existing flow %1; uncheck to make a new deal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence states it: the claim records this status, and a source that states another makes a status dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed: the sentence does not state the status, so the claim records none. Choose one to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company the figure is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterparty, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer / company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee / counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::ReviewDialog</name>
    <message>
        <source>Review Article — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outlet the article reports, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (nothing is fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025-11-18, 2025-11 or 2025-11~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is already in the file (source %1, with %2 claims): it is not added twice; checked figures are added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Checked Figures to It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Article and &amp;Checked Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Article &amp;Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures found: %L1; checked: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: use 2025, 2025-11 or 2025-11-18, with ~ when approximate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n claim(s) to a source</source>
        <translation>
            <numerusform>Add %n claim to a source</numerusform>
            <numerusform>Add %n claims to a source</numerusform>
        </translation>
    </message>
    <message>
        <source>Import article %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::SearchDock</name>
    <message>
        <source>Search Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the articles&apos; titles and texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must occur; &quot;quoted words&quot; must occur together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article contains all of these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words are in most articles: the best %L1 matches among the newest %L2 (%L3 ms). Add words to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best %L1 matches (%L2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) (%1 ms).</source>
        <translation>
            <numerusform>%Ln article (%1 ms).</numerusform>
            <numerusform>%Ln articles (%1 ms).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::SourceActions</name>
    <message>
        <source>New &amp;Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source by its details (an article you do not have the text of)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Selected S&amp;ource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected source&apos;s title, publisher, date or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Selected Sou&amp;rce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected source with its text and its claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::SourceDialog</name>
    <message>
        <source>Edit Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en, de, fr (unknown when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text: attach it with File › Attach Article Text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text: %n characters (kept as is).</source>
        <translation>
            <numerusform>Text: %n character (kept as is).</numerusform>
            <numerusform>Text: %n characters (kept as is).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcePanel</name>
    <message>
        <source>Sources of the Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims behind the selected figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a flow in the table, or a company, to see the sources behind its figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undisputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline total of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source states a valuation, stake or total for %1. Select one of its flows in the table to see the sources behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · stake in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · total invested in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcesModel</name>
    <message>
        <source>(untitled: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::StakesDock</name>
    <message>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ billions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company Stakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stakes cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions of the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions by counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Click a company (in the list, the table, the timeline or the network) to see what it pays and receives.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 positions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Out: %2 · In: %3 · Net: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %L1 largest of %L2 positions; the totals count them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invests %2 in %3; %3 commits %4 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invests %2 in %3; %3 commits to spend with %1 (no amount stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &lt;b&gt;%1×&lt;/b&gt; the investment comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Round trips&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::Startup</name>
    <message>
        <source>DealScope: explore who funds whom in the AI industry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (de, fr, zh_CN, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DealScope file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this flow at start (e.g. for a screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--select-flow needs a flow id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to show first: table, timeline or network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be table, timeline or network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus this company at start and show its stakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this article (or folder of articles) at start; one article opens for review. With --screenshot, the review is rendered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::gui::TimelineChart</name>
    <message>
        <source>Committed capital, cumulative (US$ billions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln flow(s) grouped by month: the darker a month, the more flows. Zoom in to see each flow.</source>
        <translation>
            <numerusform>%Ln flow grouped by month: the darker a month, the more flows. Zoom in to see each flow.</numerusform>
            <numerusform>%Ln flows grouped by month: the darker a month, the more flows. Zoom in to see each flow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::TimelineView</name>
    <message>
        <source>Lanes by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative committed capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every flow again (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · click a marker to select its flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and Right arrows: previous and next flow; Home, End: first and last; + and −: zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flows match: the cumulative chart adds up to %2 figures. Narrow it with a company, the Filter menu or the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 flows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%Ln flow(s), %3 announced or completed&lt;br&gt;Click or zoom in to see each flow</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%Ln flow, %3 announced or completed&lt;br&gt;Click or zoom in to see each flow</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%Ln flows, %3 announced or completed&lt;br&gt;Click or zoom in to see each flow</numerusform>
        </translation>
    </message>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3 · %4&lt;br&gt;%5 · %6 · %7&lt;br&gt;%n source(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3 · %4&lt;br&gt;%5 · %6 · %7&lt;br&gt;%n source</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3 · %4&lt;br&gt;%5 · %6 · %7&lt;br&gt;%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::ingest</name>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; the invalid bytes were replaced with �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged PDF: Poppler cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected with a password; DealScope cannot read its text. Open it in a PDF reader, save an unprotected copy and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has no text to read (%n page(s) of images only: a scanned document?). Run it through text recognition (OCR) first.</source>
        <translation>
            <numerusform>%1 has no text to read (%n page of images only: a scanned document?). Run it through text recognition (OCR) first.</numerusform>
            <numerusform>%1 has no text to read (%n pages of images only: a scanned document?). Run it through text recognition (OCR) first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds no web page: none of its %n part(s) is HTML.</source>
        <translation>
            <numerusform>%1 holds no web page: its %n part is not HTML.</numerusform>
            <numerusform>%1 holds no web page: none of its %n parts is HTML.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 declares the encoding “%2”, which DealScope cannot read; it was read as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a saved web page (MHTML): it has no MIME header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a saved web page: its content is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged saved web page: its parts have no boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence’s wording says who pays whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording does not say who pays: the customer is taken to pay the provider (compute, chips).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party is named by description (“the ChatGPT maker”, “the cloud provider”) and was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party is “it”, “the company” or “the startup” of an earlier sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties come from an earlier figure of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer is the round’s lead investor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same amount in another currency, in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side is guessed: the company the article pairs with the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side is guessed: the sentence’s other company, which nothing joins to the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not say who pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not say who is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party is a name DealScope does not know: check it is a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a payment between two parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has no number; read as at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::json</name>
    <message>
        <source>Headline total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPUTED (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a DealScope JSON document (&quot;format&quot; is not &quot;dealscope&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported DealScope JSON version %1 (this version reads 1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown company kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid publication date “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites the unknown source “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names the unknown company “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown deal status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer and the payee are the same company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flow kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim names the unknown source “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown claim attribute “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown qualifier “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount&apos;s minimum is above its maximum or negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stance or rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote needs both its start and its end offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote&apos;s offsets are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote&apos;s offsets do not span its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is malformed at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stated status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ds::sample</name>
    <message>
        <source>The sample dataset is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company or alias &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
