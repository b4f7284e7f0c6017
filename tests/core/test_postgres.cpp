// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL wrapper against a real server: the private one ./test.sh starts
// (tests/support/pgserver.sh) and names in DEALSCOPE_TEST_PG_URI. Without it the server
// cases say they skipped and why; the URI handling is tested either way.
#include "store/postgres.h"

#include <QUrl>
#include <QtTest>

using namespace ds;

class TestPostgres : public QObject {
    Q_OBJECT
    QString m_uri = qEnvironmentVariable("DEALSCOPE_TEST_PG_URI");
    std::optional<pg::Connection> m_db;

    pg::Connection &db() { return *m_db; }

private slots:
    void initTestCase() {
        if (m_uri.isEmpty())
            return;
        auto connection = pg::Connection::open(m_uri);
        QVERIFY2(connection, qPrintable(connection.errorMessage()));
        m_db.emplace(std::move(*connection));
    }

    void init() {
        const QByteArray name = QTest::currentTestFunction();
        if (!m_db && name != "passwordsAreNeverShown")
            QSKIP("No PostgreSQL server: run ./test.sh, which starts one, or set "
                  "DEALSCOPE_TEST_PG_URI to a database the tests may write to.");
    }

    void passwordsAreNeverShown() {
        QCOMPARE(pg::redactedUri(QStringLiteral("postgresql://alice:s3cret@db.example:5432/deals")),
                 QStringLiteral("postgresql://alice@db.example:5432/deals"));
        QCOMPARE(pg::redactedUri(
                     QStringLiteral("postgresql://alice@db/deals?password=s3cret&sslmode=require")),
                 QStringLiteral("postgresql://alice@db/deals?password=***&sslmode=require"));
        QCOMPARE(pg::redactedUri(QStringLiteral("host=db user=alice password='s 3cret' dbname=x")),
                 QStringLiteral("host=db user=alice password=*** dbname=x"));
        QCOMPARE(pg::redactedUri(QStringLiteral("postgresql://alice@db/deals")),
                 QStringLiteral("postgresql://alice@db/deals"));
        // Nobody listens on port 1: the message names the place, not the password.
        auto refused = pg::Connection::open(
            QStringLiteral("postgresql://alice:s3cret@127.0.0.1:1/deals?connect_timeout=5"));
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!refused.errorMessage().contains(QStringLiteral("s3cret")));
    }

    void connectsToPostgreSQL15() {
        QCOMPARE(db().serverMajorVersion(), 15);
        QVERIFY(!db().displayUri().isEmpty());
        auto missing = QUrl(m_uri);
        missing.setPath(QStringLiteral("/no_such_database"));
        missing.setPassword(QStringLiteral("s3cret"));
        auto refused = pg::Connection::open(missing.toString());
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("no_such_database")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!refused.errorMessage().contains(QStringLiteral("s3cret")));
    }

    void parametersAreBoundNeverSpliced() {
        QVERIFY(db().run(QStringLiteral(
            "DROP TABLE IF EXISTS wrapper_t; CREATE TABLE wrapper_t (id bigint, name text)")));
        const QStringList odd = {QStringLiteral("'); DROP TABLE wrapper_t; --"),
                                 QStringLiteral("北京 “quotes” \\ $1 %s"),
                                 QString(QLatin1String("")), QStringLiteral("line\nbreak\ttab")};
        for (int i = 0; i < odd.size(); ++i) {
            auto added = db().exec(QStringLiteral("INSERT INTO wrapper_t VALUES ($1, $2)"),
                                   {QString::number(i), odd[i]});
            QVERIFY2(added, qPrintable(added.errorMessage()));
            QCOMPARE(added->affected(), int64_t(1));
        }
        QVERIFY(db().exec(QStringLiteral("INSERT INTO wrapper_t VALUES ($1, $2)"),
                          {QStringLiteral("9"), std::nullopt}));
        auto rows = db().exec(QStringLiteral("SELECT id, name FROM wrapper_t ORDER BY id"));
        QVERIFY(rows);
        QCOMPARE(rows->count(), 5);
        QCOMPARE(rows->columns(), 2);
        for (int i = 0; i < odd.size(); ++i) {
            QCOMPARE(rows->int64(i, 0), int64_t(i));
            QCOMPARE(rows->text(i, 1), odd[i]);
            QVERIFY(!rows->isNull(i, 1)); // the empty text is not NULL
        }
        QVERIFY(rows->isNull(4, 1));
    }

    void errorsAreValuesAndTheConnectionGoesOn() {
        auto bad = db().exec(QStringLiteral("SELECT * FROM no_such_table"));
        QVERIFY(!bad);
        QVERIFY2(bad.errorMessage().contains(QStringLiteral("no_such_table")),
                 qPrintable(bad.errorMessage()));
        QVERIFY(!db().exec(QStringLiteral("SELECT $1::bigint"), {QStringLiteral("not a number")}));
        auto fine = db().exec(QStringLiteral("SELECT 1 + $1::int"), {QStringLiteral("41")});
        QVERIFY(fine);
        QCOMPARE(fine->int64(0, 0), int64_t(42));
    }

    void transactionsCommitOrRollBack() {
        QVERIFY(db().run(QStringLiteral(
            "DROP TABLE IF EXISTS wrapper_tx; CREATE TABLE wrapper_tx (id bigint PRIMARY KEY)")));
        auto count = [&] {
            return db().exec(QStringLiteral("SELECT count(*) FROM wrapper_tx"))->int64(0, 0);
        };
        {
            pg::Transaction tx(db());
            QVERIFY(tx.begun());
            QVERIFY(db().exec(QStringLiteral("INSERT INTO wrapper_tx VALUES (1)")));
            QCOMPARE(count(), int64_t(1));
        }
        QCOMPARE(count(), int64_t(0)); // not committed: gone
        {
            pg::Transaction tx(db());
            QVERIFY(db().exec(QStringLiteral("INSERT INTO wrapper_tx VALUES (2)")));
            QVERIFY(tx.commit());
            QVERIFY(!tx.commit());
        }
        QCOMPARE(count(), int64_t(1));
        {
            // A failed statement spoils the transaction; going out of scope rolls it back and
            // the connection is usable again.
            pg::Transaction tx(db());
            QVERIFY(db().exec(QStringLiteral("INSERT INTO wrapper_tx VALUES (3)")));
            QVERIFY(!db().exec(QStringLiteral("INSERT INTO wrapper_tx VALUES (2)")));
        }
        QCOMPARE(count(), int64_t(1));
        QVERIFY(db().run(QStringLiteral("DROP TABLE wrapper_tx; DROP TABLE wrapper_t")));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "test_postgres.moc"
