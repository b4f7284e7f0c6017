// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/markup.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace ds::ingest {

namespace {

QString decodeEntity(const QString &name) {
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QString(QChar(0x2013))},
        {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("lsquo"), QString(QChar(0x2018))},
        {QStringLiteral("rsquo"), QString(QChar(0x2019))},
        {QStringLiteral("ldquo"), QString(QChar(0x201C))},
        {QStringLiteral("rdquo"), QString(QChar(0x201D))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))},
        {QStringLiteral("euro"), QString(QChar(0x20AC))},
        {QStringLiteral("pound"), QString(QChar(0xA3))},
        {QStringLiteral("yen"), QString(QChar(0xA5))},
        {QStringLiteral("copy"), QString(QChar(0xA9))},
        {QStringLiteral("reg"), QString(QChar(0xAE))},
        {QStringLiteral("trade"), QString(QChar(0x2122))},
        {QStringLiteral("times"), QString(QChar(0xD7))},
        {QStringLiteral("middot"), QString(QChar(0xB7))},
        {QStringLiteral("bull"), QString(QChar(0x2022))},
    };
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar(QChar::ReplacementCharacter));
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    const auto it = named.constFind(name);
    return it == named.cend() ? QString() : *it;
}

QString decodeEntities(const QString &text) {
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString out;
    out.reserve(text.size());
    int last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString decoded = decodeEntity(m.captured(1));
        if (decoded.isNull())
            continue; // unknown: keep as written
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += decoded;
        last = int(m.capturedEnd());
    }
    out += QStringView(text).mid(last);
    return out;
}

// Collapses spacing inside lines, drops empty lines.
QString tidyLines(const QString &text) {
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines << simple;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString htmlToText(const QString &html, QString *title) {
    static const QSet<QString> dropped = {
        QStringLiteral("script"), QStringLiteral("style"),  QStringLiteral("noscript"),
        QStringLiteral("nav"),    QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("aside"),  QStringLiteral("form"),   QStringLiteral("template"),
        QStringLiteral("svg"),    QStringLiteral("iframe"), QStringLiteral("object"),
        QStringLiteral("button"), QStringLiteral("select"),
    };
    static const QSet<QString> blocks = {
        QStringLiteral("p"),       QStringLiteral("div"),     QStringLiteral("br"),
        QStringLiteral("h1"),      QStringLiteral("h2"),      QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),      QStringLiteral("h6"),
        QStringLiteral("li"),      QStringLiteral("tr"),      QStringLiteral("blockquote"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("main"),
        QStringLiteral("ul"),      QStringLiteral("ol"),      QStringLiteral("table"),
        QStringLiteral("pre"),     QStringLiteral("hr"),      QStringLiteral("figcaption"),
        QStringLiteral("dd"),      QStringLiteral("dt"),      QStringLiteral("title"),
    };
    QString out;
    out.reserve(html.size() / 2);
    QString pageTitle;
    QString firstHeading;
    int inHeading1 = -1;
    QString skipUntil; // a dropped element's name while inside it
    int skipDepth = 0;
    int titleStart = -1;
    const int n = int(html.size());
    int i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c != QLatin1Char('<')) {
            const int next = int(html.indexOf(QLatin1Char('<'), i));
            const int end = next < 0 ? n : next;
            if (skipUntil.isEmpty()) {
                // In HTML a line break in the source is a space; blocks make the lines.
                QString chunk = html.mid(i, end - i);
                chunk.replace(QLatin1Char('\n'), QLatin1Char(' '));
                chunk.replace(QLatin1Char('\r'), QLatin1Char(' '));
                out += chunk;
            }
            i = end;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const int close = int(html.indexOf(QLatin1String("-->"), i + 4));
            i = close < 0 ? n : close + 3;
            continue;
        }
        if (html.mid(i, 2) == QLatin1String("<!") || html.mid(i, 2) == QLatin1String("<?")) {
            const int close = int(html.indexOf(QLatin1Char('>'), i));
            i = close < 0 ? n : close + 1;
            continue;
        }
        // A tag: its name, whether it closes, and where it ends (quotes may hold ">").
        int j = i + 1;
        const bool closing = j < n && html.at(j) == QLatin1Char('/');
        if (closing)
            ++j;
        int nameEnd = j;
        while (nameEnd < n && (html.at(nameEnd).isLetterOrNumber()))
            ++nameEnd;
        if (nameEnd == j) { // "<" that is not a tag
            if (skipUntil.isEmpty())
                out += c;
            ++i;
            continue;
        }
        const QString name = html.mid(j, nameEnd - j).toLower();
        int k = nameEnd;
        QChar quote;
        while (k < n) {
            const QChar q = html.at(k);
            if (!quote.isNull()) {
                if (q == quote)
                    quote = QChar();
            } else if (q == QLatin1Char('"') || q == QLatin1Char('\'')) {
                quote = q;
            } else if (q == QLatin1Char('>')) {
                break;
            }
            ++k;
        }
        const bool selfClosing = k > 0 && k < n && html.at(k - 1) == QLatin1Char('/');
        i = k < n ? k + 1 : n;
        if (!skipUntil.isEmpty()) {
            if (name == skipUntil)
                skipDepth += closing ? -1 : (selfClosing ? 0 : 1);
            if (skipDepth == 0)
                skipUntil.clear();
            continue;
        }
        if (name == QLatin1String("title")) {
            if (!closing)
                titleStart = int(out.size());
            else if (titleStart >= 0) {
                pageTitle = out.mid(titleStart).simplified();
                out.truncate(titleStart); // the title is metadata, not article text
                titleStart = -1;
            }
            continue;
        }
        if (dropped.contains(name) && !closing && !selfClosing) {
            skipUntil = name;
            skipDepth = 1;
            continue;
        }
        if (name == QLatin1String("h1")) {
            if (!closing)
                inHeading1 = int(out.size());
            else if (inHeading1 >= 0 && firstHeading.isEmpty())
                firstHeading = decodeEntities(out.mid(inHeading1)).simplified();
        }
        if (blocks.contains(name))
            out += QLatin1Char('\n');
        else if (name == QLatin1String("td") || name == QLatin1String("th"))
            out += QLatin1Char(' ');
    }
    if (title)
        *title = decodeEntities(!pageTitle.isEmpty() ? pageTitle : firstHeading).simplified();
    return tidyLines(decodeEntities(out));
}

