// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/article.h"

#include "ingest/datefinder.h"
#include "ingest/markup.h"
#include "store/openfiles.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace ds::ingest {

namespace {

QString metaContent(const QString &html, const QString &property) {
    const QRegularExpression re(
        QStringLiteral(R"(<meta\s[^>]*(?:property|name|itemprop)\s*=\s*["']%1["'][^>]*>)")
            .arg(QRegularExpression::escape(property)),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(html);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression content(QStringLiteral(R"(content\s*=\s*["']([^"']*)["'])"),
                                            QRegularExpression::CaseInsensitiveOption);
    return content.match(m.captured(0)).captured(1).trimmed();
}

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

} // namespace

ArticleFormat formatOf(const QString &fileName, const QByteArray &head) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
        suffix == QLatin1String("xhtml"))
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
    auto decoded = decodeText(bytes, name, maxBytes);
    if (!decoded)
        return decoded.error();
    Article article;
    article.name = name;
    article.format = format;
    article.warnings = decoded->warnings;
    QString docTitle;
    QString raw;
    switch (format) {
    case ArticleFormat::Text:
        article.text = decoded->text;
        break;
    case ArticleFormat::Markdown:
        article.text = markdownToText(decoded->text, &docTitle);
        break;
    case ArticleFormat::Html:
        raw = decoded->text;
        article.text = htmlToText(raw, &docTitle);
        break;
    }
    if (article.text.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("ds::Import", "%1 holds no article text.").arg(name)};
    article.proposed = proposeMetadata(article.text, name, raw, docTitle);
    return article;
}

Result<Article> loadArticle(const QString &path, qint64 maxBytes) {
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.isFile() && info.size() > maxBytes)
        return Error{QCoreApplication::translate("ds::Import",
                                                 "%1 is too large (%2 MB; the limit is %3 MB).")
                         .arg(name)
                         .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(double(maxBytes) / (1024 * 1024), 0, 'f', 1)};
    auto bytes = readOutsideFile(path, maxBytes);
    if (!bytes)
        return bytes.error();
    return articleFromBytes(*bytes, name, formatOf(name, bytes->left(512)), maxBytes);
}

ArticleMetadata proposeMetadata(const QString &text, const QString &fileName,
                                const QString &rawHtml, const QString &htmlTitle) {
    ArticleMetadata meta;
    // Title: the page's own, else a short first line that does not end like a sentence.
    meta.title = htmlTitle;
    if (!rawHtml.isEmpty()) {
        const QString og = metaContent(rawHtml, QStringLiteral("og:title"));
        if (!og.isEmpty())
            meta.title = og;
        meta.publisher = metaContent(rawHtml, QStringLiteral("og:site_name"));
        meta.url = metaContent(rawHtml, QStringLiteral("og:url"));
        const QString published = metaContent(rawHtml, QStringLiteral("article:published_time"));
        if (const auto d = PartialDate::parse(published.left(10)); d && !d->isNull())
            meta.published = *d;
    }
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (meta.title.isEmpty() && !firstLine.isEmpty() && firstLine.size() <= 160 &&
        !firstLine.endsWith(QLatin1Char('.')))
        meta.title = firstLine;

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

QStringList articleFilesIn(const QString &folder) {
    QStringList files;
    QDirIterator it(folder,
                    {QStringLiteral("*.txt"), QStringLiteral("*.text"), QStringLiteral("*.md"),
                     QStringLiteral("*.markdown"), QStringLiteral("*.html"),
                     QStringLiteral("*.htm"), QStringLiteral("*.xhtml")},
                    QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
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
