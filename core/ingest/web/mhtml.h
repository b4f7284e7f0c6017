// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

namespace ds::ingest::web {

/// The page inside a saved "single file" (MHTML, RFC 2557: what Chrome and Edge write): the
/// first text/html part, its transfer encoding (quoted-printable, base64) undone. The other
/// parts (images, styles) are not read; nothing is fetched.
struct MhtmlPage {
    QByteArray html;
    QByteArray charset; ///< from the part's Content-Type, if it says
    QString location;   ///< the part's Content-Location: the address it was saved from
};

Result<MhtmlPage> pageFromMhtml(const QByteArray &bytes, const QString &name);

/// Quoted-printable (RFC 2045) decoded: "=3D" → "=", soft line breaks joined.
QByteArray decodeQuotedPrintable(const QByteArray &in);

} // namespace ds::ingest::web
