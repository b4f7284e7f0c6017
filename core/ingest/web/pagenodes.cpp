// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/web/pagenodes.h"

#include <QRegularExpression>

namespace ds::ingest::web {

namespace {

QString classAndId(const GumboNode *n) {
    return attribute(n, "class") + QLatin1Char(' ') + attribute(n, "id");
}

int visibleLength(const char *utf8, bool *lastWasSpace) {
    int len = 0;
    for (const char *c = utf8; *c; ++c) {
        const auto u = static_cast<unsigned char>(*c);
        if ((u & 0xC0) == 0x80)
            continue; // a UTF-8 continuation byte: counted with its lead
        const bool space = u == ' ' || u == '\n' || u == '\t' || u == '\r' || u == '\f';
        if (space && *lastWasSpace)
            continue;
        *lastWasSpace = space;
        ++len;
    }
    return len;
}

int commasIn(const char *utf8) {
    int n = 0;
    for (const char *c = utf8; *c; ++c)
        n += *c == ',';
    return n;
}

} // namespace

bool isInvisible(const GumboNode *n) {
    switch (tagOf(n)) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
        return true;
    default:
        break;
    }
    if (!isElement(n))
        return false;
    if (!attribute(n, "hidden").isNull())
        return true;
    if (attribute(n, "aria-hidden").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    static const QRegularExpression hiddenStyle(
        QStringLiteral(R"(display\s*:\s*none|visibility\s*:\s*hidden)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString style = attribute(n, "style");
    return !style.isEmpty() && hiddenStyle.match(style).hasMatch();
}

bool isBoilerplate(const GumboNode *n) {
    switch (tagOf(n)) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MENU:
        return true;
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_A:
    case GUMBO_TAG_P:
        return false;
    default:
        break;
    }
    if (!isElement(n))
        return false;
    static const QRegularExpression roles(
        QStringLiteral(
            R"(^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|menu|menubar|search)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString role = attribute(n, "role");
    if (!role.isEmpty() && roles.match(role).hasMatch())
        return true;
    const QString hints = classAndId(n);
    if (hints.trimmed().isEmpty())
        return false;
    static const QRegularExpression furniture(
        QStringLiteral(
            R"(-ad-|\bads?\b|adslot|advert|banner|breadcrumb|combx|comment|communit|consent|cookie|cover-wrap|disqus|gdpr|masthead|\bmenu|modal|newsletter|outbrain|pagination|pager|paywall|popup|promo|related|remark|repl(?:y|ies)|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscri|supplemental|taboola|toolbar|trending|recommend|most-?popular|signup|sign-up|read-?more|footer|site-?header|\bnav\b|navbar)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keep(
        QStringLiteral(R"(article|\bbody|column|content|\bmain\b|\bpost\b|story|entry)"),
        QRegularExpression::CaseInsensitiveOption);
    return furniture.match(hints).hasMatch() && !keep.match(hints).hasMatch();
}

int classWeight(const GumboNode *n) {
    static const QRegularExpression negative(
        QStringLiteral(
            R"(-ad-|hidden|banner|combx|comment|com-|contact|foot|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|cookie|consent|social|subscri|byline|author|caption|credit|teaser|card|recommend|more-|-more)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression positive(
        QStringLiteral(
            R"(article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story)"),
        QRegularExpression::CaseInsensitiveOption);
    int weight = 0;
    for (const char *attr : {"class", "id"}) {
        const QString value = attribute(n, attr);
        if (value.isEmpty())
            continue;
        if (negative.match(value).hasMatch())
            weight -= 25;
        if (positive.match(value).hasMatch())
            weight += 25;
    }
    if (attribute(n, "itemprop").contains(QLatin1String("articleBody"), Qt::CaseInsensitive))
        weight += 25;
    return weight;
}

PageNodes::PageNodes(const GumboNode *root, Pruning pruning) {
    // Pre-order with parent indices; a pruned element is left out with all below it.
    std::vector<char> inLink;
    std::vector<int> block; // nearest ancestor that is not inline (itself when a block)
    walk(root, [&](const GumboNode *n) {
        if (n->type == GUMBO_NODE_COMMENT)
            return false;
        if (isElement(n) && n != root &&
            (isInvisible(n) || (pruning == Pruning::Boilerplate && isBoilerplate(n))))
            return false;
        const int parent = n == root ? -1 : m_index.value(n->parent, -1);
        if (n != root && parent < 0)
            return false;
        const int self = int(m_nodes.size());
        m_nodes.push_back({n, parent});
        m_index.insert(n, self);
        const bool link = tagOf(n) == GUMBO_TAG_A || (parent >= 0 && inLink[size_t(parent)]);
        inLink.push_back(link);
        const bool ownLine = !isElement(n) || !isInline(tagOf(n));
        block.push_back(ownLine && isElement(n) ? self
                                                : (parent >= 0 ? block[size_t(parent)] : self));
        Node &node = m_nodes.back();
        switch (tagOf(n)) {
        case GUMBO_TAG_P:
            node.paragraphs = 1;
            break;
        case GUMBO_TAG_LI:
            node.listItems = 1;
            break;
        case GUMBO_TAG_IMG:
            node.images = 1;
            break;
        default:
            break;
        }
        node.headings = isHeading(tagOf(n)) ? 1 : 0;
        if (isText(n)) {
            bool space = true;
            node.textLen = visibleLength(n->v.text.text, &space);
            if (space && node.textLen > 0)
                --node.textLen; // a trailing space
            node.commas = commasIn(n->v.text.text);
            node.linkLen = link ? node.textLen : 0;
            if (parent >= 0) {
                Node &owner = m_nodes[size_t(block[size_t(parent)])];
                owner.ownLen += node.textLen;
                owner.ownCommas += node.commas;
            }
        }
        return true;
    });
    for (size_t i = m_nodes.size(); i-- > 1;) {
        const Node &n = m_nodes[i];
        if (n.parent < 0)
            continue;
        Node &p = m_nodes[size_t(n.parent)];
        p.textLen += n.textLen;
        p.linkLen += n.linkLen;
        p.commas += n.commas;
        p.paragraphs += n.paragraphs;
        p.listItems += n.listItems;
        p.images += n.images;
        p.headings += n.headings;
    }
}

} // namespace ds::ingest::web
