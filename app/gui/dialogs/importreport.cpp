// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importreport.h"

#include "actions/articleimport.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ds::gui {

ImportReport::ImportReport(Document *document, std::vector<FileOutcome> outcomes, bool cancelled,
                           qint64 maxBytes, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_outcomes(std::move(outcomes))
    , m_maxBytes(maxBytes) {
    setWindowTitle(tr("Import Report"));
    resize(800, 420);
    int imported = 0, duplicates = 0, refused = 0;
    for (const FileOutcome &o : m_outcomes) {
        imported += o.kind == FileOutcome::Kind::Imported;
        duplicates += o.kind == FileOutcome::Kind::Duplicate;
        refused += o.kind == FileOutcome::Kind::Refused;
    }
    QString summary = tr("Imported: %1. Already there: %2. Not imported: %3.")
                          .arg(imported)
                          .arg(duplicates)
                          .arg(refused);
    if (cancelled)
        summary += QLatin1Char(' ') + tr("Cancelled: the files after these were not looked at.");
    auto *label = new QLabel(summary, this);
    label->setWordWrap(true);
    m_table = new QTableWidget(int(m_outcomes.size()), 3, this);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("What happened")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Imported files"));
    for (int i = 0; i < int(m_outcomes.size()); ++i) {
        const FileOutcome &o = m_outcomes[size_t(i)];
        const QString result = o.kind == FileOutcome::Kind::Imported    ? tr("Imported")
                               : o.kind == FileOutcome::Kind::Duplicate ? tr("Already there")
                                                                        : tr("Not imported");
        m_table->setItem(i, 0, new QTableWidgetItem(QFileInfo(o.path).fileName()));
        m_table->item(i, 0)->setToolTip(o.path);
        m_table->setItem(i, 1, new QTableWidgetItem(result));
        m_table->setItem(i, 2, new QTableWidgetItem(o.message));
        m_table->item(i, 2)->setToolTip(o.message);
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *review = buttons->addButton(tr("&Review Figures…"), QDialogButtonBox::ActionRole);
    review->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this, review] {
        const int row = m_table->currentRow();
        review->setEnabled(row >= 0 && m_outcomes[size_t(row)].kind != FileOutcome::Kind::Refused);
    });
    connect(review, &QPushButton::clicked, this, &ImportReport::reviewSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ImportReport::reviewSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

void ImportReport::reviewSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || m_outcomes[size_t(row)].kind == FileOutcome::Kind::Refused)
        return;
    reviewFile(this, m_document, m_outcomes[size_t(row)].path, m_maxBytes);
}

} // namespace ds::gui
