// SPDX-License-Identifier: GPL-3.0-or-later
// Adding, editing and deleting deals, flows, sources and claims from the window, as a person
// would: the Data menu, the context menus and the Delete key, dialogs that say what is wrong,
// and Ctrl+Z taking each change back exactly.
#include "commands/rowscommand.h"
#include "commands/updatecommand.h"
#include "dialogs/amountdialog.h"
#include "dialogs/claimdialog.h"
#include "dialogs/companydialog.h"
#include "dialogs/dealdialog.h"
#include "dialogs/flowdialog.h"
#include "dialogs/sourcedialog.h"
#include "docks/companydock.h"
#include "docks/sourcepanel.h"
#include "docks/sourcesdock.h"
#include "document/document.h"
#include "document/selection.h"
#include "edit/rowset.h"
#include "exchange/generator.h"
#include "exchange/jsonformat.h"
#include "ingest/anchor.h"
#include "models/companylistmodel.h"
#include "samplewindow.h"
#include "store/store.h"
#include "widgets/claimcard.h"
#include "widgets/flowfields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ds;
using namespace ds::gui;

namespace {

QPushButton *okButton(QDialog &dialog) {
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

/// Runs `fill` on the next modal dialog of type D once it is shown (the action's exec()).
template <typename D> void whenShown(const std::function<void(D *)> &fill) {
    QTimer::singleShot(0, [fill] {
        QTRY_VERIFY(qobject_cast<D *>(QApplication::activeModalWidget()));
        fill(qobject_cast<D *>(QApplication::activeModalWidget()));
    });
}

} // namespace

class TestRecords : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    Store &store() { return *m_window->document()->store(); }
    QByteArray snapshot() { return *json::exportStore(store()); }
    Id company(const char *name) { return **store().companyIdByName(QString::fromLatin1(name)); }
    int64_t count(const char *table) {
        return *store().db().queryInt(
            QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
    QAction *menuAction(const QString &menu, const QString &text) {
        for (QAction *m : m_window->menuBar()->actions())
            if (m->menu() && m->text().remove(QLatin1Char('&')) == menu)
                for (QAction *a : m->menu()->actions())
                    if (a->text().remove(QLatin1Char('&')) == text)
                        return a;
        return nullptr;
    }
    void clickFlowRow(Id flow) {
        QTableView *table = m_window->dealTable()->view();
        const int row = m_window->dealTable()->model()->rowOfFlow(flow);
        QVERIFY(row >= 0);
        table->scrollTo(table->model()->index(row, 0));
        const QRect rect = table->visualRect(table->model()->index(row, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_window->selection()->flow(), std::optional<Id>(flow));
    }

private slots:
    void init() {
        static int n = 0;
        QVERIFY(
            test::openSampleWindow(m_dir.filePath(QStringLiteral("records%1.dealscope").arg(++n)),
                                   m_settings, m_window, 0));
    }
    void cleanup() {
        m_window.reset();
        m_settings.reset();
    }

    void dealDialogSaysWhatIsWrong() {
        Flow first;
        DealDialog dialog(store(), Deal{}, first);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("title")));
        dialog.titleEdit()->setText(QStringLiteral("Nvidia invests in Anthropic"));
        QVERIFY(!okButton(dialog)->isEnabled()); // no payer or payee yet
        dialog.flowFields()->payerBox()->setCurrentText(QStringLiteral("Nvidia"));
        dialog.flowFields()->payeeBox()->setCurrentText(QStringLiteral("Anthropic"));
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.announcedEdit()->setText(QStringLiteral("2025-02-30"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("2025-02-30")));
        dialog.announcedEdit()->setText(QStringLiteral("2025-11~"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.deal()->announced.toString(), QStringLiteral("2025-11~"));
        QCOMPARE(dialog.firstFlow()->payerId, company("Nvidia"));
    }

    void sourceDialogSaysWhatIsWrong() {
        SourceDialog dialog(Source{});
        QVERIFY(!okButton(dialog)->isEnabled()); // neither a title nor a publisher
        dialog.publisherEdit()->setText(QStringLiteral("The Information"));
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.findChildren<QLineEdit *>()[3]->setText(QStringLiteral("not a url"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("not a url")));
        dialog.findChildren<QLineEdit *>()[3]->setText(QStringLiteral("https://example.com/x"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.source()->kind, QStringLiteral("news"));
    }

    void claimDialogSaysWhatIsWrong() {
        QVERIFY(ingest::attachText(store(), 7,
                                   QStringLiteral("Microsoft will invest up to $5 billion in "
                                                  "Anthropic, the companies said.")));
        Claim claim;
        claim.flowId = 1;
        ClaimDialog dialog(store(), claim, QStringLiteral("Microsoft → Anthropic"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("source")));
        dialog.sourceBox()->setCurrentIndex(6); // the seventh source: id 7
        dialog.amountEdit()->setText(QStringLiteral("five-ish"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("five-ish")));
        dialog.amountEdit()->setText(QStringLiteral("up to $5 billion"));
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.quoteEdit()->setPlainText(QStringLiteral("Microsoft will invest ten dollars"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("quote")));
        dialog.quoteEdit()->setPlainText(QStringLiteral("Microsoft will invest up to $5 billion"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.claim()->sourceId, Id(7));
        QCOMPARE(dialog.claim()->money->maxUsd.value_or(0), int64_t(5'000'000'000));
        // Who the source says pays whom (a direction dispute): known companies, not the same.
        QVERIFY(!dialog.claim()->statedPayerId.has_value());
        dialog.statedPayerBox()->setCurrentText(QStringLiteral("Anthropic"));
        dialog.statedPayeeBox()->setCurrentText(QStringLiteral("Anthropic"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("itself")));
        dialog.statedPayeeBox()->setCurrentText(QStringLiteral("Nobody Inc"));
        QVERIFY(dialog.message()->text().contains(QStringLiteral("Nobody Inc")));
        dialog.statedPayeeBox()->setCurrentText(QStringLiteral("Microsoft"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.claim()->statedPayerId, std::optional<Id>(company("Anthropic")));
        QCOMPARE(dialog.claim()->statedPayeeId, std::optional<Id>(company("Microsoft")));
    }

    // Delete on a row of the deal table deletes its flow; Ctrl+Z puts it back exactly.
    void deleteKeyOnTheTableAndUndo() {
        const QByteArray before = snapshot();
        const int64_t flows = count("flows");
        clickFlowRow(1);
        QTest::keyClick(m_window->dealTable()->view(), Qt::Key_Delete);
        QCOMPARE(count("flows"), flows - 1);
        QVERIFY(!store().flow(1));
        QVERIFY(
            m_window->undoStack()->undoText().contains(QStringLiteral("Microsoft → Anthropic")));
        QTRY_COMPARE(m_window->dealTable()->model()->rowOfFlow(1), -1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Ctrl+Z")));
        m_window->activateWindow();
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Undone")));
        QCOMPARE(snapshot(), before);
        QTRY_VERIFY(m_window->dealTable()->model()->rowOfFlow(1) >= 0);
    }

    // Data › New Deal… with its first flow; the new flow is selected; undo removes both.
    void newDealFromTheMenu() {
        const QByteArray before = snapshot();
        QAction *newDeal = menuAction(QStringLiteral("Data"), QStringLiteral("New Deal…"));
        QVERIFY(newDeal && newDeal->isEnabled());
        whenShown<DealDialog>([this](DealDialog *dialog) {
            dialog->titleEdit()->setText(QStringLiteral("Nvidia backs Mistral"));
            dialog->flowFields()->payerBox()->setCurrentText(QStringLiteral("Nvidia"));
            dialog->flowFields()->payeeBox()->setCurrentText(QStringLiteral("Anthropic"));
            dialog->flowFields()->dateEdit()->setText(QStringLiteral("2026-01"));
            QVERIFY(okButton(*dialog)->isEnabled());
            okButton(*dialog)->click();
        });
        newDeal->trigger();
        const auto flow = m_window->selection()->flow();
        QVERIFY(flow);
        QCOMPARE(store().deal(*m_window->selection()->deal())->title,
                 QStringLiteral("Nvidia backs Mistral"));
        QCOMPARE(store().flow(*flow)->payerId, company("Nvidia"));
        QTRY_VERIFY(m_window->dealTable()->model()->rowOfFlow(*flow) >= 0);
        m_window->undoStack()->undo();
        QCOMPARE(snapshot(), before);
        m_window->undoStack()->redo();
        QVERIFY(store().flow(*flow)); // again, with the same id
    }

    // Edit Selected Deal and Add Flow to Selected Deal act on the deal of the selected flow.
    void editDealAndAddAFlow() {
        clickFlowRow(1);
        const Id deal = *m_window->selection()->deal();
        whenShown<DealDialog>([](DealDialog *dialog) {
            QVERIFY(!dialog->flowFields()); // editing: no first flow
            dialog->statusBox()->setCurrentIndex(
                dialog->statusBox()->findData(int(DealStatus::Cancelled)));
            okButton(*dialog)->click();
        });
        menuAction(QStringLiteral("Data"), QStringLiteral("Edit Selected Deal…"))->trigger();
        QCOMPARE(store().deal(deal)->status, DealStatus::Cancelled);
        const size_t flows = store().flowsOfDeal(deal)->size();
        whenShown<FlowDialog>([](FlowDialog *dialog) {
            dialog->fields()->payerBox()->setCurrentText(QStringLiteral("Google"));
            dialog->fields()->payeeBox()->setCurrentText(QStringLiteral("Anthropic"));
            okButton(*dialog)->click();
        });
        menuAction(QStringLiteral("Data"), QStringLiteral("Add Flow to Selected Deal…"))->trigger();
        QCOMPARE(store().flowsOfDeal(deal)->size(), flows + 1);
        QCOMPARE(m_window->undoStack()->count(), 2);
        QVERIFY(m_window->undoStack()->undoText().contains(QStringLiteral("Google → Anthropic")));
    }

    // Add Claim to Selected Flow: the claim shows as a card in the source panel.
    void addAClaimByHand() {
        clickFlowRow(1);
        QTRY_VERIFY(!m_window->sourcePanel()->cards().isEmpty());
        const qsizetype cards = m_window->sourcePanel()->cards().size();
        whenShown<ClaimDialog>([](ClaimDialog *dialog) {
            dialog->sourceBox()->setCurrentIndex(0);
            dialog->amountEdit()->setText(QStringLiteral("$4.5 billion"));
            okButton(*dialog)->click();
        });
        menuAction(QStringLiteral("Data"), QStringLiteral("Add Claim to Selected Flow…"))
            ->trigger();
        QTRY_COMPARE(m_window->sourcePanel()->cards().size(), cards + 1);
        m_window->undoStack()->undo();
        QTRY_COMPARE(m_window->sourcePanel()->cards().size(), cards);
    }

    // A claim may say what stage the deal is at: the card shows it, the figure weighs it.
    void aClaimStatesTheStatus() {
        const Id amazon = company("Amazon");
        {
            Claim claim;
            claim.companyId = amazon;
            ClaimDialog dialog(store(), claim, QStringLiteral("Amazon"));
            QVERIFY(!dialog.statedStatusBox()->isVisibleTo(&dialog)); // a company has no status
        }
        clickFlowRow(2); // Nvidia → Anthropic: one claim, no status stated
        QTRY_VERIFY(!m_window->sourcePanel()->cards().isEmpty());
        whenShown<ClaimDialog>([](ClaimDialog *dialog) {
            QVERIFY(dialog->statedStatusBox()->isVisibleTo(dialog));
            QCOMPARE(dialog->statedStatusBox()->currentData().toInt(), -1); // not stated
            dialog->sourceBox()->setCurrentIndex(0);
            dialog->attributeBox()->setCurrentIndex(
                dialog->attributeBox()->findData(int(ClaimAttribute::Existence)));
            dialog->statedStatusBox()->setCurrentIndex(
                dialog->statedStatusBox()->findData(int(DealStatus::Cancelled)));
            okButton(*dialog)->click();
        });
        menuAction(QStringLiteral("Data"), QStringLiteral("Add Claim to Selected Flow…"))
            ->trigger();
        QCOMPARE(store().claimsOfFlow(2)->back().statedStatus,
                 std::optional(DealStatus::Cancelled));
        QTRY_VERIFY([&] {
            for (ClaimCard *card : m_window->sourcePanel()->cards())
                for (QLabel *l : card->findChildren<QLabel *>())
                    if (l->text().contains(QStringLiteral("status: Cancelled")))
                        return true;
            return false;
        }());
        m_window->undoStack()->undo();
        QVERIFY(!store().claimsOfFlow(2)->back().statedStatus);
    }

    // Edit Claim… on a card: the dialog shows the claim; a changed stance is one undoable step.
    void editAClaimFromItsCard() {
        const QByteArray before = snapshot();
        const Claim claim = store().claimsOfFlow(1)->front();
        {
            ClaimDialog dialog(store(), claim, QStringLiteral("flow"));
            QVERIFY(okButton(dialog)->isEnabled()); // as it stands, it is valid
            QCOMPARE(dialog.amountEdit()->text(), claim.money->stated);
            QCOMPARE(dialog.quoteEdit()->toPlainText(), claim.quote.exact);
            QCOMPARE(dialog.claim()->quote.prefix, claim.quote.prefix); // kept when unchanged
        }
        clickFlowRow(1);
        QTRY_VERIFY(!m_window->sourcePanel()->cards().isEmpty());
        whenShown<ClaimDialog>([](ClaimDialog *dialog) {
            dialog->stanceBox()->setCurrentIndex(
                dialog->stanceBox()->findData(int(Stance::Contradicts)));
            okButton(*dialog)->click();
        });
        // As a person would: the card's Edit menu › Edit Claim….
        QAction *editClaim = nullptr;
        for (ClaimCard *card : m_window->sourcePanel()->cards())
            if (card->claim().id == claim.id)
                for (QAction *a : card->findChildren<QAction *>())
                    if (a->text() == QStringLiteral("Edit &Claim…"))
                        editClaim = a;
        QVERIFY(editClaim && editClaim->isEnabled());
        editClaim->trigger();
        Claim stored;
        for (const Claim &c : *store().claimsOfFlow(1))
            if (c.id == claim.id)
                stored = c;
        QCOMPARE(stored.stance, Stance::Contradicts);
        QVERIFY(
            m_window->undoStack()->undoText().contains(QStringLiteral("Microsoft → Anthropic")));
        m_window->undoStack()->undo();
        QCOMPARE(snapshot(), before);
    }

    // Claims about a company (a stake, with the company held) and a deal's headline total.
    void companyAndDealClaims() {
        const Id amazon = company("Amazon");
        m_window->selection()->setCompany(amazon);
        {
            Claim claim;
            claim.companyId = amazon;
            ClaimDialog dialog(store(), claim, QStringLiteral("Amazon"));
            dialog.sourceBox()->setCurrentIndex(0);
            dialog.attributeBox()->setCurrentIndex(
                dialog.attributeBox()->findData(int(ClaimAttribute::Stake)));
            QVERIFY(dialog.percentEdit()->isVisibleTo(&dialog));
            QVERIFY(!dialog.amountEdit()->isVisibleTo(&dialog));
            dialog.percentEdit()->setText(QStringLiteral("a lot"));
            QVERIFY(dialog.message()->text().contains(QStringLiteral("a lot")));
            dialog.percentEdit()->setText(QStringLiteral("140"));
            QVERIFY(!okButton(dialog)->isEnabled());
            dialog.percentEdit()->setText(QStringLiteral("14.5 %"));
            QVERIFY(okButton(dialog)->isEnabled());
            dialog.counterpartyBox()->setCurrentText(QStringLiteral("Nobody Inc"));
            QVERIFY(dialog.message()->text().contains(QStringLiteral("Nobody Inc")));
            dialog.counterpartyBox()->setCurrentText(QStringLiteral("Amazon"));
            QVERIFY(dialog.message()->text().contains(QStringLiteral("itself")));
        }
        const size_t before = store().claimsOfCompany(amazon)->size();
        whenShown<ClaimDialog>([](ClaimDialog *dialog) {
            dialog->sourceBox()->setCurrentIndex(0);
            dialog->attributeBox()->setCurrentIndex(
                dialog->attributeBox()->findData(int(ClaimAttribute::Stake)));
            dialog->percentEdit()->setText(QStringLiteral("14.5"));
            dialog->counterpartyBox()->setCurrentText(QStringLiteral("Anthropic"));
            okButton(*dialog)->click();
        });
        menuAction(QStringLiteral("Data"), QStringLiteral("Add Claim about Focused Company…"))
            ->trigger();
        const auto claims = *store().claimsOfCompany(amazon);
        QCOMPARE(claims.size(), before + 1);
        QCOMPARE(claims.back().percent.value_or(0), 14.5);
        QCOMPARE(claims.back().counterpartyId, std::optional<Id>(company("Anthropic")));
        QTRY_VERIFY(m_window->sourcePanel()->findChild<QLabel *>() && [&] {
            for (QLabel *l : m_window->sourcePanel()->findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("stake in Anthropic")))
                    return true;
            return false;
        }());

        m_window->selection()->setCompany(std::nullopt); // the table shows every flow again
        QTRY_VERIFY(m_window->dealTable()->model()->rowOfFlow(1) >= 0);
        clickFlowRow(1);
        const Id deal = store().flow(1)->dealId;
        const size_t totals = store().claimsOfDeal(deal)->size();
        whenShown<ClaimDialog>([](ClaimDialog *dialog) {
            QCOMPARE(dialog->attributeBox()->count(), 1); // a deal states its total
            dialog->sourceBox()->setCurrentIndex(0);
            dialog->amountEdit()->setText(QStringLiteral("$50 billion"));
            okButton(*dialog)->click();
        });
        menuAction(QStringLiteral("Data"), QStringLiteral("Add Headline Total to Selected Deal…"))
            ->trigger();
        QCOMPARE(store().claimsOfDeal(deal)->size(), totals + 1);
        QCOMPARE(store().claimsOfDeal(deal)->back().attribute, ClaimAttribute::Total);
    }

    // An addition that cannot be written changes nothing, says why, leaves the stack and is
    // not asked for what it added.
    void failedAdditionLeavesNoTrace() {
        const QByteArray before = snapshot();
        QSignalSpy failed(m_window->document(), &Document::editFailed);
        Flow bad;
        bad.dealId = 9999; // no such deal
        bad.payerId = company("Nvidia");
        bad.payeeId = company("Anthropic");
        auto *command = new RowsCommand(
            m_window->document(), RowsCommand::Change::Add,
            [bad](Store &s) { return edits::addFlow(s, bad); }, QStringLiteral("bad"));
        bool told = false;
        command->onFirstDone([&told](const edits::RowSet &) { told = true; });
        QString said;
        whenShown<QMessageBox>([&said](QMessageBox *box) { // the window says why
            said = box->informativeText() + box->text();
            box->accept();
        });
        m_window->undoStack()->push(command); // deleted by the stack
        QCOMPARE(failed.count(), 1);
        QVERIFY2(said.contains(QStringLiteral("deal")), qPrintable(said));
        QVERIFY(!told);
        QCOMPARE(m_window->undoStack()->count(), 0);
        QCOMPARE(snapshot(), before);
    }

    // Views reload only what an edit changed: a deal's status leaves the company list alone, a
    // company's new alias reloads it.
    void viewsReloadWhatChanged() {
        auto *companies = qobject_cast<CompanyListModel *>(
            qobject_cast<QSortFilterProxyModel *>(m_window->companyDock()->view()->model())
                ->sourceModel());
        QVERIFY(companies);
        QSignalSpy reloaded(companies, &CompanyListModel::loaded);
        QSignalSpy changed(m_window->document(), &Document::changed);
        Deal deal = *store().deal(1);
        Deal cancelled = deal;
        cancelled.status = DealStatus::Cancelled;
        m_window->undoStack()->push(
            new DealCommand(m_window->document(), deal, cancelled, QStringLiteral("cancel")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.front().front().value<Document::Changes>(),
                 Document::Changes(Document::Change::Deals));
        QCOMPARE(reloaded.count(), 0);
        Company amazon = *store().company(company("Amazon"));
        Company aliased = amazon;
        aliased.aliases << QStringLiteral("Amazon.com Inc");
        m_window->undoStack()->push(
            new CompanyCommand(m_window->document(), amazon, aliased, QStringLiteral("alias")));
        QCOMPARE(reloaded.count(), 1);
    }

    // A large file's company list loads on a worker thread: an edit does not wait for it, and
    // the focused company is selected in the list again once it is back.
    void largeCompanyListLoadsInTheBackground() {
        const QString path = m_dir.filePath(QStringLiteral("large.dealscope"));
        {
            auto created = Store::open(path, Store::OpenMode::CreateNew);
            QVERIFY(created);
            gen::Options options;
            options.deals = 3000;
            options.companies = CompanyListModel::kSyncLimit + 500;
            QVERIFY(gen::generate(*created, options));
        }
        QVERIFY(m_window->openFile(path, true));
        auto *list = m_window->companyDock()->view();
        QTRY_COMPARE(list->model()->rowCount(), int(CompanyListModel::kSyncLimit + 500));
        const Id focused = store().flow(1)->payerId;
        m_window->selection()->setCompany(focused);
        QTRY_COMPARE(list->currentIndex().data(CompanyListModel::CompanyIdRole).toLongLong(),
                     focused);
        Deal deal = *store().deal(1);
        Deal renamed = deal;
        renamed.title = QStringLiteral("Renamed while the list reloads");
        m_window->undoStack()->push(
            new DealCommand(m_window->document(), deal, renamed, QStringLiteral("rename")));
        QCOMPARE(store().deal(1)->title, renamed.title);
        QTRY_COMPARE(list->currentIndex().data(CompanyListModel::CompanyIdRole).toLongLong(),
                     focused);
    }

    // The sources list: choosing a row selects the source; edit it, then delete it with its
    // claims, and undo both.
    void sourcesFromTheList() {
        const QByteArray before = snapshot();
        SourcesDock *dock = m_window->sourcesDock();
        QTRY_VERIFY(dock->view()->model()->rowCount() > 0);
        dock->show();
        dock->raise();
        QTableView *view = dock->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(0, 0)).center());
        const auto source = m_window->selection()->source();
        QVERIFY(source);
        whenShown<SourceDialog>([](SourceDialog *dialog) {
            dialog->titleEdit()->setText(QStringLiteral("Renamed source"));
            okButton(*dialog)->click();
        });
        menuAction(QStringLiteral("Data"), QStringLiteral("Edit Selected Source…"))->trigger();
        QCOMPARE(store().source(*source)->title, QStringLiteral("Renamed source"));
        const int64_t claims = count("claims");
        const int64_t ofSource = int64_t(store().claimsOfSource(*source)->size());
        QVERIFY(ofSource > 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(0, 0)).center());
        QCOMPARE(m_window->selection()->source(), source);
        QApplication::setActiveWindow(m_window.get()); // back from the dialog
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!store().source(*source));
        QCOMPARE(count("claims"), claims - ofSource);
        m_window->undoStack()->undo();
        m_window->undoStack()->undo();
        QCOMPARE(snapshot(), before);
    }

    // New Source adds a source without text; it can then back a claim.
    void newSourceWithoutText() {
        const int64_t sources = count("sources");
        whenShown<SourceDialog>([](SourceDialog *dialog) {
            dialog->titleEdit()->setText(QStringLiteral("Interview on a podcast"));
            dialog->publisherEdit()->setText(QStringLiteral("Hard Fork"));
            dialog->publishedEdit()->setText(QStringLiteral("2025-12-01"));
            okButton(*dialog)->click();
        });
        menuAction(QStringLiteral("Data"), QStringLiteral("New Source…"))->trigger();
        QCOMPARE(count("sources"), sources + 1);
        const auto source = m_window->selection()->source();
        QVERIFY(source);
        QCOMPARE(store().source(*source)->publisher, QStringLiteral("Hard Fork"));
        QTRY_COMPARE(m_window->sourcesDock()->view()->model()->rowCount(), int(sources + 1));
    }
};

QTEST_MAIN(TestRecords)
#include "test_records.moc"
