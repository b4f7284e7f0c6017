// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/article.h"

#include "ingest/datefinder.h"
#include "ingest/markup.h"
#include "ingest/pdftext.h"
#include "ingest/web/articlebody.h"
#include "ingest/web/htmlbytes.h"
#include "ingest/web/mhtml.h"
#include "ingest/web/pagemetadata.h"
#include "store/openfiles.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace ds::ingest {

namespace {

// "techcrunch.com_2025_11_18_story.html" → "techcrunch.com"; "www.example.co.uk-article" →
// "example.co.uk".
QString siteInFileName(const QString &fileName) {
    static const QRegularExpression site(
        QStringLiteral(
            R"(^(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|co\.uk|co|news|de|fr|uk|eu|tech|info))(?=[_\-. ]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = site.match(QFileInfo(fileName).completeBaseName());
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

// Mail-like headers at the start: what Chrome, Edge and Word write for a single-file page.
bool looksLikeMhtml(const QByteArray &head) {
    const QByteArray start = head.left(2048).toLower();
    return start.startsWith("from:") || start.startsWith("mime-version:") ||
           (start.contains("\nmime-version:") && start.contains("content-type: multipart/"));
}

qint64 rawLimit(ArticleFormat format, qint64 maxBytes) {
    return (format == ArticleFormat::Mhtml || format == ArticleFormat::Pdf) ? maxBytes * 8
                                                                            : maxBytes;
}

// A web page (or what was copied from one) read as a browser reads it.
Result<Article> readPage(const QByteArray &bytes, Article article, qint64 maxBytes) {
    QByteArray html = bytes;
    QByteArray charset;
    QString location;
    if (article.format == ArticleFormat::Mhtml) {
        auto part = web::pageFromMhtml(bytes, article.name);
        if (!part)
            return part.error();
        html = part->html;
        charset = part->charset;
        location = part->location;
    }
    auto page = web::decodePage(html, article.name, maxBytes, charset);
    if (!page)
        return page.error();
    article.warnings << page->warnings;
    if (web::capNesting(page->utf8))
        article.warnings << QCoreApplication::translate(
                                "ds::Import",
                                "%1 nests its elements more than 512 deep; the deeper tags were "
                                "read as plain text.")
                                .arg(article.name);
    const web::HtmlTree tree(std::move(page->utf8));
    const web::PageMetadata pageMeta = web::readPageMetadata(tree);
    const bool fragment = article.format == ArticleFormat::HtmlFragment;
    const web::BodyText body = web::articleBody(
        tree, fragment ? web::HtmlScope::Fragment : web::HtmlScope::Page, pageMeta.jsonLdBody);
    article.text = body.text;
    if (body.source == web::BodySource::VisibleText && !article.text.isEmpty())
        article.warnings << QCoreApplication::translate(
                                "ds::Import",
                                "No article stood out in %1, so all of its visible text was "
                                "kept: check the text and the figures in the review.")
                                .arg(article.name);
    ArticleMetadata known;
    known.title = pageMeta.title;
    known.publisher = pageMeta.publisher;
    known.author = pageMeta.author;
    known.url = pageMeta.url.isEmpty() && location.startsWith(QLatin1String("http")) ? location
                                                                                     : pageMeta.url;
    known.language = pageMeta.language;
    known.published = pageMeta.published;
    if (known.publisher.isEmpty() && !fragment)
        known.publisher = web::siteOf(known.url);
    article.proposed = proposeMetadata(article.text, article.name, known);
    return article;
}

} // namespace

ArticleFormat formatOf(const QString &fileName, const QByteArray &head) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf") || looksLikePdf(head.left(1024)))
        return ArticleFormat::Pdf;
    if (suffix == QLatin1String("mhtml") || suffix == QLatin1String("mht") ||
        (suffix != QLatin1String("md") && looksLikeMhtml(head)))
        return ArticleFormat::Mhtml;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
        suffix == QLatin1String("xhtml") || suffix == QLatin1String("shtml"))
        return ArticleFormat::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ArticleFormat::Markdown;
    if (suffix.isEmpty() || suffix == QLatin1String("txt") || suffix == QLatin1String("text")) {
        const QByteArray start = head.left(512).trimmed().toLower();
        if (suffix.isEmpty() && (start.startsWith("<!doctype html") || start.startsWith("<html")))
            return ArticleFormat::Html;
    }
    return ArticleFormat::Text;
}

Result<Article> articleFromBytes(const QByteArray &bytes, const QString &name, ArticleFormat format,
                                 qint64 maxBytes) {
    Article article;
    article.name = name;
    article.format = format;
    if (format == ArticleFormat::Pdf) {
        if (bytes.size() > rawLimit(format, maxBytes))
            return checkTextBytes(bytes, name, rawLimit(format, maxBytes)).error();
        auto pdf = pdfText(bytes, name);
        if (!pdf)
            return pdf.error();
        if (pdf->text.size() > maxBytes)
            return checkTextBytes(pdf->text.toUtf8(), name, maxBytes).error();
        article.text = pdf->text;
        ArticleMetadata known;
        known.title = pdf->title;
        known.author = pdf->author;
        article.proposed = proposeMetadata(article.text, name, known);
        // A PDF's creation date is when the file was made, often not when it was published.
        if (article.proposed.published.isNull())
            article.proposed.published = pdf->created;
        return article;
    }
    if (format == ArticleFormat::Html || format == ArticleFormat::HtmlFragment ||
        format == ArticleFormat::Mhtml) {
        if (format == ArticleFormat::Mhtml && bytes.size() > rawLimit(format, maxBytes))
            return checkTextBytes(bytes, name, rawLimit(format, maxBytes)).error();
        auto read = readPage(bytes, std::move(article), maxBytes);
        if (!read)
            return read.error();
        if (read->text.trimmed().isEmpty())
            return Error{
                QCoreApplication::translate("ds::Import", "%1 holds no article text.").arg(name)};
        return read;
    }
    auto decoded = decodeText(bytes, name, maxBytes);
    if (!decoded)
        return decoded.error();
    article.warnings = decoded->warnings;
    ArticleMetadata known;
    article.text = format == ArticleFormat::Markdown ? markdownToText(decoded->text, &known.title)
                                                     : decoded->text;
    if (article.text.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("ds::Import", "%1 holds no article text.").arg(name)};
    article.proposed = proposeMetadata(article.text, name, known);
    return article;
}

Result<Article> loadArticle(const QString &path, qint64 maxBytes) {
    const QFileInfo info(path);
    const QString name = info.fileName();
    const qint64 limit = rawLimit(formatOf(name), maxBytes);
    if (info.isFile() && info.size() > limit)
        return Error{QCoreApplication::translate("ds::Import",
                                                 "%1 is too large (%2 MB; the limit is %3 MB).")
                         .arg(name)
                         .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(double(limit) / (1024 * 1024), 0, 'f', 1)};
    auto bytes = readOutsideFile(path, std::max(limit, rawLimit(ArticleFormat::Pdf, maxBytes)));
    if (!bytes)
        return bytes.error();
    return articleFromBytes(*bytes, name, formatOf(name, bytes->left(2048)), maxBytes);
}

ArticleMetadata proposeMetadata(const QString &text, const QString &fileName,
                                const ArticleMetadata &known) {
    ArticleMetadata meta = known;
    const QStringList firstLines = text.left(2000).split(QLatin1Char('\n')).mid(0, 12);
    // Title: the file's own, else a short first line that does not end like a sentence.
    const QString firstLine = firstLines.value(0).trimmed();
    if (meta.title.isEmpty() && !firstLine.isEmpty() && firstLine.size() <= 160 &&
        !firstLine.endsWith(QLatin1Char('.')))
        meta.title = firstLine;
    // A byline near the start: "By Dana Whitfield, The Ledger Review".
    for (const QString &line : firstLines) {
        if (line.size() > 120)
            continue;
        const web::Byline byline = web::parseByline(line);
        if (byline.author.isEmpty())
            continue;
        if (meta.author.isEmpty())
            meta.author = byline.author;
        if (meta.publisher.isEmpty() || meta.publisher == web::siteOf(meta.url))
            if (!byline.outlet.isEmpty())
                meta.publisher = byline.outlet;
        break;
    }

    static const QRegularExpression according(QStringLiteral(
        R"(\b[Aa]ccording to (?:a (?:report|story) (?:by|from|in) )?((?:The )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}))"));
    if (const auto m = according.match(text); m.hasMatch())
        meta.cites = m.captured(1);
    if (meta.cites.isEmpty()) {
        static const QRegularExpression reported(QStringLiteral(
            R"(\b((?:The )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) (?:reported|first reported|reports)\b)"));
        if (const auto m = reported.match(text); m.hasMatch())
            meta.cites = m.captured(1);
    }
    if (meta.cites.compare(meta.publisher, Qt::CaseInsensitive) == 0)
        meta.cites.clear(); // an outlet does not rely on itself
    if (meta.publisher.isEmpty()) {
        static const QRegularExpression publishedBy(QStringLiteral(
            R"(\b(?:Published by|Copyright ©?\s*(?:\d{4}\s+)?|© (?:\d{4}\s+)?)([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}))"));
        if (const auto m = publishedBy.match(text); m.hasMatch())
            meta.publisher = m.captured(1);
    }
    if (meta.publisher.isEmpty())
        meta.publisher = siteInFileName(fileName);
    if (meta.published.isNull())
        if (const auto d = statedPublicationDate(text))
            meta.published = *d;
    return meta;
}

QStringList articleFilePatterns() {
    return {QStringLiteral("*.txt"),      QStringLiteral("*.text"),  QStringLiteral("*.md"),
            QStringLiteral("*.markdown"), QStringLiteral("*.html"),  QStringLiteral("*.htm"),
            QStringLiteral("*.xhtml"),    QStringLiteral("*.shtml"), QStringLiteral("*.mhtml"),
            QStringLiteral("*.mht"),      QStringLiteral("*.pdf")};
}

QStringList articleFilesIn(const QString &folder) {
    QStringList files;
    const QDir root(folder);
    QDirIterator it(folder, articleFilePatterns(), QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    static const QRegularExpression savedAssets(QStringLiteral(R"((?:^|/)[^/]+_files/)"));
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (!savedAssets.match(relative).hasMatch())
            files << path;
    }
    files.sort();
    return files;
}

QStringList articleFiles(const QStringList &paths) {
    QStringList files;
    for (const QString &p : paths) {
        if (QFileInfo(p).isDir())
            files += articleFilesIn(p);
        else
            files << p;
    }
    return files;
}

} // namespace ds::ingest
