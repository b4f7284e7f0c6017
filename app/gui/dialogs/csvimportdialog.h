// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/csvformat.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ds::gui {

class Document;

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

} // namespace ds::gui
