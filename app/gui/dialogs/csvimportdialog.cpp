// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/csvimportdialog.h"

#include "commands/rowscommand.h"
#include "document/document.h"
#include "edit/rowset.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ds::gui {

namespace {

QString fieldLabel(csv::Field f) {
    switch (f) {
    case csv::Field::Ignore:
        return CsvImportDialog::tr("(ignore)");
    case csv::Field::Payer:
        return CsvImportDialog::tr("Payer");
    case csv::Field::Payee:
        return CsvImportDialog::tr("Payee");
    case csv::Field::Kind:
        return CsvImportDialog::tr("Kind");
    case csv::Field::Amount:
        return CsvImportDialog::tr("Amount");
    case csv::Field::Date:
        return CsvImportDialog::tr("Date");
    case csv::Field::Deal:
        return CsvImportDialog::tr("Deal");
    case csv::Field::Status:
        return CsvImportDialog::tr("Status");
    case csv::Field::Quote:
        return CsvImportDialog::tr("Quote");
    case csv::Field::Note:
        return CsvImportDialog::tr("Note");
    }
    return {};
}

} // namespace

CsvImportDialog::CsvImportDialog(Document *document, csv::Document csv, QString fileName,
                                 QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_csv(std::move(csv))
    , m_fileName(std::move(fileName)) {
    setWindowTitle(tr("Import Flows from %1").arg(m_fileName));
    resize(900, 560);
    const std::vector<csv::Field> guessed = csv::guessMapping(m_csv.header);
    const int columns = int(m_csv.header.size());
    m_preview = new QTableWidget(std::min<int>(20, int(m_csv.rows.size())) + 1, columns, this);
    m_preview->setHorizontalHeaderLabels(m_csv.header);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("The first rows of the file"));
    for (int c = 0; c < columns; ++c) {
        auto *box = new QComboBox(m_preview);
        for (csv::Field f : csv::allFields())
            box->addItem(fieldLabel(f), int(f));
        box->setCurrentIndex(box->findData(int(guessed[size_t(c)])));
        box->setAccessibleName(tr("What column %1 holds").arg(m_csv.header[c]));
        m_preview->setCellWidget(0, c, box);
        m_boxes << box;
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            m_import->setEnabled(false);
            m_report->setPlainText(tr("Check the rows again after changing the columns."));
        });
    }
    for (int r = 0; r + 1 < m_preview->rowCount(); ++r)
        for (int c = 0; c < columns && c < m_csv.rows[size_t(r)].size(); ++c)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(m_csv.rows[size_t(r)][c]));
    m_preview->resizeColumnsToContents();
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setMaximumHeight(140);
    m_report->setAccessibleName(tr("Check report"));
    auto *intro = new QLabel(tr("%Ln row(s). Choose what each column holds (payer and payee are "
                                "needed), check the rows, then import them: all or none.",
                                "", int(m_csv.rows.size())),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *checkButton = buttons->addButton(tr("&Check Rows"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_report);
    layout->addWidget(buttons);
    connect(checkButton, &QPushButton::clicked, this, &CsvImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importRows())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

std::vector<csv::Field> CsvImportDialog::mapping() const {
    std::vector<csv::Field> fields;
    for (QComboBox *box : m_boxes)
        fields.push_back(csv::Field(box->currentData().toInt()));
    return fields;
}

QString CsvImportDialog::report() const {
    return m_report->toPlainText();
}

bool CsvImportDialog::check() {
    Store *store = m_document->store();
    if (!store)
        return false;
    auto result = csv::importFlows(*store, m_csv, mapping(), m_fileName, true);
    if (!result) {
        m_report->setPlainText(result.errorMessage());
        m_import->setEnabled(false);
        return false;
    }
    if (!result->errors.isEmpty()) {
        m_report->setPlainText(tr("These rows need fixing in the file; nothing will be imported "
                                  "until they are:") +
                               QLatin1Char('\n') + result->errors.join(QLatin1Char('\n')));
        m_import->setEnabled(false);
        return false;
    }
    m_report->setPlainText(tr("Ready: %1 flows in %2 deals, %3 claims with amounts, %4 new "
                              "companies.")
                               .arg(result->flowsAdded)
                               .arg(result->dealsAdded)
                               .arg(result->claimsAdded)
                               .arg(result->companiesAdded));
    m_import->setEnabled(true);
    return true;
}

bool CsvImportDialog::importRows() {
    Store *store = m_document->store();
    if (!store || !check())
        return false;
    const auto before = edits::watermark(*store);
    auto result = csv::importFlows(*store, m_csv, mapping(), m_fileName, false);
    if (!result || !result->errors.isEmpty()) {
        m_report->setPlainText(result ? result->errors.join(QLatin1Char('\n'))
                                      : result.errorMessage());
        return false;
    }
    // What the rows added, read back by id: one step on the undo stack.
    auto added =
        before ? edits::rowsAddedSince(*store, *before) : Result<edits::RowSet>(before.error());
    if (!added || !m_document->undoStack()) {
        m_document->notifyChanged();
        return true;
    }
    m_document->undoStack()->push(new RowsCommand(
        m_document, RowsCommand::Change::Add,
        [rows = std::move(*added)](Store &) -> Result<edits::RowSet> { return rows; },
        tr("Import %n flow(s) from %1", nullptr, result->flowsAdded).arg(m_fileName)));
    return true;
}

} // namespace ds::gui
