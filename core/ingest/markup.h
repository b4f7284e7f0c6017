// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ds::ingest {

/// Clean text from an HTML page: scripts, styles, navigation, headers, footers, asides, forms
/// and comments dropped; block elements (paragraphs, headings, list items, table rows, line
/// breaks) become line breaks, one paragraph a line; entities decoded; spacing inside a
/// paragraph collapsed. Nothing is fetched: images, links and frames leave only their text.
/// `title` receives the page's <title> (or first <h1>) when it has one.
QString htmlToText(const QString &html, QString *title = nullptr);

/// Plain text from Markdown: heading marks, emphasis, link targets, images, code fences and
/// HTML tags dropped, one paragraph a line. `title` receives the first heading.
QString markdownToText(const QString &markdown, QString *title = nullptr);

} // namespace ds::ingest
