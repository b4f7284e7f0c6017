// SPDX-License-Identifier: GPL-3.0-or-later
// Adding an article as a user would: review the figures found, edit and accept one, find the
// new claim in the source panel; import a folder; search the articles.
#include "actions/articleimport.h"
#include "actions/exchangeactions.h"
#include "dialogs/articlereader.h"
#include "dialogs/csvimportdialog.h"
#include "dialogs/importreport.h"
#include "dialogs/reviewdialog.h"
#include "docks/searchdock.h"
#include "docks/sourcepanel.h"
#include "document/document.h"
#include "document/selection.h"
#include "exchange/jsonformat.h"
#include "ingest/article.h"
#include "models/proposalmodel.h"
#include "samplewindow.h"
#include "widgets/claimcard.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace ds;
using namespace ds::gui;

namespace {
const QString kFixtures = QStringLiteral(DEALSCOPE_SOURCE_DIR "/tests/fixtures/articles");

int rowOf(ProposalModel *model, const QString &figure) {
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ProposalModel::Figure).data().toString() == figure)
            return r;
    return -1;
}

QPushButton *button(QWidget *parent, const QString &textStart) {
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')).startsWith(textStart))
            return b;
    return nullptr;
}
} // namespace

class TestImport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase() {
        QVERIFY(test::openSampleWindow(m_dir.filePath(QStringLiteral("import.dealscope")),
                                       m_settings, m_window, 0));
    }

    void reviewEditAcceptAndFindTheClaim() {
        auto article = ingest::loadArticle(kFixtures + QStringLiteral("/cloud_commitments.txt"));
        QVERIFY(article);
        ReviewDialog dialog(m_window->document(), *article, m_window.get());
        dialog.show();
        QSignalSpy extracted(&dialog, &ReviewDialog::extracted);
        QVERIFY(extracted.wait(5000));
        // The publication date makes "on Tuesday" a day: the figures are found again.
        dialog.publishedEdit()->setText(QStringLiteral("2025-11-21"));
        emit dialog.publishedEdit()->editingFinished();
        QVERIFY(extracted.wait(5000));
        ProposalModel *model = dialog.model();
        QVERIFY(model->rowCount() >= 5);
        QVERIFY(dialog.textView()->extraSelections().size() >= model->rowCount());
        QCOMPARE(dialog.titleEdit()->text(),
                 QStringLiteral("Anthropic commits $30B to Microsoft Azure as Nvidia joins in"));

        // Selecting a row shows its sentence in the text.
        const int thirty = rowOf(model, QStringLiteral("$30 billion"));
        QVERIFY(thirty >= 0);
        dialog.table()->selectRow(thirty);
        QVERIFY(
            dialog.textView()->textCursor().selectedText().contains(QStringLiteral("$30 billion")));

        // An amount that does not parse cannot be accepted, and says why.
        const int oracle = rowOf(model, QStringLiteral("$1.25bn"));
        QVERIFY(oracle >= 0);
        QVERIFY(
            model->setData(model->index(oracle, ProposalModel::Figure), QStringLiteral("lots")));
        QVERIFY(!model->problem(oracle).isEmpty());
        QCOMPARE(model->index(oracle, ProposalModel::Accept).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QVERIFY(
            !(model->flags(model->index(oracle, ProposalModel::Accept)) & Qt::ItemIsUserCheckable));
        // A name not in the file is proposed as a new company.
        QVERIFY(
            model->setData(model->index(oracle, ProposalModel::Figure), QStringLiteral("$1.25bn")));
        QVERIFY(model->setData(model->index(oracle, ProposalModel::Payer),
                               QStringLiteral("Startup X")));
        QVERIFY(model->proposal(oracle).payer.isNew());

        // Each row says how sure it is and why; the $30 billion joins the sample's flow, and
        // unchecking "Joins" would make a new deal instead.
        QCOMPARE(model->index(thirty, ProposalModel::Confidence).data().toString(),
                 ingest::displayName(model->proposal(thirty).confidence()));
        QVERIFY(!model->index(thirty, ProposalModel::Confidence)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QCOMPARE(model->index(thirty, ProposalModel::Joins).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QVERIFY(model->index(thirty, ProposalModel::Joins)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Anthropic → Microsoft")));
        QVERIFY(model->setData(model->index(thirty, ProposalModel::Joins), Qt::Unchecked,
                               Qt::CheckStateRole));
        QVERIFY(model->proposal(thirty).newDeal);
        QCOMPARE(model->index(thirty, ProposalModel::Joins).data().toString(),
                 QStringLiteral("New deal"));
        QVERIFY(model->setData(model->index(thirty, ProposalModel::Joins), Qt::Checked,
                               Qt::CheckStateRole));
        QVERIFY(!model->proposal(thirty).newDeal);
        // "has agreed to spend" states the status, which the claim will record; "will invest"
        // does not, until the reviewer chooses one.
        auto statusTip = [&](int row) {
            return model->index(row, ProposalModel::Status).data(Qt::ToolTipRole).toString();
        };
        QVERIFY(model->proposal(thirty).statusStated);
        QVERIFY(statusTip(thirty).startsWith(QStringLiteral("The sentence states it")));
        const int ten = rowOf(model, QStringLiteral("up to $10 billion"));
        QVERIFY(ten >= 0 && !model->proposal(ten).statusStated);
        QVERIFY(statusTip(ten).startsWith(QStringLiteral("Assumed")));
        QVERIFY(model->setData(model->index(ten, ProposalModel::Status), int(DealStatus::Completed),
                               Qt::EditRole));
        QVERIFY(model->proposal(ten).statusStated);
        QCOMPARE(model->proposal(ten).status, DealStatus::Completed);
        // Rows the extractor is unsure of start unchecked.
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->proposal(r).unsure() && r != oracle)
                QCOMPARE(model->index(r, ProposalModel::Accept).data(Qt::CheckStateRole).toInt(),
                         int(Qt::Unchecked));

        // Accept only the $30 billion: Anthropic → Microsoft compute, 18 November 2025.
        QVERIFY(button(&dialog, QStringLiteral("Check None")));
        QTest::mouseClick(button(&dialog, QStringLiteral("Check None")), Qt::LeftButton);
        QCOMPARE(model->acceptedCount(), 0);
        QVERIFY(model->setData(model->index(thirty, ProposalModel::Accept), Qt::Checked,
                               Qt::CheckStateRole));
        QCOMPARE(model->acceptedCount(), 1);
        QCOMPARE(model->proposal(thirty).payer.name, QStringLiteral("Anthropic"));
        QCOMPARE(model->proposal(thirty).payee.name, QStringLiteral("Microsoft"));
        const int sourcesBefore = int(m_window->document()->counts().sources);
        QPushButton *accept = button(&dialog, QStringLiteral("Add Article and Checked Figures"));
        QVERIFY(accept && accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
        const ingest::ImportResult &result = dialog.importResult();
        QVERIFY(!result.source.duplicate);
        QCOMPARE(int(result.outcomes.size()), 1);
        const ingest::AcceptOutcome &outcome = result.outcomes.front();
        QCOMPARE(outcome.kind, ingest::AcceptOutcome::Kind::LinkedToFlow); // the sample's flow
        QCOMPARE(int(m_window->document()->counts().sources), sourcesBefore + 1);

        // The source panel of that flow shows the new claim with its quote.
        m_window->selection()->setFlow(outcome.flowId, outcome.dealId);
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (ClaimCard *card : m_window->sourcePanel()->cards())
                    if (card->claim().id == outcome.claimId)
                        return true;
                return false;
            },
            5000));
        for (ClaimCard *card : m_window->sourcePanel()->cards())
            if (card->claim().id == outcome.claimId)
                QVERIFY(
                    card->claim().quote.exact.contains(QStringLiteral("$30 billion on Microsoft")));
    }

    // One file is read on a worker, then reviewed; a file that cannot be read says why.
    void oneFileIsReadOnAWorkerThenReviewed() {
        QString seen;
        QTimer closer;
        closer.setInterval(20);
        QObject::connect(&closer, &QTimer::timeout, [&] {
            if (auto *review = qobject_cast<ReviewDialog *>(QApplication::activeModalWidget())) {
                seen = review->windowTitle();
                review->reject();
            } else if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                seen = box->text();
                box->reject();
            }
        });
        closer.start();
        reviewFile(m_window.get(), m_window->document(),
                   kFixtures + QStringLiteral("/gpu_cloud_deal.html"), 10 << 20);
        QVERIFY2(seen.contains(QStringLiteral("gpu_cloud_deal.html")), qPrintable(seen));
        seen.clear();
        const QString broken = m_dir.filePath(QStringLiteral("broken.pdf"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7\nnot really a PDF");
        f.close();
        reviewFile(m_window.get(), m_window->document(), broken, 10 << 20);
        QVERIFY2(!seen.isEmpty(), "the error is shown");
    }

    void theSameArticleIsNotAddedTwice() {
        auto article = ingest::loadArticle(kFixtures + QStringLiteral("/cloud_commitments.txt"));
        QVERIFY(article);
        const int sources = int(m_window->document()->counts().sources);
        ReviewDialog dialog(m_window->document(), *article, m_window.get());
        QSignalSpy extracted(&dialog, &ReviewDialog::extracted);
        QVERIFY(extracted.wait(5000));
        QVERIFY(button(&dialog, QStringLiteral("Add Checked Figures to It")));
        QVERIFY(dialog.titleEdit()->isReadOnly());
        QVERIFY(dialog.findChild<QLabel *>() != nullptr);
        dialog.model()->setAllAccepted(false);
        QVERIFY(!button(&dialog, QStringLiteral("Add Checked Figures to It"))->isEnabled());
        QCOMPARE(int(m_window->document()->counts().sources), sources);
    }

    // Importing an article is one step on the undo stack: Ctrl+Z takes back the source, its
    // claims and the deals, flows and companies it created; redo writes them again.
    void anImportIsUndoneAsOneStep() {
        auto article = ingest::loadArticle(kFixtures + QStringLiteral("/funding_round.txt"));
        QVERIFY(article);
        Store &store = *m_window->document()->store();
        const QByteArray before = *json::exportStore(store);
        ReviewDialog dialog(m_window->document(), *article, m_window.get());
        QSignalSpy extracted(&dialog, &ReviewDialog::extracted);
        QVERIFY(extracted.wait(5000));
        QVERIFY(dialog.model()->acceptedCount() > 0);
        QPushButton *accept = button(&dialog, QStringLiteral("Add Article and Checked Figures"));
        QVERIFY(accept && accept->isEnabled());
        const int undoSteps = m_window->undoStack()->count();
        QTest::mouseClick(accept, Qt::LeftButton);
        const ingest::ImportResult &result = dialog.importResult();
        bool created = false;
        for (const ingest::AcceptOutcome &o : result.outcomes)
            created = created || o.kind == ingest::AcceptOutcome::Kind::CreatedFlow ||
                      !o.createdCompanies.isEmpty();
        QVERIFY(created); // the test means something: deals or companies were created
        QCOMPARE(m_window->undoStack()->count(), undoSteps + 1);
        const QByteArray after = *json::exportStore(store);
        QVERIFY(after != before);
        m_window->undoStack()->undo();
        QCOMPARE(*json::exportStore(store), before);
        m_window->undoStack()->redo();
        QCOMPARE(*json::exportStore(store), after);
        m_window->undoStack()->undo(); // the folder import below reads this article again
    }

    // Importing several files from the window is one undoable step too.
    void importingSeveralFilesIsOneUndoableStep() {
        const int sources = int(m_window->document()->counts().sources);
        const int steps = m_window->undoStack()->index();
        const QStringList files = {kFixtures + QStringLiteral("/heldout_european_round.md"),
                                   kFixtures + QStringLiteral("/rumoured_stake.md")};
        QTimer closer; // closes the report that follows the import
        QObject::connect(&closer, &QTimer::timeout, [] {
            if (auto *report = qobject_cast<ImportReport *>(QApplication::activeModalWidget()))
                report->close();
        });
        closer.start(50);
        importPaths(m_window.get(), m_window->document(), files, ingest::kDefaultMaxBytes);
        closer.stop();
        QCOMPARE(int(m_window->document()->counts().sources), sources + 2);
        QCOMPARE(m_window->undoStack()->index(), steps + 1);
        QVERIFY(m_window->undoStack()->undoText().startsWith(QStringLiteral("Import 2 article")));
        m_window->undoStack()->undo();
        QCOMPARE(int(m_window->document()->counts().sources), sources);
    }

    void importAFolder() {
        const int sources = int(m_window->document()->counts().sources);
        QTemporaryDir folder;
        for (const char *name : {"funding_round.txt", "chips_purchase.txt", "loan_licensing.html"})
            QVERIFY(QFile::copy(kFixtures + QLatin1Char('/') + QLatin1String(name),
                                folder.filePath(QLatin1String(name))));
        QFile empty(folder.filePath(QStringLiteral("empty.md")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QStringList seen;
        const auto outcomes =
            importBatch(m_window->document()->path(), ingest::articleFiles({folder.path()}),
                        ingest::kDefaultMaxBytes, [&](int) { return true; });
        QCOMPARE(int(outcomes.size()), 4);
        int imported = 0;
        for (const FileOutcome &o : outcomes) {
            imported += o.kind == FileOutcome::Kind::Imported;
            if (o.path.endsWith(QLatin1String("empty.md"))) {
                QCOMPARE(o.kind, FileOutcome::Kind::Refused);
                QVERIFY(o.message.contains(QLatin1String("empty")));
            }
        }
        QCOMPARE(imported, 3);
        m_window->document()->notifyChanged();
        QCOMPARE(int(m_window->document()->counts().sources), sources + 3);
        ImportReport report(m_window->document(), outcomes, false, ingest::kDefaultMaxBytes);
        QCOMPARE(report.table()->rowCount(), 4);
        // Cancelling stops between files.
        QTemporaryDir other;
        QVERIFY(QFile::copy(kFixtures + QStringLiteral("/sovereign_fund.txt"),
                            other.filePath(QStringLiteral("a.txt"))));
        const auto cancelled =
            importBatch(m_window->document()->path(), {other.filePath(QStringLiteral("a.txt"))},
                        ingest::kDefaultMaxBytes, [](int) { return false; });
        QVERIFY(cancelled.empty());
    }

    void searchOpensTheArticle() {
        SearchDock *dock = m_window->searchDock();
        dock->focusQuery();
        QTest::keyClicks(dock->queryEdit(), QStringLiteral("Thrive"));
        QTest::keyClick(dock->queryEdit(), Qt::Key_Return);
        QCOMPARE(dock->results()->count(), 1);
        QListWidgetItem *item = dock->results()->item(0);
        QTest::mouseClick(dock->results()->viewport(), Qt::LeftButton, {},
                          dock->results()->visualItemRect(item).center());
        ArticleReader *reader = m_window->sourcePanel()->reader();
        QVERIFY(QTest::qWaitFor([&] { return reader->isVisible(); }, 2000));
        QVERIFY(reader->browser()->toPlainText().contains(QStringLiteral("Thrive Capital")));
        const auto [start, end] = reader->highlight();
        QCOMPARE(reader->browser()->toPlainText().mid(start, end - start),
                 QStringLiteral("Thrive"));
        reader->hide();
        // Odd input gives a message in the dock, never a dialog or an error from SQLite.
        for (const QString &odd :
             {QStringLiteral("\"\"\""), QStringLiteral("NOT"), QStringLiteral("(((")}) {
            dock->queryEdit()->setText(odd);
            dock->searchNow();
            QVERIFY(!dock->statusText().contains(QStringLiteral("fts5")));
            QVERIFY(!dock->statusText().isEmpty());
        }
    }

    void importFlowsFromCsv() {
        auto doc = csv::parse("From,Startup,Amount,Notes\n"
                              "Microsoft,Reflection AI,$1B,first\n"
                              "Nvidia,Reflection AI,lots,second\n");
        QVERIFY(doc);
        CsvImportDialog dialog(m_window->document(), *doc, QStringLiteral("rows.csv"),
                               m_window.get());
        // Guessed: From → payer, Amount → amount, Notes → note; "Startup" is not known.
        QCOMPARE(csv::Field(dialog.columnBox(0)->currentData().toInt()), csv::Field::Payer);
        QCOMPARE(csv::Field(dialog.columnBox(1)->currentData().toInt()), csv::Field::Ignore);
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.report().contains(QStringLiteral("payer and the payee")));
        dialog.columnBox(1)->setCurrentIndex(dialog.columnBox(1)->findData(int(csv::Field::Payee)));
        QVERIFY(!dialog.check()); // "lots" is not an amount: its line is named
        QVERIFY(dialog.report().contains(QStringLiteral("line 3")));
        QVERIFY(!dialog.importButton()->isEnabled());
        const int flows = int(m_window->document()->counts().flows);
        QVERIFY(!dialog.importRows());
        QCOMPARE(int(m_window->document()->counts().flows), flows); // nothing written
        dialog.columnBox(2)->setCurrentIndex(
            dialog.columnBox(2)->findData(int(csv::Field::Ignore)));
        QVERIFY(dialog.check());
        QVERIFY(dialog.importButton()->isEnabled());
        const QByteArray before = *json::exportStore(*m_window->document()->store());
        QVERIFY(dialog.importRows());
        QCOMPARE(int(m_window->document()->counts().flows), flows + 2);
        QCOMPARE(dialog.preview()->rowCount(), 3); // the column boxes and the two rows
        // The import is one undoable step: its company, deals, flows, source and claims go.
        QVERIFY(m_window->undoStack()->undoText().contains(QStringLiteral("rows.csv")));
        const QByteArray after = *json::exportStore(*m_window->document()->store());
        m_window->undoStack()->undo();
        QCOMPARE(*json::exportStore(*m_window->document()->store()), before);
        m_window->undoStack()->redo();
        QCOMPARE(*json::exportStore(*m_window->document()->store()), after);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestImport)
#include "test_import.moc"
