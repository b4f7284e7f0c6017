// SPDX-License-Identifier: GPL-3.0-or-later
// Integrity and consistency checks find each kind of problem.
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "store/checks.h"

#include <QtTest>

using namespace ds;

namespace {
bool reports(const std::vector<Problem> &problems, const QString &needle,
             Problem::Severity severity) {
    for (const Problem &p : problems)
        if (p.severity == severity && p.message.contains(needle))
            return true;
    return false;
}
} // namespace

class TestChecks : public QObject {
    Q_OBJECT
private slots:
    void sampleIsClean() {
        auto store = Store::openMemory();
        QVERIFY(json::importDocument(*store, sample::sampleJson()));
        auto problems = runChecks(*store);
        QVERIFY(problems);
        QVERIFY(problems->empty());
    }

    void findsEachProblem() {
        auto store = Store::openMemory();
        QVERIFY(json::importDocument(*store, sample::sampleJson()));
        auto &db = store->db();
        // A text for article 004 shorter than its quotes, and one quote that no longer matches.
        QVERIFY(db.exec(
            QStringLiteral("UPDATE sources SET text = 'Amazon is doubling down.' WHERE key = "
                           "'004_c59069aa7d92adf6'")));
        QVERIFY(
            db.exec(QStringLiteral("UPDATE sources SET text = printf('%.3000c', 'x') WHERE key = "
                                   "'003_91fc265b0cfb669c'")));
        // A dangling reference, written behind the foreign keys' back.
        QVERIFY(db.exec(QStringLiteral("PRAGMA foreign_keys = OFF; "
                                       "UPDATE flows SET payee_id = 999 WHERE id = 1; "
                                       "PRAGMA foreign_keys = ON")));
        QVERIFY(db.exec(QStringLiteral("UPDATE claims SET usd_min = 9, usd_max = 1 WHERE id = 1")));
        QVERIFY(db.exec(
            QStringLiteral("UPDATE sources SET cites_id = (SELECT id FROM sources WHERE key = "
                           "'000_3d48807f31588108') WHERE key = 'ars-technica-2025-11'")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO deals(title, status) VALUES ('Empty', "
                                       "'rumoured')")));
        auto problems = runChecks(*store);
        QVERIFY(problems);
        using S = Problem::Severity;
        QVERIFY(reports(*problems, QStringLiteral("past the end"), S::Error));
        QVERIFY(reports(*problems, QStringLiteral("does not match"), S::Error));
        QVERIFY(reports(*problems, QStringLiteral("missing row in companies"), S::Error));
        QVERIFY(reports(*problems, QStringLiteral("minimum amount exceeds"), S::Error));
        QVERIFY(reports(*problems, QStringLiteral("citation loop"), S::Warning));
        QVERIFY(reports(*problems, QStringLiteral("neither flows nor claims"), S::Warning));
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "test_checks.moc"
