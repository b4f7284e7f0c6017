// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"
#include "ingest/web/htmltree.h"

#include <QString>

namespace ds::ingest::web {

/// What a page says about itself, for the review to confirm. Each field comes from the most
/// reliable place that has it: JSON-LD, then Open Graph and other <meta> tags, then the
/// document (<title>, <h1>, <time datetime>, a byline, <html lang>).
struct PageMetadata {
    QString title;     ///< without the site's suffix (" | TechWire")
    QString publisher; ///< og:site_name, JSON-LD publisher, a byline's outlet, the address's site
    QString author;
    QString url;      ///< the canonical link or og:url (never fetched)
    QString language; ///< a BCP 47 tag ("en", "de-DE")
    PartialDate published;
    QString jsonLdBody; ///< the page's JSON-LD articleBody, if any
};

PageMetadata readPageMetadata(const HtmlTree &tree);

/// A title with the site's name taken off its start or end: "OpenAI signs … | TechWire" →
/// "OpenAI signs …" (with `site` "TechWire", or when the piece cut off is short and the rest
/// is the headline `h1`).
QString titleWithoutSite(const QString &title, const QString &site, const QString &h1 = {});

/// "By Dana Whitfield, The Ledger Review" → author "Dana Whitfield", outlet "The Ledger Review".
struct Byline {
    QString author;
    QString outlet;
};
Byline parseByline(const QString &line);

/// The site of an address: "https://www.techwire.com/2025/…" → "techwire.com".
QString siteOf(const QString &url);

/// The date at the start of an ISO 8601 timestamp or a written date ("2025-11-18T09:00Z",
/// "November 18, 2025"), day precision; null when none.
PartialDate dateOf(const QString &value);

} // namespace ds::ingest::web
