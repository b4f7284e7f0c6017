// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/articleimport.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace ds::gui {

class Document;

/// The report of a batch import: per file what happened, and a way to review the figures of
/// an imported article.
class ImportReport : public QDialog {
    Q_OBJECT
public:
    ImportReport(Document *document, std::vector<FileOutcome> outcomes, bool cancelled,
                 qint64 maxBytes, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    void reviewSelected();

    Document *m_document;
    std::vector<FileOutcome> m_outcomes;
    qint64 m_maxBytes;
    QTableWidget *m_table;
};

} // namespace ds::gui
