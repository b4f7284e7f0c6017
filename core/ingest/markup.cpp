// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/markup.h"

#include "ingest/web/htmltree.h"

#include <QRegularExpression>
#include <QStringList>

namespace ds::ingest {

namespace {

// Character references decoded as an HTML parser decodes them (all 2,231 named ones):
// the text, with its "<" escaped, parsed as the body of a page.
QString decodeEntities(const QString &text) {
    if (!text.contains(QLatin1Char('&')))
        return text;
    QByteArray escaped = text.toUtf8();
    escaped.replace('<', "&lt;");
    escaped.prepend("<body><pre>\n");
    const web::HtmlTree tree(escaped);
    QString out;
    web::walk(tree.find(GUMBO_TAG_PRE), [&](const GumboNode *n) {
        if (web::isText(n))
            out += QString::fromUtf8(n->v.text.text);
        return true;
    });
    return out;
}

} // namespace

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
