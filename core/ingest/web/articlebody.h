// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/web/htmltree.h"

#include <QString>

namespace ds::ingest::web {

/// What part of a page the HTML is: a whole page (find its article) or a selection someone
/// copied (keep all of it).
enum class HtmlScope { Page, Fragment };

enum class BodySource {
    Dom,         ///< the block of the page that scores as its article
    JsonLd,      ///< the page's JSON-LD articleBody (its DOM kept much less)
    VisibleText, ///< no article stood out: every visible text of the page
    Fragment,    ///< all of a copied selection
};

struct BodyText {
    QString text; ///< one paragraph, heading, list item or table row a line
    BodySource source = BodySource::Dom;
};

/// The article text of a page, found as the best extractors find it: page furniture dropped
/// (scripts, hidden elements, navigation, and blocks whose class or id says comment, related,
/// promo, newsletter, cookie, consent, share, sidebar, footer…); paragraphs scored by their
/// length and commas, the score given to their containers, weighted by tag, class and id and
/// by how little of their text is links; the best container taken with its siblings that
/// belong to it; inside it, link lists and negative blocks dropped; headings, paragraphs,
/// lists, quotes and tables kept in order, as text. `jsonLdBody` (the page's JSON-LD
/// articleBody) is preferred when the DOM's article is much shorter than it. Where no
/// article stands out the page's visible text is kept, so a page with text always gives text.
BodyText articleBody(const HtmlTree &tree, HtmlScope scope, const QString &jsonLdBody = {});

/// The visible text below a node, one block a line (scripts, styles, hidden elements dropped).
QString visibleText(const GumboNode *node);

} // namespace ds::ingest::web
