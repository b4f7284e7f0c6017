// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"
#include "error.h"

#include <QByteArray>
#include <QString>

namespace ds::ingest {

/// The text of a PDF (a press release, a filing, an analyst note) through Poppler, in reading
/// order: columns read one after the other, lines of a paragraph joined (words hyphenated at a
/// line's end made whole again), one paragraph a line, pages in order. Quotes and offsets then
/// refer to this text, which DealScope stores. Refuses, with a message, files that are not
/// PDFs or are damaged, PDFs locked with a password and PDFs without a text layer (scans).
struct PdfText {
    QString text;
    QString title;  ///< the document's Title, when it has one
    QString author; ///< its Author
    PartialDate created;
    int pages = 0;
};

Result<PdfText> pdfText(const QByteArray &bytes, const QString &name);

/// Lines as a PDF lays them out made paragraphs: a line that does not end a sentence is
/// continued by the next one; a word cut by a hyphen at a line's end is joined.
QString joinPdfLines(const QString &pageText);

/// Whether bytes start like a PDF ("%PDF-" within the first 1,024 bytes).
bool looksLikePdf(const QByteArray &head);

} // namespace ds::ingest