QString markdownToText(const QString &markdown, QString *title) {
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression refLink(QStringLiteral(R"(\[([^\]]*)\]\[[^\]]*\])"));
    static const QRegularExpression refDef(QStringLiteral(R"(^\s*\[[^\]]+\]:\s*\S+.*$)"));
    static const QRegularExpression tag(QStringLiteral(R"(<[a-zA-Z/!][^>]*>)"));
    static const QRegularExpression emphasis(
        QStringLiteral(R"((\*\*|__|\*|~~)(?=\S)(.+?)(?<=\S)\1)"));
    static const QRegularExpression underscore(
        QStringLiteral(R"((?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w))"));
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$)"));
    static const QRegularExpression listMark(QStringLiteral(R"(^\s*(?:[-*+]|\d+[.)])\s+)"));
    static const QRegularExpression rule(QStringLiteral(R"(^\s*([-*_])(\s*\1){2,}\s*$)"));
    static const QRegularExpression quoteMark(QStringLiteral(R"(^\s*>\s?)"));
    static const QRegularExpression code(QStringLiteral("`([^`]*)`"));

    QStringList paragraphs;
    QString current;
    bool inFence = false;
    auto flush = [&] {
        if (!current.trimmed().isEmpty())
            paragraphs << current.simplified();
        current.clear();
    };
    for (QString line : markdown.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("```")) ||
            line.trimmed().startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            flush();
            continue;
        }
        if (inFence || refDef.match(line).hasMatch() || rule.match(line).hasMatch())
            continue;
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        line.remove(image);
        line.replace(link, QStringLiteral("\\1"));
        line.replace(refLink, QStringLiteral("\\1"));
        line.remove(tag);
        line.replace(code, QStringLiteral("\\1"));
        line.replace(emphasis, QStringLiteral("\\2"));
        line.replace(underscore, QStringLiteral("\\1"));
        line.remove(quoteMark);
        if (const auto h = heading.match(line); h.hasMatch()) {
            flush();
            if (title && title->isEmpty())
                *title = h.captured(1).trimmed();
            paragraphs << h.captured(1).trimmed();
            continue;
        }
        if (listMark.match(line).hasMatch()) {
            flush();
            line.remove(listMark);
        }
        current += QLatin1Char(' ') + line;
    }
    flush();
    return decodeEntities(paragraphs.join(QLatin1Char('\n')));
}

} // namespace ds::ingest
