// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/articleimport.h"
#include "dialogs/importreport.h"

#include "commands/rowscommand.h"
#include "dialogs/reviewdialog.h"
#include "document/document.h"
#include "ingest/articlebatch.h"
#include "ingest/importer.h"
#include "store/store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ds::gui {

namespace {

// The translation context of the import's messages.
struct ArticleImport {
    Q_DECLARE_TR_FUNCTIONS(ArticleImport)
};

void reviewArticle(QWidget *parent, Document *document, ingest::Article article) {
    ReviewDialog dialog(document, std::move(article), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Say what accepting did: which claims joined existing flows, what was created.
    const ingest::ImportResult &result = dialog.importResult();
    QStringList lines;
    for (const ingest::AcceptOutcome &o : result.outcomes) {
        lines << o.message;
        for (const QString &company : o.createdCompanies)
            lines << ArticleImport::tr("Added the company %1.").arg(company);
    }
    const QString head = result.source.duplicate
                             ? ArticleImport::tr("Added %1 claims to source %2.")
                                   .arg(result.outcomes.size())
                                   .arg(result.source.sourceId)
                             : ArticleImport::tr("Added the article as source %1 with %2 claims.")
                                   .arg(result.source.sourceId)
                                   .arg(result.outcomes.size());
    QMessageBox box(QMessageBox::Information, ArticleImport::tr("Article Added"), head,
                    QMessageBox::Ok, parent);
    if (!lines.isEmpty())
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.setInformativeText(lines.mid(0, 6).join(QLatin1Char('\n')));
    box.exec();
}

} // namespace

std::vector<FileOutcome> importBatch(const QString &databasePath, const QStringList &files,
                                     qint64 maxBytes, const std::function<bool(int)> &progress) {
    std::vector<FileOutcome> outcomes;
    auto store = Store::open(databasePath);
    if (!store) {
        for (const QString &f : files)
            outcomes.push_back({f, FileOutcome::Kind::Refused, store.errorMessage(), 0, 0});
        return outcomes;
    }
    auto dictionary = ingest::CompanyDictionary::fromStore(*store);
    if (!progress(0))
        return outcomes;
    ingest::forEachArticle(files, maxBytes, [&](int i, Result<ingest::Article> article) {
        FileOutcome outcome{files[i], FileOutcome::Kind::Refused, {}, 0, 0};
        if (!article) {
            outcome.message = article.errorMessage();
        } else if (auto added = ingest::addArticle(*store, *article, article->proposed); !added) {
            outcome.message = added.errorMessage();
        } else {
            outcome.sourceId = added->sourceId;
            outcome.kind =
                added->duplicate ? FileOutcome::Kind::Duplicate : FileOutcome::Kind::Imported;
            QStringList notes = article->warnings;
            if (dictionary) {
                ingest::ExtractionOptions options;
                options.published = article->proposed.published;
                options.money.skipSharePrices = true;
                outcome.figures =
                    int(ingest::extract(article->text, *dictionary, options).proposals.size());
            }
            if (added->duplicate)
                notes.prepend(
                    ArticleImport::tr("Already in the file (source %1).").arg(added->sourceId));
            else
                notes.prepend(ArticleImport::tr("Imported as source %1 (%2 figures to review).")
                                  .arg(added->sourceId)
                                  .arg(outcome.figures));
            outcome.message = notes.join(QLatin1Char(' '));
        }
        outcomes.push_back(std::move(outcome));
        return progress(i + 1);
    });
    progress(int(files.size()));
    return outcomes;
}

void reviewFile(QWidget *parent, Document *document, const QString &path, qint64 maxBytes) {
    // Read on a worker: a large PDF or saved page takes a while, and the window stays live.
    QProgressDialog progress(ArticleImport::tr("Reading %1…").arg(QFileInfo(path).fileName()),
                             ArticleImport::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<Result<ingest::Article>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(
        QtConcurrent::run([path, maxBytes] { return ingest::loadArticle(path, maxBytes); }));
    loop.exec();
    if (!watcher.isFinished())
        return; // cancelled: the reading ends on its own and its result is dropped
    progress.reset();
    auto article = watcher.result();
    if (!article) {
        QMessageBox::warning(parent, ArticleImport::tr("Cannot import the article"),
                             article.errorMessage());
        return;
    }
    reviewArticle(parent, document, std::move(*article));
}

void importPaths(QWidget *parent, Document *document, const QStringList &paths, qint64 maxBytes) {
    if (!document->isOpen() || paths.isEmpty())
        return;
    const QStringList files = ingest::articleFiles(paths);
    if (files.isEmpty()) {
        QMessageBox::information(
            parent, ArticleImport::tr("Import Articles"),
            ArticleImport::tr(
                "There are no article files (.txt, .md, .html, .mhtml, .pdf) there."));
        return;
    }
    if (files.size() == 1 && !QFileInfo(paths.first()).isDir()) {
        reviewFile(parent, document, files.first(), maxBytes);
        return;
    }
    QProgressDialog progress(ArticleImport::tr("Importing articles…"), ArticleImport::tr("Cancel"),
                             0, int(files.size()), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<bool> cancel = false;
    std::atomic<int> done = 0;
    QFutureWatcher<std::vector<FileOutcome>> watcher;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                     [&cancel] { cancel = true; });
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &progress, [&] { progress.setValue(done); });
    timer.start(100);
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&, path = document->path()] {
        return importBatch(path, files, maxBytes, [&](int n) {
            done = n;
            return !cancel.load();
        });
    }));
    loop.exec();
    timer.stop();
    progress.reset();
    std::vector<FileOutcome> outcomes = watcher.result();
    // The new sources (with their texts) are one step on the undo stack.
    edits::RowSet added;
    if (Store *store = document->store())
        for (const FileOutcome &o : outcomes)
            if (o.kind == FileOutcome::Kind::Imported)
                if (auto source = store->source(o.sourceId))
                    added.sources.push_back(*source);
    if (added.sources.empty() || !document->undoStack()) {
        document->notifyChanged();
    } else {
        const int count = int(added.sources.size());
        document->undoStack()->push(new RowsCommand(
            document, RowsCommand::Change::Add,
            [added = std::move(added)](Store &) -> Result<edits::RowSet> { return added; },
            ArticleImport::tr("Import %n article(s)", nullptr, count)));
    }
    ImportReport report(document, std::move(outcomes), cancel.load(), maxBytes, parent);
    report.exec();
}

void reviewMimeData(QWidget *parent, Document *document, const QMimeData *data, qint64 maxBytes) {
    if (!document->isOpen() || !data)
        return;
    if (data->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : data->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
        if (!paths.isEmpty()) {
            importPaths(parent, document, paths, maxBytes);
            return;
        }
    }
    const bool html = data->hasHtml();
    const QByteArray bytes = html ? data->html().toUtf8() : data->text().toUtf8();
    auto article = ingest::articleFromBytes(
        bytes, ArticleImport::tr("Pasted article"),
        html ? ingest::ArticleFormat::HtmlFragment : ingest::ArticleFormat::Text, maxBytes);
    if (!article) {
        QMessageBox::warning(parent, ArticleImport::tr("Cannot import the article"),
                             article.errorMessage());
        return;
    }
    reviewArticle(parent, document, std::move(*article));
}

} // namespace ds::gui
