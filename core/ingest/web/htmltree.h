// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gumbo.h>

#include <QByteArray>
#include <QString>

#include <span>

namespace ds::ingest::web {

/// A page parsed by gumbo, the HTML5 parsing algorithm browsers use: broken nesting, missing
/// end tags and all 2,231 named character references are read as a browser reads them.
/// The input must be UTF-8 (see decodePage); nothing the page refers to is loaded.
class HtmlTree {
public:
    explicit HtmlTree(QByteArray utf8);
    ~HtmlTree();
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    const GumboNode *root() const { return m_output ? m_output->root : nullptr; }
    /// The first element with this tag, in document order, or null.
    const GumboNode *find(GumboTag tag) const;

private:
    QByteArray m_utf8; // gumbo's nodes point into it
    GumboOutput *m_output = nullptr;
};

inline bool isElement(const GumboNode *n) {
    return n && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}
inline bool isText(const GumboNode *n) {
    return n && (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
                 n->type == GUMBO_NODE_CDATA);
}
inline GumboTag tagOf(const GumboNode *n) {
    return isElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}
/// Elements that flow inside a line of text (a, b, em, span…): no break before or after.
bool isInline(GumboTag tag);

/// h1 … h6.
inline bool isHeading(GumboTag t) {
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

/// The children of an element (none for other nodes).
std::span<GumboNode *const> childrenOf(const GumboNode *n);
/// An attribute's value, or a null QString when the element has none.
QString attribute(const GumboNode *n, const char *name);
/// The text of a node and all below it, spacing collapsed (iterative: any depth).
QString textOf(const GumboNode *n);
/// The tag name in lower case, also for elements gumbo does not know.
QByteArray tagName(const GumboNode *n);

/// Calls `visit(node)` for every node below `n` in document order, without recursion; a
/// visitor returning false skips the node's subtree.
template <typename Visit> void walk(const GumboNode *n, Visit &&visit) {
    struct Frame {
        const GumboNode *node;
        unsigned next;
    };
    std::vector<Frame> stack;
    if (!n || !visit(n))
        return;
    stack.push_back({n, 0});
    while (!stack.empty()) {
        Frame &top = stack.back();
        const auto kids = childrenOf(top.node);
        if (top.next >= kids.size()) {
            stack.pop_back();
            continue;
        }
        const GumboNode *child = kids[top.next++];
        if (visit(child) && !childrenOf(child).empty())
            stack.push_back({child, 0});
    }
}

} // namespace ds::ingest::web
