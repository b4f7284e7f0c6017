// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"
#include "error.h"
#include "ingest/textfile.h"

#include <QString>
#include <QStringList>

namespace ds::ingest {

enum class ArticleFormat { Text, Markdown, Html };

/// What the importer proposes for a new source; the user confirms or edits it.
struct ArticleMetadata {
    QString title;
    QString publisher; ///< from the page's site name, a "Published by X" line or the file name
    QString cites;     ///< the outlet the text relies on ("According to Ars Technica")
    QString url;       ///< the page's canonical address when the file states it (never fetched)
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

/// Reads an article file: plain text as it is (offsets refer to the file's text), Markdown
/// and HTML made clean text. Refuses missing, empty, binary and too-large files with a message.
Result<Article> loadArticle(const QString &path, qint64 maxBytes = kDefaultMaxBytes);
/// The same for bytes that came from a drop or the clipboard.
Result<Article> articleFromBytes(const QByteArray &bytes, const QString &name, ArticleFormat format,
                                 qint64 maxBytes = kDefaultMaxBytes);

/// Proposes metadata from an article's clean text (and, for HTML, its raw page).
ArticleMetadata proposeMetadata(const QString &text, const QString &fileName,
                                const QString &rawHtml = {}, const QString &htmlTitle = {});

/// The article files of a folder and its subfolders (.txt, .text, .md, .markdown, .html,
/// .htm, .xhtml), sorted by path.
QStringList articleFilesIn(const QString &folder);
/// The files named, with each folder replaced by the article files it holds.
QStringList articleFiles(const QStringList &paths);

} // namespace ds::ingest
