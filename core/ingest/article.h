// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"
#include "error.h"
#include "ingest/textfile.h"

#include <QString>
#include <QStringList>

namespace ds::ingest {

enum class ArticleFormat {
    Text,
    Markdown,
    Html,         ///< a web page: its article is found and the rest dropped
    HtmlFragment, ///< HTML someone copied (the clipboard): all of it is kept
    Mhtml,        ///< a page saved as a single file (.mhtml, .mht)
    Pdf,
};

/// What the importer proposes for a new source; the user confirms or edits it.
struct ArticleMetadata {
    QString title;
    QString publisher; ///< from the page's site name, a "Published by X" line or the file name
    QString cites;     ///< the outlet the text relies on ("According to Ars Technica")
    QString author;
    QString url;      ///< the page's canonical address when the file states it (never fetched)
    QString language; ///< as the page declares it ("en", "de-DE"); empty when it does not
    PartialDate published;
};

/// An article ready for review: clean text (what offsets refer to), how it was read, what
/// was repaired, and the proposed metadata.
struct Article {
    QString name; ///< the file's name, or what the user called a pasted text
    ArticleFormat format = ArticleFormat::Text;
    QString text;
    QStringList warnings;
    ArticleMetadata proposed;
};

/// The format a file's name (or, failing that, its first bytes) says it has.
ArticleFormat formatOf(const QString &fileName, const QByteArray &head = {});

/// Reads an article file: plain text as it is (offsets refer to the file's text); Markdown
/// made clean text; a web page (HTML, or MHTML saved "as a single file") read by an HTML5
/// parser and its article found; a PDF's text in reading order. Refuses missing, empty,
/// binary, damaged and too-large files with a message; a page with visible text is never
/// refused (when no article stands out, its visible text is kept with a warning). MHTML and
/// PDF files may be 8 times `maxBytes` (they carry images); their text is held to `maxBytes`.
Result<Article> loadArticle(const QString &path, qint64 maxBytes = kDefaultMaxBytes);
/// The same for bytes that came from a drop or the clipboard.
Result<Article> articleFromBytes(const QByteArray &bytes, const QString &name, ArticleFormat format,
                                 qint64 maxBytes = kDefaultMaxBytes);

/// Proposes metadata from an article's clean text: a first line that reads as a title, a
/// byline ("By Dana Whitfield, The Ledger Review"), "According to X", a dateline, the site in
/// the file's name. `known` holds what the file itself stated (a page's metadata), which wins.
ArticleMetadata proposeMetadata(const QString &text, const QString &fileName,
                                const ArticleMetadata &known = {});

/// The file name patterns of articles DealScope reads.
QStringList articleFilePatterns();

/// The article files of a folder and its subfolders (see articleFilePatterns), sorted by
/// path; the `…_files` folders of pages saved "complete" are left out (they hold the page's
/// images, scripts and frames, not articles).
QStringList articleFilesIn(const QString &folder);
/// The files named, with each folder replaced by the article files it holds.
QStringList articleFiles(const QStringList &paths);

} // namespace ds::ingest
