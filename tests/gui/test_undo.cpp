// SPDX-License-Identifier: GPL-3.0-or-later
// Edits as undoable commands: doing then undoing leaves the file as before (byte for byte in
// its JSON export), redoing as after; invalid edits change nothing and say why.
#include "commands/claimcommand.h"
#include "commands/companyexistscommand.h"
#include "commands/mergecommand.h"
#include "commands/updatecommand.h"
#include "dialogs/amountdialog.h"
#include "dialogs/companydialog.h"
#include "dialogs/flowdialog.h"
#include "docks/sourcepanel.h"
#include "document/document.h"
#include "document/selection.h"
#include "edit/edits.h"
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "samplewindow.h"
#include "store/store.h"
#include "widgets/claimcard.h"
#include "widgets/flowfields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace ds;
using namespace ds::gui;

class TestUndo : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Document m_document;

    QByteArray snapshot() { return *json::exportStore(*m_document.store()); }
    Id company(const char *name) {
        return **m_document.store()->companyIdByName(QString::fromLatin1(name));
    }
    Claim firstClaimOfFlow(Id flow) { return m_document.store()->claimsOfFlow(flow)->front(); }

    // Pushes a command and checks do → undo → redo against snapshots.
    void roundTrip(QUndoCommand *command, const std::function<void()> &checkAfter) {
        QUndoStack stack;
        const QByteArray before = snapshot();
        stack.push(command); // redo()
        const QByteArray after = snapshot();
        QVERIFY(after != before);
        checkAfter();
        stack.undo();
        QCOMPARE(snapshot(), before);
        stack.redo();
        QCOMPARE(snapshot(), after);
        stack.undo();
        QCOMPARE(snapshot(), before);
    }

