// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/web/htmltree.h"

#include <QHash>

#include <vector>

namespace ds::ingest::web {

/// A page's elements in document order with the text figures body detection needs, computed
/// once (iteratively, so any depth) over what a reader can see.
class PageNodes {
public:
    enum class Pruning {
        Invisible,   ///< drop scripts, styles, forms' controls and hidden elements
        Boilerplate, ///< also navigation, asides and blocks whose class or id says furniture
    };
    struct Node {
        const GumboNode *node = nullptr;
        int parent = -1;
        int textLen = 0; ///< visible characters below, spacing collapsed
        int linkLen = 0; ///< of which inside links
        int ownLen = 0;  ///< characters of its own line(s): text not inside a block child
        int ownCommas = 0;
        int commas = 0;
        int paragraphs = 0; ///< <p> below
        int listItems = 0;
        int images = 0;
        int headings = 0;
    };

    PageNodes(const GumboNode *root, Pruning pruning);

    const std::vector<Node> &nodes() const { return m_nodes; }
    /// The index of an element, or -1 when it was pruned.
    int indexOf(const GumboNode *n) const { return m_index.value(n, -1); }
    double linkDensity(int i) const {
        const Node &n = m_nodes[size_t(i)];
        return n.textLen ? double(n.linkLen) / n.textLen : 0.0;
    }

private:
    std::vector<Node> m_nodes;
    QHash<const GumboNode *, int> m_index;
};

/// Never text a reader sees: scripts, styles, templates, controls, hidden elements.
bool isInvisible(const GumboNode *n);
/// Navigation and the blocks whose class, id or role say they are not the article.
bool isBoilerplate(const GumboNode *n);
/// −50…+50 from the class and id: "article", "content", "story" up; "comment", "related",
/// "share", "sidebar" down; itemprop="articleBody" up.
int classWeight(const GumboNode *n);

} // namespace ds::ingest::web
