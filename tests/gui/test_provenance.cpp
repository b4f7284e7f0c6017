// SPDX-License-Identifier: GPL-3.0-or-later
// The source panel, the reader, citations, the Disputes and Sources views, driven through the
// real widgets (offscreen).
#include "dialogs/articlereader.h"
#include "dialogs/attachdialog.h"
#include "docks/disputesdock.h"
#include "docks/sourcepanel.h"
#include "docks/sourcesdock.h"
#include "document/document.h"
#include "document/selection.h"
#include "document/settings.h"
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "mainwindow.h"
#include "models/dealtablemodel.h"
#include "models/disputesmodel.h"
#include "models/sourcesmodel.h"
#include "views/dealtableview.h"
#include "widgets/claimcard.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ds;
using namespace ds::gui;

class TestProvenance : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    Id companyId(const char *name) {
        return m_window->document()
            ->store()
            ->companyIdByName(QString::fromLatin1(name))
            ->value_or(0);
    }
    /// The flow from payer to payee of that kind (the first one).
    Id flowId(const char *payer, const char *payee, FlowKind kind) {
        auto flows =
            m_window->document()->store()->flowsBetween(companyId(payer), companyId(payee));
        for (const Flow &f : *flows)
            if (f.kind == kind)
                return f.id;
        return 0;
    }
    int rowOf(Id flow) const { return m_window->dealTable()->model()->rowOfFlow(flow); }
    void clickRow(int row) {
        QTableView *table = m_window->dealTable()->view();
        const QModelIndex index = table->model()->index(row, DealTableModel::Payee);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init() {
        const QString path = m_dir.filePath(
            QStringLiteral("p%1.dealscope").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(sample::writeSampleFile(path));
        m_settings = std::make_unique<Settings>();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        QVERIFY(m_window->openFile(path, true));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dealTable()->model()->isLoading(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->disputesDock()->model()->isLoading(), 10000);
    }

    void cleanup() { m_window.reset(); }

    void selectingAFlowShowsItsClaims() {
        const Id msft = flowId("Microsoft", "Anthropic", FlowKind::Equity);
        clickRow(rowOf(msft));
        QCOMPARE(m_window->selection()->flow().value_or(0), msft);
        SourcePanel *panel = m_window->sourcePanel();
        // Five claims on the flow, then the deal's three headline-total claims.
        QTRY_COMPARE(panel->cards().size(), 8);
        const QString header = panel->headerText();
        QVERIFY2(header.contains(QLatin1String("Disputed: amount, status")), qPrintable(header));
        // The table marks the status the sources disagree on.
        const QModelIndex status =
            m_window->dealTable()->model()->index(rowOf(msft), DealTableModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("⚠ Announced"));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QLatin1String("status: Gnoppix")));
        QVERIFY(header.contains(QStringLiteral("$5B–$45B")));
        QVERIFY(header.contains(QLatin1String("$45B = $5B + $10B + $30B")) ||
                panel->findChildren<QLabel *>(QStringLiteral("reconciliation")).size() == 2);
        bool reconciled = false;
        for (QLabel *l : panel->findChildren<QLabel *>(QStringLiteral("reconciliation")))
            reconciled |= l->text().contains(QLatin1String("$45B = $5B + $10B + $30B"));
        QVERIFY(reconciled);
        const ClaimCard *first = panel->cards().first();
        QCOMPARE(first->claim().money->stated, QStringLiteral("up to $5 billion"));
        // The figure is highlighted in the quote.
        QVERIFY(ClaimCard::quoteHtml(first->claim())
                    .contains(QLatin1String("<b>up to $5 billion</b>")));
        // The deal table marks the disputed figure.
        const QModelIndex amount =
            m_window->dealTable()->model()->index(rowOf(msft), DealTableModel::Amount);
        QVERIFY(amount.data(DealTableModel::DisputedRole).toBool());
        QVERIFY(amount.data(Qt::ToolTipRole).toString().contains(QLatin1String("disagree")));
        const Id google = flowId("Google", "Anthropic", FlowKind::Equity);
        const QModelIndex plain =
            m_window->dealTable()->model()->index(rowOf(google), DealTableModel::Amount);
        QVERIFY(!plain.data(DealTableModel::DisputedRole).toBool());

        clickRow(rowOf(google));
        QTRY_COMPARE(panel->cards().size(), 1);
        QVERIFY(panel->headerText().contains(QLatin1String("undisputed")));
        QVERIFY(panel->headerText().contains(QLatin1String("$2B")));
    }

    void clickingACardOpensTheReaderAndCopiesCitations() {
        const Id google = flowId("Google", "Anthropic", FlowKind::Equity);
        m_window->selection()->setFlow(google, std::nullopt);
        SourcePanel *panel = m_window->sourcePanel();
        QTRY_COMPARE(panel->cards().size(), 1);
        ClaimCard *card = panel->cards().first();
        QTest::mouseClick(card, Qt::LeftButton, {}, QPoint(5, 5));
        ArticleReader *reader = panel->reader();
        QTRY_VERIFY(reader->isVisible());
        // No text yet: the quote with its context, and how to attach the text.
        QVERIFY(reader->browser()->toPlainText().contains(
            QLatin1String("Google's earlier $2 billion investment in Anthropic")));
        QVERIFY(reader->browser()->toPlainText().contains(QLatin1String("Attach")));
        reader->close();

        panel->copyCitation(card->claim());
        const QString citation = QApplication::clipboard()->text();
        QVERIFY2(citation.contains(
                     QStringLiteral("“Google's earlier $2 billion investment in Anthropic”")),
                 qPrintable(citation));
        QVERIFY(citation.contains(QLatin1String("2024")));

        // Attach the article's text: the reader shows it, scrolled to the highlighted quote.
        QString text;
        QFile article(QStringLiteral(DEALSCOPE_CORPUS_DIR "/004_c59069aa7d92adf6.txt"));
        const QString path = m_dir.filePath(QStringLiteral("004.txt"));
        if (article.open(QIODevice::ReadOnly)) {
            text = QString::fromUtf8(article.readAll());
        } else {
            text = QString(3000, QLatin1Char(' '));
            for (const Claim &c :
                 *m_window->document()->store()->claimsOfSource(card->claim().sourceId))
                text.replace(*c.quote.start, c.quote.exact.size(), c.quote.exact);
        }
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        const Id sourceId = card->claim().sourceId;
        const QByteArray withoutText = *json::exportStore(*m_window->document()->store());
        auto summary = attachFileToSource(m_window->document(), sourceId, path);
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        QVERIFY(summary->contains(QLatin1String("in place: 9")));
        // Attaching is one undoable step: undo takes the text back, redo attaches it again.
        const QByteArray withText = *json::exportStore(*m_window->document()->store());
        QVERIFY(withText != withoutText);
        m_window->undoStack()->undo();
        QCOMPARE(*json::exportStore(*m_window->document()->store()), withoutText);
        QVERIFY(m_window->document()->store()->source(sourceId)->text.isEmpty());
        m_window->undoStack()->redo();
        QCOMPARE(*json::exportStore(*m_window->document()->store()), withText);
        QTRY_COMPARE(panel->cards().size(), 1);
        card = panel->cards().first();
        QTest::keyClick(card, Qt::Key_Return);
        QTRY_VERIFY(reader->isVisible());
        QCOMPARE(reader->browser()->toPlainText(), text);
        const auto [start, end] = reader->highlight();
        QCOMPARE(start, *card->claim().quote.start);
        QCOMPARE(text.mid(start, end - start),
                 QStringLiteral("Google's earlier $2 billion investment in Anthropic"));
        // The reader follows no link and loads nothing.
        QVERIFY(!reader->browser()->openLinks());
        QVERIFY(!reader->browser()
                     ->loadResource(QTextDocument::ImageResource,
                                    QUrl(QStringLiteral("https://example.com/x.png")))
                     .isValid());
        reader->close();
    }

    void disputesViewListsAndSelects() {
        DisputesDock *dock = m_window->disputesDock();
        QCOMPARE(dock->model()->rowCount(), 4);
        QTableView *view = dock->view();
        // Click the direction dispute.
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, DisputesModel::Disagreements).data().toString() ==
                QLatin1String("direction"))
                row = r;
        QVERIFY(row >= 0);
        const QModelIndex index = view->model()->index(row, DisputesModel::Subject);
        QVERIFY(view->model()
                    ->index(row, DisputesModel::Sides)
                    .data()
                    .toString()
                    .contains(QLatin1String("Microsoft pays Anthropic")));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        const Id azure = flowId("Anthropic", "Microsoft", FlowKind::Compute);
        QCOMPARE(m_window->selection()->flow().value_or(0), azure);
        QTRY_COMPARE(m_window->dealTable()->view()->currentIndex().row(), rowOf(azure));
        QTRY_VERIFY(
            m_window->sourcePanel()->headerText().contains(QLatin1String("Disputed: direction")));
        // Sortable by spread.
        view->sortByColumn(DisputesModel::Spread, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, DisputesModel::Spread).data().toString(),
                 QStringLiteral("$5B–$45B"));
        // Microsoft's investment: the amount, and 000's "announced plans" against 001's
        // "has finalized", each side with what it says.
        QCOMPARE(view->model()->index(0, DisputesModel::Disagreements).data().toString(),
                 QStringLiteral("amount, status"));
        const QString sides = view->model()->index(0, DisputesModel::Sides).data().toString();
        QVERIFY2(sides.contains(QLatin1String("$45B: Gnoppix")) &&
                     sides.contains(QStringLiteral("status: Announced: “Microsoft and Nvidia")) &&
                     sides.endsWith(QLatin1String(" | Completed: Gnoppix")),
                 qPrintable(sides));
    }

    void sourcesViewShowsClaimsAndCitations() {
        SourcesDock *dock = m_window->sourcesDock();
        QTRY_COMPARE(dock->model()->rowCount(), 7); // computed on a worker thread
        bool chain = false;
        for (int r = 0; r < dock->model()->rowCount(); ++r) {
            const QString title = dock->model()->index(r, SourcesModel::Title).data().toString();
            if (title.startsWith(QLatin1String("Microsoft and Nvidia Bet Big"))) {
                QCOMPARE(dock->model()->index(r, SourcesModel::Claims).data().toInt(), 13);
                QCOMPARE(dock->model()->index(r, SourcesModel::Cites).data().toString(),
                         QStringLiteral("Ars Technica"));
                chain = true;
            }
        }
        QVERIFY(chain);
    }

    void companyFocusShowsItsFigures() {
        m_window->selection()->setCompany(companyId("Amazon"));
        SourcePanel *panel = m_window->sourcePanel();
        QTRY_VERIFY(panel->headerText().contains(QLatin1String("total invested in Anthropic")));
        bool reconciled = false;
        for (QLabel *l : panel->findChildren<QLabel *>(QStringLiteral("reconciliation")))
            reconciled |= l->text().contains(QLatin1String("$8B = $4B + $4B"));
        QVERIFY(reconciled);
    }
};

QTEST_MAIN(TestProvenance)
#include "test_provenance.moc"