private slots:
    void initTestCase() {
        const QString path = m_dir.filePath(QStringLiteral("undo.dealscope"));
        QVERIFY(sample::writeSampleFile(path));
        QVERIFY(m_document.open(path));
        connect(&m_document, &Document::editFailed, this,
                [](const QString &message) { qInfo("edit failed: %s", qPrintable(message)); });
    }

    void claimValueRankAndDeletion() {
        const Claim claim = firstClaimOfFlow(1);
        Claim edited = claim;
        edited.money = Money::parse(QStringLiteral("$7 billion"));
        roundTrip(new ClaimCommand(&m_document, claim, edited, QStringLiteral("Change amount")),
                  [&] { QCOMPARE(firstClaimOfFlow(1).money->maxUsd.value_or(0), 7'000'000'000); });
        Claim ranked = claim;
        ranked.rank = Rank::Deprecated;
        roundTrip(new ClaimCommand(&m_document, claim, ranked, QStringLiteral("Deprecate")),
                  [&] { QCOMPARE(firstClaimOfFlow(1).rank, Rank::Deprecated); });
        const size_t claims = m_document.store()->claimsOfFlow(1)->size();
        roundTrip(new ClaimCommand(&m_document, claim, std::nullopt, QStringLiteral("Delete")),
                  [&] { QCOMPARE(m_document.store()->claimsOfFlow(1)->size(), claims - 1); });
    }

    void companyEditsMerge() {
        const Company before = *m_document.store()->company(company("Palantir"));
        Company renamed = before;
        renamed.name = QStringLiteral("Palantir Technologies");
        Company withAlias = renamed;
        withAlias.aliases = {QStringLiteral("PLTR")};
        withAlias.kind = CompanyKind::Investor;
        QUndoStack stack;
        const QByteArray original = snapshot();
        stack.push(new CompanyCommand(&m_document, before, renamed, QStringLiteral("Rename")));
        stack.push(new CompanyCommand(&m_document, renamed, withAlias, QStringLiteral("Alias")));
        QCOMPARE(stack.count(), 1); // successive edits of one company are one step
        QCOMPARE(**m_document.store()->companyIdByName(QStringLiteral("PLTR")), before.id);
        stack.undo();
        QCOMPARE(snapshot(), original);
        QCOMPARE(m_document.store()->company(before.id)->name, QStringLiteral("Palantir"));
    }

    void editsThatChangeNothingPushNothing() {
        const QByteArray original = snapshot();
        QSignalSpy changed(&m_document, &Document::changed);
        QUndoStack stack;
        const Claim claim = firstClaimOfFlow(1);
        stack.push(new ClaimCommand(&m_document, claim, claim, QStringLiteral("Same claim")));
        const Flow flow = *m_document.store()->flow(1);
        stack.push(new FlowCommand(&m_document, flow, flow, QStringLiteral("Same flow")));
        const Deal deal = *m_document.store()->deal(flow.dealId);
        stack.push(new DealCommand(&m_document, deal, deal, QStringLiteral("Same deal")));
        const Source source = *m_document.store()->source(claim.sourceId);
        stack.push(new SourceCommand(&m_document, source, source, QStringLiteral("Same source")));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(changed.count(), 0); // nothing was written, nothing reloads
        QCOMPARE(snapshot(), original);
        // A stated text that differs is a change, though the value is the same.
        Claim restated = claim;
        restated.money->stated = QStringLiteral("a different wording");
        QVERIFY(!(restated == claim));
        stack.push(new ClaimCommand(&m_document, claim, restated, QStringLiteral("Restate")));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(snapshot(), original);
    }

    void stepsBackToTheStartBecomeObsolete() {
        const QByteArray original = snapshot();
        QUndoStack stack;
        const Claim claim = firstClaimOfFlow(1);
        Claim preferred = claim;
        preferred.rank = Rank::Preferred;
        Claim deprecated = claim;
        deprecated.rank = Rank::Deprecated;
        stack.push(new ClaimCommand(&m_document, claim, preferred, QStringLiteral("Prefer"),
                                    MergeId::ClaimRank));
        stack.push(new ClaimCommand(&m_document, preferred, deprecated, QStringLiteral("Deprecate"),
                                    MergeId::ClaimRank));
        QCOMPARE(stack.count(), 1); // successive rank changes of one claim are one step
        QCOMPARE(firstClaimOfFlow(1).rank, Rank::Deprecated);
        stack.push(new ClaimCommand(&m_document, deprecated, claim, QStringLiteral("Back"),
                                    MergeId::ClaimRank));
        QCOMPARE(stack.count(), 0); // back where it started: nothing left to undo
        QCOMPARE(snapshot(), original);
        // Rank changes of another claim do not merge with these.
        const Claim other = m_document.store()->claimsOfFlow(1)->back();
        QVERIFY(other.id != claim.id);
        Claim otherPreferred = other;
        otherPreferred.rank = Rank::Preferred;
        stack.push(new ClaimCommand(&m_document, claim, preferred, QStringLiteral("Prefer"),
                                    MergeId::ClaimRank));
        stack.push(new ClaimCommand(&m_document, other, otherPreferred, QStringLiteral("Prefer"),
                                    MergeId::ClaimRank));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        stack.undo();
        QCOMPARE(snapshot(), original);
        // A company renamed and renamed back is no step either.
        const Company palantir = *m_document.store()->company(company("Palantir"));
        Company renamed = palantir;
        renamed.name = QStringLiteral("Palantir Inc.");
        stack.push(new CompanyCommand(&m_document, palantir, renamed, QStringLiteral("Rename")));
        stack.push(new CompanyCommand(&m_document, renamed, palantir, QStringLiteral("Back")));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(snapshot(), original);
    }

    void flowEdit() {
        const Flow before = *m_document.store()->flow(1);
        Flow after = before;
        after.kind = FlowKind::Loan;
        after.date = PartialDate::ofMonth(2025, 12);
        roundTrip(new FlowCommand(&m_document, before, after, QStringLiteral("Edit flow")),
                  [&] { QCOMPARE(m_document.store()->flow(1)->kind, FlowKind::Loan); });
    }

    void mergeCompaniesAndBack() {
        const Id palantir = company("Palantir");
        const Id google = company("Google");
        const size_t googleFlows =
            m_document.store()->flowsBetween(google, company("Anthropic"))->size();
        roundTrip(new MergeCommand(&m_document, palantir, google, QStringLiteral("Merge")), [&] {
            QCOMPARE(**m_document.store()->companyIdByName(QStringLiteral("Palantir")), google);
            QVERIFY(!m_document.store()->company(palantir));
            QVERIFY(m_document.store()->flowsBetween(google, company("Anthropic"))->size() >
                    googleFlows); // Palantir's partnership with Anthropic moved over
        });
        // A company with aliases comes back with them.
        roundTrip(new MergeCommand(&m_document, company("Amazon"),
                                   company("Unnamed compute providers"),
                                   QStringLiteral("Merge Amazon")),
                  [&] {
                      QCOMPARE(**m_document.store()->companyIdByName(QStringLiteral("AWS")),
                               company("Unnamed compute providers"));
                  });
        // Two companies that trade with each other cannot be merged: nothing changes.
        QSignalSpy failed(&m_document, &Document::editFailed);
        QUndoStack stack;
        const QByteArray before = snapshot();
        stack.push(new MergeCommand(&m_document, company("Microsoft"), company("Anthropic"),
                                    QStringLiteral("Bad merge")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(snapshot(), before);
    }

    void addAndDeleteCompanies() {
        Company c;
        c.name = QStringLiteral("Mistral AI");
        c.kind = CompanyKind::Lab;
        c.aliases = {QStringLiteral("Mistral")};
        auto *add = new CompanyExistsCommand(&m_document, c, true, QStringLiteral("Add"));
        roundTrip(
            add, [&] { QVERIFY(*m_document.store()->companyIdByName(QStringLiteral("Mistral"))); });
        QVERIFY(!*m_document.store()->companyIdByName(QStringLiteral("Mistral AI")));
        // A new company can be deleted again (undo brings it back with its id and aliases).
        QUndoStack stack;
        auto *added = new CompanyExistsCommand(&m_document, c, true, QStringLiteral("Add"));
        stack.push(added);
        const Company stored = *m_document.store()->company(added->companyId());
        roundTrip(new CompanyExistsCommand(&m_document, stored, false, QStringLiteral("Delete")),
                  [&] { QVERIFY(!m_document.store()->company(stored.id)); });
        stack.undo();
        // A company with flows is not deleted: nothing changes and it says why.
        QSignalSpy failed(&m_document, &Document::editFailed);
        const QByteArray before = snapshot();
        stack.push(new CompanyExistsCommand(&m_document,
                                            *m_document.store()->company(company("Nvidia")), false,
                                            QStringLiteral("Delete Nvidia")));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.front().front().toString().contains(QStringLiteral("flows or claims")));
        QCOMPARE(snapshot(), before);
    }

    void invalidEditsChangeNothing() {
        QSignalSpy failed(&m_document, &Document::editFailed);
        QUndoStack stack;
        const QByteArray before = snapshot();
        // A flow whose payer is its payee.
        Flow flow = *m_document.store()->flow(1);
        Flow same = flow;
        same.payeeId = same.payerId;
        QVERIFY(!edits::flowProblem(same).isEmpty());
        stack.push(new FlowCommand(&m_document, flow, same, QStringLiteral("Bad flow")));
        // A company named like another one, and one without a name.
        Company palantir = *m_document.store()->company(company("Palantir"));
        Company clash = palantir;
        clash.name = QStringLiteral("Microsoft");
        QVERIFY(!edits::companyProblem(*m_document.store(), clash).isEmpty());
        stack.push(new CompanyCommand(&m_document, palantir, clash, QStringLiteral("Clash")));
        Company unnamed = palantir;
        unnamed.name = QStringLiteral("  ");
        stack.push(new CompanyCommand(&m_document, palantir, unnamed, QStringLiteral("Empty")));
        Company aliasClash = palantir;
        aliasClash.aliases = {QStringLiteral("AWS")}; // Amazon's alias
        stack.push(new CompanyCommand(&m_document, palantir, aliasClash, QStringLiteral("Alias")));
        QCOMPARE(failed.count(), 4);
        QCOMPARE(stack.count(), 0); // the failed steps left the stack
        QCOMPARE(snapshot(), before);
    }

    void dialogsSayWhatIsWrong() {
        AmountDialog amount(QStringLiteral("up to $5 billion"),
                            QStringLiteral("Microsoft → Anthropic"));
        auto *ok = amount.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        amount.edit()->setText(QStringLiteral("five-ish"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(amount.message()->text().contains(QStringLiteral("five-ish")));
        amount.edit()->setText(QStringLiteral("$6B"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(amount.money()->maxUsd.value_or(0), 6'000'000'000);

        Store *store = m_document.store();
        CompanyDialog dialog(*store, *store->company(company("Google")));
        auto *okCompany = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog.nameEdit()->setText(QStringLiteral("Microsoft"));
        QVERIFY(!okCompany->isEnabled());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("Microsoft")));
        dialog.nameEdit()->setText(QStringLiteral("Alphabet"));
        dialog.aliasesEdit()->setText(QStringLiteral("Google, Google Cloud"));
        QVERIFY(okCompany->isEnabled());
        QCOMPARE(dialog.company().aliases,
                 QStringList({QStringLiteral("Google"), QStringLiteral("Google Cloud")}));
    }

    void flowDialogSaysWhatIsWrong() {
        Store *store = m_document.store();
        FlowDialog dialog(*store, *store->flow(1));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.fields()->payeeBox()->setCurrentText(dialog.fields()->payerBox()->currentText());
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("payee")));
        dialog.fields()->payeeBox()->setCurrentText(QStringLiteral("Nobody Inc"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("Nobody Inc")));
        dialog.fields()->payeeBox()->setCurrentText(QStringLiteral("Nvidia"));
        dialog.fields()->dateEdit()->setText(QStringLiteral("2025-13"));
        QVERIFY(!ok->isEnabled());
        dialog.fields()->dateEdit()->setText(QStringLiteral("2025-12~"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.flow()->payeeId, company("Nvidia"));
        QCOMPARE(dialog.flow()->date.toString(), QStringLiteral("2025-12~"));
    }

    // In the window: rank a claim from its card, undo it with Ctrl+Z, redo with Ctrl+Shift+Z.
    void rankFromTheCardAndUndo() {
        std::unique_ptr<Settings> settings;
        std::unique_ptr<MainWindow> window;
        QVERIFY(test::openSampleWindow(m_dir.filePath(QStringLiteral("window.dealscope")), settings,
                                       window, 0));
        window->selection()->setFlow(Id(1), std::nullopt);
        QTRY_VERIFY(!window->sourcePanel()->cards().isEmpty());
        ClaimCard *card = window->sourcePanel()->cards().front();
        const Id claimId = card->claim().id;
        QToolButton *edit = nullptr;
        for (QToolButton *b : card->findChildren<QToolButton *>())
            if (b->text() == QLatin1String("Edit"))
                edit = b;
        QVERIFY(edit && edit->menu());
        QAction *deprecate = nullptr;
        for (QAction *a : edit->menu()->findChildren<QAction *>())
            if (a->text() == displayName(Rank::Deprecated))
                deprecate = a;
        QVERIFY(deprecate);
        deprecate->trigger();
        QCOMPARE(window->undoStack()->count(), 1);
        QVERIFY(window->undoStack()->undoText().contains(QStringLiteral("Microsoft → Anthropic")));
        auto rankOf = [&] {
            for (const Claim &c : *window->document()->store()->claimsOfFlow(1))
                if (c.id == claimId)
                    return c.rank;
            return Rank::Normal;
        };
        QCOMPARE(rankOf(), Rank::Deprecated);
        window->activateWindow();
        QTest::keySequence(window.get(), QKeySequence::Undo);
        QCOMPARE(rankOf(), Rank::Normal);
        QTest::keySequence(window.get(), QKeySequence::Redo);
        QCOMPARE(rankOf(), Rank::Deprecated);
        window->undoStack()->undo();
    }
};

QTEST_MAIN(TestUndo)
#include "test_undo.moc"
