// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/exchangeactions.h"
#include "dialogs/csvimportdialog.h"

#include "document/document.h"
#include "edit/rowset.h"
#include "exchange/jsonformat.h"
#include "store/openfiles.h"
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
