// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/web/pagemetadata.h"

#include "ingest/datefinder.h"
#include "ingest/web/pagenodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace ds::ingest::web {

namespace {

// The <meta> values of a page by lower-cased property, name or itemprop (first wins).
struct MetaTags {
    QHash<QString, QString> values;
    QString canonical;
    QString lang;
    QString docTitle;
    QString h1;
    QString timeDatetime;
    QString bylineText;
    QList<QJsonObject> jsonLd;

    QString get(std::initializer_list<const char *> keys) const {
        for (const char *k : keys)
            if (const QString v = values.value(QString::fromLatin1(k)).trimmed(); !v.isEmpty())
                return v;
        return {};
    }
};

void collectJsonLd(const QJsonValue &value, QList<QJsonObject> &out, int depth = 0) {
    if (depth > 8)
        return;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectJsonLd(v, out, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        out << o;
        if (o.contains(QLatin1String("@graph")))
            collectJsonLd(o.value(QLatin1String("@graph")), out, depth + 1);
    }
}

bool typeIs(const QJsonObject &o, const QRegularExpression &re) {
    const QJsonValue t = o.value(QLatin1String("@type"));
    if (t.isArray()) {
        for (const QJsonValue &v : t.toArray())
            if (re.match(v.toString()).hasMatch())
                return true;
        return false;
    }
    return re.match(t.toString()).hasMatch();
}

// A JSON-LD name: a string, an object with "name", or the first of an array of them.
QString nameOf(const QJsonValue &v) {
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject())
        return v.toObject().value(QLatin1String("name")).toString().trimmed();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &e : v.toArray())
            if (const QString n = nameOf(e); !n.isEmpty() && !names.contains(n))
                names << n;
        return names.join(QLatin1String(", "));
    }
    return {};
}

// A paragraph that starts "By " and a capital: a byline written as text.
bool startsWithBy(const GumboNode *n) {
    const GumboTag t = tagOf(n);
    if (t != GUMBO_TAG_P && t != GUMBO_TAG_DIV && t != GUMBO_TAG_SPAN && t != GUMBO_TAG_ADDRESS)
        return false;
    const auto kids = childrenOf(n);
    if (kids.empty() || !isText(kids[0]))
        return false;
    static const QRegularExpression by(QStringLiteral(R"(^\s*By\s+\p{Lu})"));
    return by.match(QString::fromUtf8(kids[0]->v.text.text)).hasMatch();
}

MetaTags collect(const HtmlTree &tree) {
    MetaTags tags;
    if (const GumboNode *html = tree.find(GUMBO_TAG_HTML))
        tags.lang = attribute(html, "lang").trimmed();
    walk(tree.root(), [&](const GumboNode *n) {
        if (!isElement(n))
            return false;
        switch (tagOf(n)) {
        case GUMBO_TAG_META: {
            const QString content = attribute(n, "content");
            for (const char *a : {"property", "name", "itemprop", "http-equiv"}) {
                const QString key = attribute(n, a).trimmed().toLower();
                if (!key.isEmpty() && !tags.values.contains(key))
                    tags.values.insert(key, content);
            }
            return false;
        }
        case GUMBO_TAG_LINK:
            if (attribute(n, "rel").compare(QLatin1String("canonical"), Qt::CaseInsensitive) == 0 &&
                tags.canonical.isEmpty())
                tags.canonical = attribute(n, "href").trimmed();
            return false;
        case GUMBO_TAG_TITLE:
            if (tags.docTitle.isEmpty())
                tags.docTitle = textOf(n);
            return false;
        case GUMBO_TAG_H1:
            if (tags.h1.isEmpty() && !isInvisible(n))
                tags.h1 = textOf(n);
            return false;
        case GUMBO_TAG_TIME:
            if (tags.timeDatetime.isEmpty())
                tags.timeDatetime = attribute(n, "datetime");
            return true;
        case GUMBO_TAG_SCRIPT:
            if (attribute(n, "type").trimmed().compare(QLatin1String("application/ld+json"),
                                                       Qt::CaseInsensitive) == 0) {
                const auto kids = childrenOf(n);
                if (!kids.empty() && isText(kids[0])) {
                    const auto doc = QJsonDocument::fromJson(QByteArray(kids[0]->v.text.text));
                    collectJsonLd(doc.isArray() ? QJsonValue(doc.array())
                                                : QJsonValue(doc.object()),
                                  tags.jsonLd);
                }
            }
            return false;
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_TEMPLATE:
            return false;
        default:
            break;
        }
        if (tags.bylineText.isEmpty() && startsWithBy(n)) {
            tags.bylineText = textOf(n);
            if (tags.bylineText.size() <= 120)
                return false;
            tags.bylineText.clear();
        }
        if (tags.bylineText.isEmpty()) {
            static const QRegularExpression bylineClass(QStringLiteral(R"(byline|\bauthor)"),
                                                        QRegularExpression::CaseInsensitiveOption);
            const QString hints = attribute(n, "class") + QLatin1Char(' ') + attribute(n, "rel") +
                                  QLatin1Char(' ') + attribute(n, "itemprop");
            if (bylineClass.match(hints).hasMatch()) {
                const QString text = textOf(n);
                if (!text.isEmpty() && text.size() <= 120) {
                    tags.bylineText = text;
                    return false;
                }
            }
        }
        return true;
    });
    return tags;
}

