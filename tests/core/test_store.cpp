// SPDX-License-Identifier: GPL-3.0-or-later
// The store: opening (and refusing) files, migrations, constraints, typed reads and writes.
#include "exchange/sample.h"
#include "store/schema.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ds;

namespace {

QByteArray fileHash(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    /// A complete sample file, closed and checkpointed (a single file on disk).
    QString samplePath(const char *name) {
        const QString p = path(name);
        if (!QFile::exists(p)) {
            if (Status s = sample::writeSampleFile(p); !s)
                qFatal("%s", qPrintable(s.errorMessage()));
        }
        return p;
    }

private slots:
    // A file of format 1 (before imported articles were looked up by their text's hash) is
    // upgraded in place on open.
    void upgradesFormat1() {
        const QString p = path("format1.dealscope");
        {
            auto store = Store::open(p, Store::OpenMode::CreateNew);
            QVERIFY(store);
            QVERIFY(store->db().exec(
                QStringLiteral("DROP INDEX sources_text_hash; PRAGMA user_version = 1;")));
        }
        auto store = Store::open(p);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QCOMPARE(*store->db().queryInt(QStringLiteral("PRAGMA user_version")),
                 schema::kCurrentVersion);
        QCOMPARE(*store->db().queryInt(QStringLiteral(
                     "SELECT count(*) FROM sqlite_master WHERE name = 'sources_text_hash'")),
                 1);
    }

    // A file of format 3 (before sources kept their language) gains the column on open, keeps
    // its sources, and then stores the language.
    void upgradesFormat3() {
        const QString p = path("format3.dealscope");
        {
            auto store = Store::open(p, Store::OpenMode::CreateNew);
            QVERIFY(store);
            Source s;
            s.key = QStringLiteral("old");
            s.title = QStringLiteral("Written by format 3");
            QVERIFY(store->addSource(s));
            QVERIFY(store->db().exec(QStringLiteral(
                "ALTER TABLE sources DROP COLUMN language; PRAGMA user_version = 3;")));
        }
        auto store = Store::open(p);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QCOMPARE(*store->db().queryInt(QStringLiteral("PRAGMA user_version")),
                 schema::kCurrentVersion);
        auto sources = store->sources();
        QVERIFY(sources && sources->size() == 1);
        QCOMPARE(sources->front().title, QStringLiteral("Written by format 3"));
        QVERIFY(sources->front().language.isEmpty());
        Source s;
        s.key = QStringLiteral("new");
        s.language = QStringLiteral("de-CH");
        const Id id = *store->addSource(s);
        QCOMPARE(store->source(id)->language, QStringLiteral("de-CH"));
    }

    // A file of format 4 (before claims could state a deal's status) gains the column on open,
    // keeps its claims, and then stores what a source says of the status.
    void upgradesFormat4() {
        const QString p = path("format4.dealscope");
        Claim claim;
        {
            auto store = Store::open(p, Store::OpenMode::CreateNew);
            QVERIFY(store);
            Source s;
            s.key = QStringLiteral("old");
            s.title = QStringLiteral("Written by format 4");
            claim.sourceId = *store->addSource(s);
            Company a, b;
            a.name = QStringLiteral("A");
            b.name = QStringLiteral("B");
            Deal deal;
            deal.title = QStringLiteral("A → B");
            Flow f;
            f.dealId = *store->addDeal(deal);
            f.payerId = *store->addCompany(a);
            f.payeeId = *store->addCompany(b);
            claim.flowId = *store->addFlow(f);
            claim.attribute = ClaimAttribute::Existence;
            QVERIFY(store->addClaim(claim));
            QVERIFY(store->db().exec(QStringLiteral(
                "ALTER TABLE claims DROP COLUMN stated_status; PRAGMA user_version = 4;")));
        }
        auto store = Store::open(p);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QCOMPARE(*store->db().queryInt(QStringLiteral("PRAGMA user_version")),
                 schema::kCurrentVersion);
        auto claims = store->claimsOfFlow(*claim.flowId);
        QVERIFY(claims && claims->size() == 1);
        QVERIFY(!claims->front().statedStatus);
        claim.statedStatus = DealStatus::Completed;
        QVERIFY(store->addClaim(claim));
        claims = store->claimsOfFlow(*claim.flowId);
        QVERIFY(claims && claims->size() == 2);
        QCOMPARE(claims->back().statedStatus, std::optional(DealStatus::Completed));
        // The column admits only the statuses.
        QVERIFY(!store->db().exec(QStringLiteral("UPDATE claims SET stated_status = 'maybe'")));
    }

    void createsANewFile() {
        const QString p = path("new.dealscope");
        auto store = Store::open(p, Store::OpenMode::CreateNew);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QCOMPARE(*store->db().queryInt(QStringLiteral("PRAGMA user_version")),
                 schema::kCurrentVersion);
        QCOMPARE(*store->db().queryInt(QStringLiteral("PRAGMA application_id")),
                 schema::kApplicationId);
        QCOMPARE(*store->db().queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
        auto mode = sql::Statement::prepare(store->db(), QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
        QCOMPARE(store->counts()->deals, 0);
        auto again = Store::open(p, Store::OpenMode::CreateNew);
        QVERIFY(!again);
        QVERIFY(again.errorMessage().contains(QLatin1String("already exists")));
    }

    void refusesMissingAndEmptyFiles() {
        auto missing = Store::open(path("missing.dealscope"));
        QVERIFY(!missing);
        QVERIFY(missing.errorMessage().contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(path("missing.dealscope")));
        writeBytes(path("empty.dealscope"), {});
        auto empty = Store::open(path("empty.dealscope"));
        QVERIFY(!empty);
        QCOMPARE(QFileInfo(path("empty.dealscope")).size(), 0);
        QVERIFY(!Store::open(m_dir.path()));
    }

    void refusesNonSqliteFilesUntouched() {
        const QString p = path("text.dealscope");
        writeBytes(p, QByteArray("Microsoft and Nvidia Bet Big on Anthropic\n").repeated(100));
        const QByteArray before = fileHash(p);
        auto store = Store::open(p);
        QVERIFY(!store);
        QVERIFY(store.errorMessage().contains(QLatin1String("not an SQLite database")));
        QCOMPARE(fileHash(p), before);
        QVERIFY(!QFile::exists(p + QStringLiteral("-wal")));

        const QString binary = path("binary.dealscope");
        QByteArray noise(8192, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) & 0xff);
        writeBytes(binary, noise);
        QVERIFY(!Store::open(binary));
    }

    // An SQLite file with no tables but damaged pages (found by fuzz_header): the failed
    // upgrade leaves it byte for byte as it was (it was once turned to WAL mode first).
    void refusesMalformedFileUntouched() {
        const QString p = path("malformed.dealscope");
        QVERIFY(QFile::copy(
            QStringLiteral(DEALSCOPE_SOURCE_DIR
                           "/tests/fixtures/databases/malformed-empty-schema.dealscope"),
            p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileHash(p);
        auto store = Store::open(p);
        QVERIFY(!store);
        QVERIFY2(store.errorMessage().contains(QLatin1String("malformed")),
                 qPrintable(store.errorMessage()));
        QCOMPARE(fileHash(p), before);
        QVERIFY(!QFile::exists(p + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(p + QStringLiteral("-journal")));
    }

    void refusesTruncatedFilesUntouched() {
        const QString full = samplePath("full.dealscope");
        QFile source(full);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QVERIFY(bytes.size() > 8192);

        const QString half = path("half.dealscope");
        writeBytes(half, bytes.left(bytes.size() / 2 / 4096 * 4096));
        const QByteArray before = fileHash(half);
        auto store = Store::open(half);
        QVERIFY(!store);
        QVERIFY2(store.errorMessage().contains(QLatin1String("truncated")),
                 qPrintable(store.errorMessage()));
        QCOMPARE(fileHash(half), before);

        const QString ragged = path("ragged.dealscope");
        writeBytes(ragged, bytes.left(5000));
        QVERIFY(!Store::open(ragged));

        const QString header = path("header.dealscope");
        writeBytes(header, bytes.left(50));
        auto h = Store::open(header);
        QVERIFY(!h);
        QVERIFY(h.errorMessage().contains(QLatin1String("truncated")));
    }

    void refusesCorruptFilesUntouched() {
        const QString full = samplePath("full2.dealscope");
        QFile source(full);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        // Overwrite the schema page's content (page 1 after the 100-byte header).
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(0xA5);
        const QString p = path("corrupt.dealscope");
        writeBytes(p, bytes);
        const QByteArray before = fileHash(p);
        auto store = Store::open(p);
        QVERIFY(!store);
        QVERIFY2(store.errorMessage().contains(QLatin1String("damaged")),
                 qPrintable(store.errorMessage()));
        QCOMPARE(fileHash(p), before);
    }

    void refusesNewerAndForeignFilesUntouched() {
        const QString newer = path("newer.dealscope");
        {
            auto db = sql::Database::open(newer, sql::Database::Mode::ReadWriteCreate);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE future(x); PRAGMA user_version = 99; "
                                            "PRAGMA application_id = %1")
                                 .arg(schema::kApplicationId)));
        }
        const QByteArray before = fileHash(newer);
        auto store = Store::open(newer);
        QVERIFY(!store);
        QVERIFY(store.errorMessage().contains(QLatin1String("newer version")));
        QCOMPARE(fileHash(newer), before);

        const QString foreign = path("foreign.sqlite");
        {
            auto db = sql::Database::open(foreign, sql::Database::Mode::ReadWriteCreate);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE photos(id, path)")));
        }
        const QByteArray foreignBefore = fileHash(foreign);
        auto other = Store::open(foreign);
        QVERIFY(!other);
        QVERIFY(other.errorMessage().contains(QLatin1String("not a DealScope file")));
        QCOMPARE(fileHash(foreign), foreignBefore);

        const QString app = path("app.sqlite");
        {
            auto db = sql::Database::open(app, sql::Database::Mode::ReadWriteCreate);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("PRAGMA application_id = 1234")));
        }
        QVERIFY(!Store::open(app));
    }

