// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/pdftext.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <memory>
#include <mutex>

namespace ds::ingest {

namespace {

QString fromUstring(const poppler::ustring &s) {
    const poppler::byte_array utf8 = s.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

void quiet(const std::string &, void *) {
} // Poppler's complaints become our one message

// Typesetting ligatures ("ﬁ", "ﬂ") as the letters they join, so that words are found.
QString withoutLigatures(QString s) {
    static const char *const expansions[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    for (qsizetype i = s.size(); i-- > 0;) {
        const char16_t c = s.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            s.replace(i, 1, QLatin1String(expansions[c - 0xFB00]));
    }
    return s;
}

} // namespace

bool looksLikePdf(const QByteArray &head) {
    return head.left(1024).contains("%PDF-");
}

QString joinPdfLines(const QString &pageText) {
    QStringList paragraphs;
    QString current;
    static const QRegularExpression endsSentence(QStringLiteral(R"([.!?:;"”’)\]]$)"));
    auto flush = [&] {
        if (!current.trimmed().isEmpty())
            paragraphs << current.simplified();
        current.clear();
    };
    QString previous;
    for (QString line : pageText.split(QLatin1Char('\n'))) {
        line = withoutLigatures(line).simplified();
        if (line.isEmpty()) {
            flush();
            previous.clear();
            continue;
        }
        const bool headingSoFar = !current.isEmpty() && current == previous;
        if (current.isEmpty()) {
            current = line;
        } else if (headingSoFar && !endsSentence.match(current).hasMatch() &&
                   current.size() < 0.6 * line.size() && line.at(0).isUpper()) {
            flush(); // a heading: a short first line without a full stop
            current = line;
        } else if (current.endsWith(QLatin1Char('-')) && line.at(0).isLower() &&
                   current.size() >= 2 && current.at(current.size() - 2).isLetter()) {
            current.chop(1); // "invest-" + "ment"
            current += line;
        } else if (endsSentence.match(current).hasMatch() && line.at(0).isUpper() &&
                   previous.size() < 0.8 * line.size()) {
            flush(); // a short line that ends a sentence ends its paragraph
            current = line;
        } else {
            current += QLatin1Char(' ') + line;
        }
        previous = line;
    }
    flush();
    return paragraphs.join(QLatin1Char('\n'));
}

Result<PdfText> pdfText(const QByteArray &bytes, const QString &name) {
    if (!looksLikePdf(bytes))
        return Error{QCoreApplication::translate("ds::ingest", "%1 is not a PDF file.").arg(name)};
    if (bytes.size() > std::numeric_limits<int>::max())
        return Error{QCoreApplication::translate("ds::ingest", "%1 is too large.").arg(name)};
    static std::once_flag silenced;
    std::call_once(silenced, [] { poppler::set_debug_error_function(quiet, nullptr); });
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!doc)
        return Error{QCoreApplication::translate("ds::ingest",
                                                 "%1 is a damaged PDF: Poppler cannot read it.")
                         .arg(name)};
    if (doc->is_locked())
        return Error{QCoreApplication::translate(
                         "ds::ingest",
                         "%1 is protected with a password; DealScope cannot read its text. "
                         "Open it in a PDF reader, save an unprotected copy and import that.")
                         .arg(name)};
    PdfText out;
    out.pages = doc->pages();
    QStringList pages;
    for (int i = 0; i < out.pages; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page)
            continue;
        const QString text = joinPdfLines(
            fromUstring(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout))
                .replace(QLatin1Char('\f'), QLatin1Char('\n'))
                .replace(QLatin1Char('\r'), QLatin1Char('\n')));
        if (!text.isEmpty())
            pages << text;
    }
    out.text = pages.join(QLatin1Char('\n'));
    if (out.text.simplified().size() < 20)
        return Error{QCoreApplication::translate(
                         "ds::ingest",
                         "%1 has no text to read (%n page(s) of images only: a scanned "
                         "document?). Run it through text recognition (OCR) first.",
                         nullptr, out.pages)
                         .arg(name)};
    out.title = fromUstring(doc->get_title()).simplified();
    out.author = fromUstring(doc->get_author()).simplified();
    if (const time_t created = doc->get_creation_date_t(); created > 0) {
        const QDate d = QDateTime::fromSecsSinceEpoch(created, Qt::UTC).date();
        out.created = PartialDate::fromDate(d);
    }
    return out;
}

} // namespace ds::ingest
