// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ds::ingest::web {

/// A page's bytes made UTF-8 for the parser, as a browser decodes them.
struct PageBytes {
    QByteArray utf8;
    QString encoding; ///< what the page was read as ("UTF-8", "windows-1252", …)
    QStringList warnings;
};

/// Decodes an HTML page as the HTML standard's encoding sniffing does, without a network:
/// a byte-order mark first, then `charset` (or `transportCharset`, e.g. from an MHTML part's
/// header), then a `<meta charset>` or `http-equiv` declaration in the first 1,024 bytes, then
/// UTF-8 when the bytes are valid UTF-8, else windows-1252 (which is also what "iso-8859-1"
/// and "us-ascii" mean in HTML). Unknown encodings are read as UTF-8 with a warning; invalid
/// UTF-8 is repaired with U+FFFD and said. Refuses empty, binary and too-large input.
Result<PageBytes> decodePage(const QByteArray &bytes, const QString &name, qint64 maxBytes,
                             const QByteArray &transportCharset = {});

/// The charset a page declares in its first 1,024 bytes (lower case), or empty.
QByteArray declaredCharset(const QByteArray &bytes);

/// Caps how deep elements nest, so that parsing stays fast on pathological input (an HTML5
/// tree builder checks the open elements at each tag, which makes 100,000 nested <div>s take
/// minutes): start tags beyond `maxDepth` open elements, and their end tags, are dropped
/// (their text is kept). Elements that close themselves (p, li, td…) and void elements are not
/// counted. Returns whether anything was dropped.
bool capNesting(QByteArray &utf8, int maxDepth = 512);

} // namespace ds::ingest::web
