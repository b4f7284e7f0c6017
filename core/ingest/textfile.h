// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>
#include <QStringList>

namespace ds::ingest {

/// An article's text as read from a file.
struct LoadedText {
    QString text;
    QStringList warnings; // e.g. invalid UTF-8 repaired
};

inline constexpr qint64 kDefaultMaxBytes = 10 * 1024 * 1024;

/// Reads a text file as UTF-8. Refuses (with a message) missing, empty, binary and too-large
/// files; repairs invalid UTF-8 with replacement characters and says so. A leading byte-order
/// mark is dropped; the text is otherwise kept as it is, so that offsets refer to it.
Result<LoadedText> readTextFile(const QString &path, qint64 maxBytes = kDefaultMaxBytes);

/// The same checks on bytes already in memory (`name` is used in messages).
Result<LoadedText> decodeText(const QByteArray &bytes, const QString &name,
                              qint64 maxBytes = kDefaultMaxBytes);

/// The checks every article file passes first: not too large, not empty, not binary.
Status checkTextBytes(const QByteArray &bytes, const QString &name,
                      qint64 maxBytes = kDefaultMaxBytes);

/// SHA-256 of the UTF-8 text, hex.
QString textHash(const QString &text);

} // namespace ds::ingest
