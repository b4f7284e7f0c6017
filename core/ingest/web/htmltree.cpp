// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/web/htmltree.h"

#include <vector>

namespace ds::ingest::web {

HtmlTree::HtmlTree(QByteArray utf8)
    : m_utf8(std::move(utf8)) {
    m_output =
        gumbo_parse_with_options(&kGumboDefaultOptions, m_utf8.constData(), size_t(m_utf8.size()));
}

HtmlTree::~HtmlTree() {
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

const GumboNode *HtmlTree::find(GumboTag tag) const {
    const GumboNode *found = nullptr;
    walk(root(), [&](const GumboNode *n) {
        if (found)
            return false;
        if (tagOf(n) == tag) {
            found = n;
            return false;
        }
        return true;
    });
    return found;
}

bool isInline(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
        return true;
    default:
        return false;
    }
}

std::span<GumboNode *const> childrenOf(const GumboNode *n) {
    if (!isElement(n) && !(n && n->type == GUMBO_NODE_DOCUMENT))
        return {};
    const GumboVector &v =
        n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    return {reinterpret_cast<GumboNode *const *>(v.data), v.length};
}

QString attribute(const GumboNode *n, const char *name) {
    if (!isElement(n))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

QString textOf(const GumboNode *n) {
    QString out;
    walk(n, [&](const GumboNode *node) {
        if (isText(node))
            out += QString::fromUtf8(node->v.text.text);
        const GumboTag t = tagOf(node);
        if (isElement(node) && !isInline(t))
            out += QLatin1Char(' ');
        return t != GUMBO_TAG_SCRIPT && t != GUMBO_TAG_STYLE && t != GUMBO_TAG_TEMPLATE;
    });
    return out.simplified();
}

QByteArray tagName(const GumboNode *n) {
    if (!isElement(n))
        return {};
    if (n->v.element.tag != GUMBO_TAG_UNKNOWN)
        return QByteArray(gumbo_normalized_tagname(n->v.element.tag));
    GumboStringPiece piece = n->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QByteArray(piece.data, qsizetype(piece.length)).toLower();
}

} // namespace ds::ingest::web