    void migrationsRunInOneTransaction() {
        auto db =
            sql::Database::open(QStringLiteral(":memory:"), sql::Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        const std::vector<schema::Migration> broken = {
            {1, QStringLiteral("CREATE TABLE a(x);")},
            {2, QStringLiteral("CREATE TABLE b(y); THIS IS NOT SQL;")},
        };
        const Status failed = schema::migrate(*db, broken);
        QVERIFY(!failed);
        QVERIFY(failed.errorMessage().contains(QLatin1String("format 2")));
        QCOMPARE(*db->queryInt(QStringLiteral("PRAGMA user_version")), 0);
        QCOMPARE(*db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")), 0);

        const std::vector<schema::Migration> good = {
            {1, QStringLiteral("CREATE TABLE a(x);")},
            {2, QStringLiteral("ALTER TABLE a ADD COLUMN y;")},
        };
        QVERIFY(schema::migrate(*db, {good[0]}));
        QCOMPARE(*db->queryInt(QStringLiteral("PRAGMA user_version")), 1);
        QVERIFY(schema::migrate(*db, good)); // from 1 to 2 only
        QCOMPARE(*db->queryInt(QStringLiteral("PRAGMA user_version")), 2);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO a(x, y) VALUES (1, 2)")));
        QVERIFY(schema::migrate(*db, good)); // nothing to do
        const Status tooNew = schema::migrate(*db, {good[0]});
        QVERIFY(!tooNew);
        QVERIFY(tooNew.errorMessage().contains(QLatin1String("newer version")));
    }

    void enforcesTheModel() {
        auto store = Store::openMemory();
        QVERIFY(store);
        Company a{0,
                  QStringLiteral("Amazon"),
                  CompanyKind::Cloud,
                  {QStringLiteral("AWS"), QStringLiteral("Amazon Web Services")},
                  {},
                  {}};
        auto amazon = store->addCompany(a);
        QVERIFY(amazon);
        QVERIFY(!store->addCompany(Company{
            0, QStringLiteral("amazon"), CompanyKind::Cloud, {}, {}, {}})); // names are unique,
                                                                            // case-insensitively
        QVERIFY(!store->addCompany(Company{0, QStringLiteral("  "), CompanyKind::Lab, {}, {}, {}}));
        auto anthropic = store->addCompany(
            Company{0, QStringLiteral("Anthropic"), CompanyKind::Lab, {}, {}, {}});
        QVERIFY(anthropic);
        QCOMPARE(store->companyIdByName(QStringLiteral("aws"))->value_or(0), *amazon);
        QCOMPARE(store->companyIdByName(QStringLiteral("Amazon"))->value_or(0), *amazon);
        QVERIFY(!store->companyIdByName(QStringLiteral("Oracle"))->has_value());

        Deal deal;
        deal.title = QStringLiteral("Test deal");
        deal.announced = PartialDate::ofMonth(2023, 9);
        auto dealId = store->addDeal(deal);
        QVERIFY(dealId);
        Flow flow{0, *dealId, *amazon, *anthropic, FlowKind::Equity, PartialDate::ofMonth(2023, 9),
                  {}};
        auto flowId = store->addFlow(flow);
        QVERIFY(flowId);
        Flow loop = flow;
        loop.payeeId = *amazon;
        QVERIFY(!store->addFlow(loop)); // payer == payee
        Flow orphan = flow;
        orphan.dealId = 999;
        QVERIFY(!store->addFlow(orphan)); // foreign key

        Source source;
        source.key = QStringLiteral("s1");
        source.title = QStringLiteral("Amazon doubles down");
        source.text = QStringLiteral("Amazon is doubling down on its investment in Anthropic.");
        auto sourceId = store->addSource(source);
        QVERIFY(sourceId);
        Claim claim;
        claim.sourceId = *sourceId;
        claim.flowId = *flowId;
        claim.money = Money::upTo(4'000'000'000);
        claim.money->stated = QStringLiteral("up to $4 billion");
        claim.quote = {QStringLiteral("doubling down"), QStringLiteral("Amazon is "),
                       QStringLiteral(" on its"), 10, 23};
        QVERIFY(store->addClaim(claim));
        Claim twoTargets = claim;
        twoTargets.dealId = *dealId;
        QVERIFY(!store->addClaim(twoTargets));
        Claim noSource = claim;
        noSource.sourceId = 4242;
        QVERIFY(!store->addClaim(noSource));

        auto claims = store->claims();
        QVERIFY(claims);
        QCOMPARE(claims->size(), size_t(1));
        const Claim &back = claims->front();
        QCOMPARE(back.money->qualifier, Qualifier::UpTo);
        QCOMPARE(back.money->maxUsd.value_or(0), 4'000'000'000);
        QCOMPARE(back.quote.start.value_or(-1), 10);
        QCOMPARE(back.quote.prefix, QStringLiteral("Amazon is "));
        auto companies = store->companies();
        QVERIFY(companies);
        QCOMPARE(companies->front().aliases,
                 QStringList({QStringLiteral("Amazon Web Services"), QStringLiteral("AWS")}));
        auto deals = store->deals();
        QCOMPARE(deals->front().announced, PartialDate::ofMonth(2023, 9));

        // The full-text index follows the sources table.
        QCOMPARE(*store->db().queryInt(
                     QStringLiteral("SELECT count(*) FROM source_fts WHERE source_fts MATCH "
                                    "'doubling'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
