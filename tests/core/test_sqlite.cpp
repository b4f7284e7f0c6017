// SPDX-License-Identifier: GPL-3.0-or-later
// The RAII wrapper over SQLite's C API, on :memory:.
#include "store/batchinsert.h"
#include "store/sqlite.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ds;
using namespace ds::sql;

class TestSqlite : public QObject {
    Q_OBJECT
private slots:
    void bindAndRead() {
        auto db = Database::open(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(a INTEGER, b TEXT, c REAL, d BLOB)")));
        auto ins = Statement::prepare(*db, QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?)"));
        QVERIFY(ins);
        ins->bind(1, int64_t(1) << 40);
        ins->bind(2, QStringLiteral("Grüße, 世界"));
        ins->bind(3, 2.5);
        ins->bindBlob(4, QByteArray("\0\1\2", 3));
        QVERIFY(ins->exec());
        ins->reset();
        ins->bind(1, std::optional<int64_t>());
        ins->bind(2, QString());
        QVERIFY(ins->exec());

        auto sel =
            Statement::prepare(*db, QStringLiteral("SELECT a, b, c, d FROM t ORDER BY rowid"));
        QVERIFY(sel);
        QVERIFY(sel->next());
        QCOMPARE(sel->int64(0), int64_t(1) << 40);
        QCOMPARE(sel->text(1), QStringLiteral("Grüße, 世界"));
        QCOMPARE(sel->real(2), 2.5);
        QCOMPARE(sel->blob(3), QByteArray("\0\1\2", 3));
        QVERIFY(sel->next());
        QVERIFY(sel->isNull(0));
        QVERIFY(!sel->optInt64(0).has_value());
        QVERIFY(sel->text(1).isNull());
        QVERIFY(!sel->next());
        QVERIFY(sel->status());
    }

    void errorsAreValues() {
        auto db = Database::open(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        auto bad = Statement::prepare(*db, QStringLiteral("SELEC nonsense"));
        QVERIFY(!bad);
        QVERIFY(bad.errorMessage().contains(QLatin1String("syntax error")));
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO missing VALUES (1)")));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE u(x INTEGER NOT NULL)")));
        auto ins = Statement::prepare(*db, QStringLiteral("INSERT INTO u VALUES (?)"));
        QVERIFY(ins);
        ins->bindNull(1);
        const Status s = ins->exec();
        QVERIFY(!s);
        QVERIFY(s.errorMessage().contains(QLatin1String("NOT NULL")));
        auto missing =
            Database::open(QStringLiteral("/nonexistent/dir/x.db"), Database::Mode::ReadWrite);
        QVERIFY(!missing);
        QVERIFY(!missing.errorMessage().isEmpty());
    }

    void transactionRollsBackUnlessCommitted() {
        auto db = Database::open(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x)")));
        {
            Transaction tx(*db);
            QVERIFY(tx.begun());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        }
        QCOMPARE(*db->queryInt(QStringLiteral("SELECT count(*) FROM t")), 0);
        {
            Transaction tx(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            QVERIFY(tx.commit());
            QVERIFY(!tx.commit()); // already ended
        }
        QCOMPARE(*db->queryInt(QStringLiteral("SELECT count(*) FROM t")), 1);
    }

    void batchInsertWritesEveryRow() {
        auto db = Database::open(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(a INTEGER, b TEXT)")));
        auto batch = BatchInsert::prepare(*db, QStringLiteral("t"),
                                          {QStringLiteral("a"), QStringLiteral("b")}, 8);
        QVERIFY(batch);
        for (int i = 0; i < 21; ++i) { // two full batches and a partial one
            batch->add(int64_t(i));
            if (i % 2)
                batch->add(QByteArray::number(i));
            else
                batch->addNull();
            QVERIFY(batch->endRow());
        }
        QVERIFY(batch->flush());
        QCOMPARE(*db->queryInt(QStringLiteral("SELECT count(*) FROM t")), 21);
        QCOMPARE(*db->queryInt(QStringLiteral("SELECT sum(a) FROM t")), 210);
        QCOMPARE(*db->queryInt(QStringLiteral("SELECT count(b) FROM t")), 10);
        auto bad = BatchInsert::prepare(*db, QStringLiteral("nope"), {QStringLiteral("a")});
        QVERIFY(!bad);
    }

    void backupCopiesWhileOpen() {
        QTemporaryDir dir;
        auto db =
            Database::open(dir.filePath(QStringLiteral("a.db")), Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (42)")));
        const QString copy = dir.filePath(QStringLiteral("b.db"));
        QVERIFY(db->backupTo(copy));
        auto other = Database::open(copy, Database::Mode::ReadOnly);
        QVERIFY(other);
        QCOMPARE(*other->queryInt(QStringLiteral("SELECT x FROM t")), 42);
    }
};

QTEST_GUILESS_MAIN(TestSqlite)
#include "test_sqlite.moc"
