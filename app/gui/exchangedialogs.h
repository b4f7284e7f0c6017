// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/csvformat.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ds::gui {

class Document;

/// File › Import JSON…: shows what the document would add and merge, and imports it (one
/// transaction) when the user agrees.
void importJsonInteractively(QWidget *parent, Document *document);

/// File › Export Table as CSV…: the table, a byte-order mark for spreadsheets, the file; written
/// on a worker thread with its own connection (a million rows take a few seconds).
void exportCsvInteractively(QWidget *parent, Document *document);

/// Importing flows from a CSV file: which column holds what (guessed from the header), a
/// preview of the first rows, a check that lists the rows with errors by line, and the import
/// (all rows or none) once the check passes.
class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    CsvImportDialog(Document *document, csv::Document csv, QString fileName,
                    QWidget *parent = nullptr);

    QTableWidget *preview() const { return m_preview; }
    QComboBox *columnBox(int column) const { return m_boxes.at(column); }
    QPushButton *importButton() const { return m_import; }
    QString report() const;
    /// Checks every row (a dry run); true when all can be imported.
    bool check();
    /// Imports (after a passing check); true when written.
    bool importRows();

private:
    std::vector<csv::Field> mapping() const;

    Document *m_document;
    csv::Document m_csv;
    QString m_fileName;
    QList<QComboBox *> m_boxes;
    QTableWidget *m_preview;
    QPlainTextEdit *m_report;
    QPushButton *m_import;
};

/// File › Import Flows from CSV…: chooses the file and opens the dialog.
void importCsvInteractively(QWidget *parent, Document *document);

} // namespace ds::gui
