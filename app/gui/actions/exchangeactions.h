// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace ds::gui {

class Document;

/// File › Import JSON…: shows what the document would add and merge, and imports it (one
/// transaction) when the user agrees.
void importJsonInteractively(QWidget *parent, Document *document);

/// File › Export Table as CSV…: the table, a byte-order mark for spreadsheets, the file; written
/// on a worker thread with its own connection (a million rows take a few seconds).
void exportCsvInteractively(QWidget *parent, Document *document);

/// File › Import Flows from CSV…: chooses the file and opens the dialog.
void importCsvInteractively(QWidget *parent, Document *document);

} // namespace ds::gui
