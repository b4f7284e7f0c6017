// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>

namespace ds::ingest {

/// A case-insensitive, Unicode-aware pattern: how the extraction matches the press's words.
inline QRegularExpression ci(const QString &pattern) {
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace ds::ingest