// Strips a publisher's decoration: "Reuters.com" stays, "The Verge" stays.
QString cleanName(QString s) {
    s = s.simplified();
    static const QRegularExpression trailing(QStringLiteral(R"([\s,;:|–—-]+$)"));
    s.remove(trailing);
    return s;
}

} // namespace

QString siteOf(const QString &url) {
    QString host = QUrl(url.trimmed()).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

PartialDate dateOf(const QString &value) {
    static const QRegularExpression iso(QStringLiteral(R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2}))"));
    if (const auto m = iso.match(value); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? PartialDate::fromDate(d) : PartialDate();
    }
    for (const DateMention &d : findDates(value.left(200)))
        if (d.date.precision() == PartialDate::Precision::Day)
            return d.date;
    return {};
}

QString titleWithoutSite(const QString &title, const QString &site, const QString &h1) {
    const QString t = title.simplified();
    static const QRegularExpression separators(
        QStringLiteral(R"(\s+[|–—·:»]\s+|\s+[-~/]\s+|(?<=\S):\s+)"));
    QList<QRegularExpressionMatch> seps;
    for (auto it = separators.globalMatch(t); it.hasNext();)
        seps << it.next();
    if (seps.isEmpty())
        return t;
    const QString siteKey = site.simplified().toLower();
    auto isSite = [&](const QString &piece) {
        const QString p = piece.simplified().toLower();
        if (p.isEmpty())
            return false;
        if (!siteKey.isEmpty()) {
            const QString bare =
                QString(siteKey).remove(QRegularExpression(QStringLiteral(R"(\.\w+$)")));
            const QString squashed = QString(p).remove(QLatin1Char(' '));
            if (p == siteKey || squashed == siteKey || squashed == bare || siteKey.contains(p) ||
                p.contains(siteKey))
                return true;
        }
        return false;
    };
    // The site's name at the end ("Headline | Site") or at the start ("Site: Headline").
    const auto &last = seps.last();
    const QString tail = t.mid(last.capturedEnd());
    const QString beforeTail = t.left(last.capturedStart());
    if (isSite(tail))
        return titleWithoutSite(beforeTail, site, h1);
    const auto &first = seps.first();
    const QString head = t.left(first.capturedStart());
    if (isSite(head))
        return t.mid(first.capturedEnd()).simplified();
    // Unknown site: the headline is the <h1>, or the longer part when the cut-off one is short.
    if (!h1.isEmpty() && beforeTail.simplified().compare(h1.simplified(), Qt::CaseInsensitive) == 0)
        return beforeTail.simplified();
    const int tailWords = int(tail.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    const QString sep = last.captured(0).trimmed();
    if ((sep == QLatin1String("|") || sep == QLatin1String("–") || sep == QLatin1String("—") ||
         sep == QLatin1String("-")) &&
        tailWords <= 4 && beforeTail.size() > 2 * tail.size() && site.isEmpty())
        return beforeTail.simplified();
    return t;
}

Byline parseByline(const QString &line) {
    static const QRegularExpression by(
        QStringLiteral(R"(^\s*(?:by|von|par|por|door|di)\s+(.+?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = by.match(line.simplified());
    if (!m.hasMatch())
        return {};
    QString rest = m.captured(1);
    // "Dana Whitfield, The Ledger Review" / "Dana Whitfield | Reuters" / "… for Reuters".
    static const QRegularExpression split(QStringLiteral(R"(\s*(?:,|\||\s[–—-]\s|\sfor\s)\s*)"));
    const QStringList parts = rest.split(split, Qt::SkipEmptyParts);
    Byline b;
    static const QRegularExpression name(QStringLiteral(
        R"(^[\p{Lu}][\p{L}.'’-]*(?:\s+(?:and\s+|&\s+|van\s+|de\s+|von\s+)?[\p{Lu}][\p{L}.'’-]*){0,4}$)"));
    if (parts.isEmpty() || !name.match(parts[0]).hasMatch())
        return {};
    b.author = parts[0];
    if (parts.size() >= 2) {
        static const QRegularExpression outlet(
            QStringLiteral(R"(^(?:The\s+)?[\p{Lu}\d][\w&.'’ -]{1,60}$)"));
        static const QRegularExpression notOutlet(
            QStringLiteral(
                R"(\b(?:updated|published|reporter|correspondent|editor|writer|staff|\d{1,2}:\d{2}|\d{4})\b)"),
            QRegularExpression::CaseInsensitiveOption);
        const QString candidate = parts[1].trimmed();
        if (outlet.match(candidate).hasMatch() && !notOutlet.match(candidate).hasMatch())
            b.outlet = candidate;
    }
    return b;
}

PageMetadata readPageMetadata(const HtmlTree &tree) {
    const MetaTags tags = collect(tree);
    PageMetadata meta;
    static const QRegularExpression articleType(
        QStringLiteral(R"(Article|BlogPosting|Report|NewsArticle|PressRelease|Posting)"));
    QJsonObject article;
    for (const QJsonObject &o : tags.jsonLd)
        if (typeIs(o, articleType)) {
            article = o;
            break;
        }
    QString ldPublisher;
    for (const QJsonObject &o : tags.jsonLd)
        if (ldPublisher.isEmpty() && o.contains(QLatin1String("publisher")))
            ldPublisher = nameOf(o.value(QLatin1String("publisher")));

    meta.publisher = cleanName(tags.get({"og:site_name", "application-name", "publisher"}));
    if (meta.publisher.isEmpty())
        meta.publisher = cleanName(ldPublisher);
    const Byline byline = parseByline(tags.bylineText);
    if (meta.publisher.isEmpty())
        meta.publisher = byline.outlet;

    meta.url = tags.canonical;
    if (meta.url.isEmpty())
        meta.url = tags.get({"og:url", "twitter:url"});
    if (meta.url.isEmpty())
        meta.url = article.value(QLatin1String("url")).toString();
    if (!meta.url.startsWith(QLatin1String("http"), Qt::CaseInsensitive))
        meta.url.clear(); // a relative address says nothing on its own

    const QString rawTitle = !article.value(QLatin1String("headline")).toString().isEmpty()
                                 ? article.value(QLatin1String("headline")).toString()
                             : !tags.get({"og:title"}).isEmpty()      ? tags.get({"og:title"})
                             : !tags.get({"twitter:title"}).isEmpty() ? tags.get({"twitter:title"})
                             : !tags.docTitle.isEmpty()               ? tags.docTitle
                                                                      : tags.h1;
    QString site = meta.publisher;
    if (site.isEmpty())
        site = siteOf(meta.url);
    meta.title = titleWithoutSite(rawTitle, site, tags.h1);
    if (meta.title.isEmpty())
        meta.title = tags.h1;

    meta.author = nameOf(article.value(QLatin1String("author")));
    if (meta.author.isEmpty()) {
        const QString a = tags.get(
            {"author", "article:author", "parsely-author", "dc.creator", "sailthru.author", "byl"});
        if (!a.startsWith(QLatin1String("http")))
            meta.author = a.startsWith(QLatin1String("By "), Qt::CaseInsensitive)
                              ? parseByline(a).author
                              : a.simplified();
    }
    if (meta.author.isEmpty())
        meta.author = byline.author;

    const QString dates[] = {
        article.value(QLatin1String("datePublished")).toString(),
        tags.get({"article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                  "publishdate", "publish-date", "publication_date", "dc.date", "dc.date.issued",
                  "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
                  "cxenseparse:recs:publishtime"}),
        tags.timeDatetime,
        article.value(QLatin1String("dateCreated")).toString(),
    };
    for (const QString &d : dates)
        if (meta.published = dateOf(d); !meta.published.isNull())
            break;

    meta.language = article.value(QLatin1String("inLanguage")).toString();
    if (meta.language.isEmpty())
        meta.language = tags.lang;
    if (meta.language.isEmpty())
        meta.language = tags.get({"og:locale", "content-language", "language", "dc.language"});
    meta.language = meta.language.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));

    meta.jsonLdBody = article.value(QLatin1String("articleBody")).toString();
    return meta;
}

} // namespace ds::ingest::web
