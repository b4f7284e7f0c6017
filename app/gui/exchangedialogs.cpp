// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangedialogs.h"

#include "commands.h"
#include "document.h"
#include "exchange/jsonformat.h"
#include "store/openfiles.h"
#include "store/rowset.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ds::gui {

namespace {

struct Exchange {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

constexpr qint64 kMaxImportBytes = 512LL * 1024 * 1024;

std::optional<QByteArray> readAll(QWidget *parent, const QString &path) {
    auto bytes = readOutsideFile(path, kMaxImportBytes);
    if (!bytes) {
        QMessageBox::warning(parent, Exchange::tr("Cannot read the file"), bytes.errorMessage());
        return std::nullopt;
    }
    if (bytes->size() > kMaxImportBytes) {
        QMessageBox::warning(parent, Exchange::tr("Cannot read the file"),
                             Exchange::tr("%1 is larger than 512 MB.").arg(path));
        return std::nullopt;
    }
    return std::move(*bytes);
}

QString fieldLabel(csv::Field f) {
    switch (f) {
    case csv::Field::Ignore:
        return Exchange::tr("(ignore)");
    case csv::Field::Payer:
        return Exchange::tr("Payer");
    case csv::Field::Payee:
        return Exchange::tr("Payee");
    case csv::Field::Kind:
        return Exchange::tr("Kind");
    case csv::Field::Amount:
        return Exchange::tr("Amount");
    case csv::Field::Date:
        return Exchange::tr("Date");
    case csv::Field::Deal:
        return Exchange::tr("Deal");
    case csv::Field::Status:
        return Exchange::tr("Status");
    case csv::Field::Quote:
        return Exchange::tr("Quote");
    case csv::Field::Note:
        return Exchange::tr("Note");
    }
    return {};
}

} // namespace

void importJsonInteractively(QWidget *parent, Document *document) {
    Store *store = document->store();
    if (!store)
        return;
    const QString path =
        QFileDialog::getOpenFileName(parent, Exchange::tr("Import JSON"), QString(),
                                     Exchange::tr("DealScope JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto bytes = readAll(parent, path);
    if (!bytes)
        return;
    // What it would do, before anything is written.
    auto preview = json::importDocument(*store, *bytes, true);
    if (!preview) {
        QMessageBox::warning(parent, Exchange::tr("Cannot import the JSON file"),
                             preview.errorMessage());
        return;
    }
    const json::ImportSummary &p = *preview;
    const QString summary =
        Exchange::tr("%1 companies to add (%2 already here by name or alias), %3 sources to add "
                     "(%4 already here by key), %5 deals, %6 flows and %7 claims to add.")
            .arg(p.companiesAdded)
            .arg(p.companiesMerged)
            .arg(p.sourcesAdded)
            .arg(p.sourcesMerged)
            .arg(p.dealsAdded)
            .arg(p.flowsAdded)
            .arg(p.claimsAdded);
    QMessageBox ask(QMessageBox::Question, Exchange::tr("Import JSON"),
                    Exchange::tr("Import %1 into this file?").arg(QFileInfo(path).fileName()),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    ask.setInformativeText(summary);
    ask.setDefaultButton(QMessageBox::Yes);
    if (ask.exec() != QMessageBox::Yes)
        return;
    auto done = json::importDocument(*store, *bytes, false);
    if (!done) {
        QMessageBox::warning(parent, Exchange::tr("Cannot import the JSON file"),
                             done.errorMessage());
        return;
    }
    document->notifyChanged();
}

void exportCsvInteractively(QWidget *parent, Document *document) {
    if (!document->isOpen())
        return;
    QDialog options(parent);
    options.setWindowTitle(Exchange::tr("Export Table as CSV"));
    auto *table = new QComboBox(&options);
    table->addItem(Exchange::tr("Deals"), int(csv::Table::Deals));
    table->addItem(Exchange::tr("Flows"), int(csv::Table::Flows));
    table->addItem(Exchange::tr("Claims (with their quotes)"), int(csv::Table::Claims));
    table->setCurrentIndex(1);
    auto *bom =
        new QCheckBox(Exchange::tr("Start with a byte-order mark (for spreadsheets)"), &options);
    bom->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &options);
    auto *form = new QFormLayout(&options);
    form->addRow(Exchange::tr("&Table"), table);
    form->addRow(bom);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &options, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &options, &QDialog::reject);
    if (options.exec() != QDialog::Accepted)
        return;
    const auto which = csv::Table(table->currentData().toInt());
    const QString defaultName = which == csv::Table::Deals   ? QStringLiteral("deals.csv")
                                : which == csv::Table::Flows ? QStringLiteral("flows.csv")
                                                             : QStringLiteral("claims.csv");
    const QString path =
        QFileDialog::getSaveFileName(parent, Exchange::tr("Export Table as CSV"), defaultName,
                                     Exchange::tr("CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(Exchange::tr("Writing %1…").arg(QFileInfo(path).fileName()), QString(),
                             0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(
        QtConcurrent::run([db = document->path(), path, which, withBom = bom->isChecked()] {
            auto store = Store::open(db);
            if (!store)
                return store.errorMessage();
            if (Status s = refuseOpenDatabase(path); !s)
                return s.errorMessage();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return file.errorString();
            if (Status s = csv::exportTable(*store, which, file, withBom); !s)
                return s.errorMessage();
            return file.commit() ? QString() : file.errorString();
        }));
    loop.exec();
    progress.reset();
    if (const QString error = watcher.result(); !error.isEmpty())
        QMessageBox::warning(parent, Exchange::tr("Cannot export the table"), error);
}

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

void importCsvInteractively(QWidget *parent, Document *document) {
    if (!document->isOpen())
        return;
    const QString path =
        QFileDialog::getOpenFileName(parent, Exchange::tr("Import Flows from CSV"), QString(),
                                     Exchange::tr("CSV (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto bytes = readAll(parent, path);
    if (!bytes)
        return;
    auto doc = csv::parse(*bytes);
    if (!doc) {
        QMessageBox::warning(parent, Exchange::tr("Cannot import the CSV file"),
                             doc.errorMessage());
        return;
    }
    CsvImportDialog dialog(document, std::move(*doc), QFileInfo(path).fileName(), parent);
    dialog.exec();
}

} // namespace ds::gui
