// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "ingest/article.h"

#include <QStringList>

#include <functional>

class QMimeData;
class QWidget;

namespace ds::gui {

class Document;

/// What happened to one file of a batch import.
struct FileOutcome {
    QString path;
    enum class Kind { Imported, Duplicate, Refused } kind = Kind::Refused;
    QString message;
    Id sourceId = 0;
    int figures = 0; // figures found, for reviewing later
};

/// Imports files as sources without their figures (each file its own transaction), in a
/// worker thread with its own connection to `databasePath`. Reports each file as it goes;
/// stops between files when cancelled.
std::vector<FileOutcome> importBatch(const QString &databasePath, const QStringList &files,
                                     qint64 maxBytes,
                                     const std::function<bool(int done)> &progress);

/// Imports what the user chose: one article opens for review; several files or a folder are
/// imported in the background with progress and cancel, then reported.
void importPaths(QWidget *parent, Document *document, const QStringList &paths, qint64 maxBytes);

/// Opens the review of one article read from a file (or says why it cannot be read).
void reviewFile(QWidget *parent, Document *document, const QString &path, qint64 maxBytes);

/// Opens the review of a pasted or dropped text (HTML when the clipboard holds HTML).
void reviewMimeData(QWidget *parent, Document *document, const QMimeData *data, qint64 maxBytes);

} // namespace ds::gui
