// SPDX-License-Identifier: GPL-3.0-or-later
// One file, several connections and processes: the locks SQLite holds stay held, the
// write-ahead log survives other processes, readers of outside files refuse open databases,
// a busy file says so, and the revision counters say what another connection changed.
//
// The test runs copies of itself as the other process (--child-… arguments).
#include "store/openfiles.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

using namespace ds;

namespace {

// SQLite's lock bytes (os_unix.c): a connection in WAL mode holds a read lock on the
// database file's shared range for as long as it is open, and one on the -shm file's
// "dead man switch" byte.
constexpr off_t kPendingByte = 0x40000000;
constexpr off_t kSharedFirst = kPendingByte + 2;
constexpr off_t kSharedSize = 510;
constexpr off_t kShmDeadManSwitch = 128;

/// Who holds a lock on [start, start + length) of `path`, as F_GETLK tells another process:
/// "none" or "read PID" / "write PID".
QByteArray lockHolder(const char *path, off_t start, off_t length) {
    const int fd = ::open(path, O_RDONLY);
    if (fd < 0)
        return "cannot open";
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = start;
    probe.l_len = length;
    const int rc = ::fcntl(fd, F_GETLK, &probe);
    ::close(fd);
    if (rc != 0)
        return "fcntl failed";
    if (probe.l_type == F_UNLCK)
        return "none";
    return QByteArray(probe.l_type == F_RDLCK ? "read " : "write ") +
           QByteArray::number(probe.l_pid);
}

// The child modes. Each prints one line and exits 0, or exits 1 with a message.
int childLocks(const QString &path) {
    const QByteArray name = QFile::encodeName(path);
    const QByteArray shm = name + QByteArray("-shm");
    std::printf("%s\n%s\n", lockHolder(name.constData(), kSharedFirst, kSharedSize).constData(),
                lockHolder(shm.constData(), kShmDeadManSwitch, 1).constData());
    return 0;
}

/// Opens the file, reads, closes: what `dealscope-cli info` does.
int childOpenClose(const QString &path) {
    auto store = Store::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    auto counts = store->counts();
    if (!counts)
        return 1;
    std::printf("%lld\n", static_cast<long long>(counts->companies));
    return 0;
}

/// Holds the write lock for `ms` milliseconds, then rolls back.
int childHoldWriteLock(const QString &path, int ms) {
    auto store = Store::open(path);
    if (!store)
        return 1;
    sql::Transaction tx(store->db());
    if (!tx.begun())
        return 1;
    std::printf("locked\n");
    std::fflush(stdout);
    QThread::msleep(ms);
    return 0;
}

int runChild(const QStringList &args) {
    const QString mode = args.value(1);
    const QString path = args.value(2);
    if (mode == QLatin1String("--child-locks"))
        return childLocks(path);
    if (mode == QLatin1String("--child-open-close"))
        return childOpenClose(path);
    if (mode == QLatin1String("--child-hold-write-lock"))
        return childHoldWriteLock(path, args.value(3).toInt());
    std::fprintf(stderr, "unknown child mode\n");
    return 2;
}

/// Runs this test program as the other process and returns its standard output.
QByteArray runSelf(const QStringList &args) {
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(30000) || child.exitCode() != 0)
        return "child failed: " + child.readAllStandardError();
    return child.readAllStandardOutput().trimmed();
}

Company company(const QString &name) {
    Company c;
    c.name = name;
    return c;
}

} // namespace

class TestLocking : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("shared-%1.dealscope").arg(++m_round));
        auto created = Store::open(m_path, Store::OpenMode::CreateNew);
        QVERIFY2(created, qPrintable(created.errorMessage()));
    }

    // Opening more Stores on the same path, as the worker threads do, must not drop the
    // locks the first connection holds (closing a descriptor of the file would).
    void workerStoresKeepTheLocks() {
        auto main = Store::open(m_path);
        QVERIFY(main);
        QVERIFY(main->addCompany(company(QStringLiteral("Alpha"))));
        const QByteArray me = QByteArray::number(QCoreApplication::applicationPid());
        QStringList holders =
            QString::fromLatin1(runSelf({QStringLiteral("--child-locks"), m_path}))
                .split(QLatin1Char('\n'));
        QCOMPARE(holders.value(0), QStringLiteral("read ") + QString::fromLatin1(me));
        for (int i = 0; i < 4; ++i) {
            auto worker = Store::open(m_path);
            QVERIFY(worker);
            QVERIFY(worker->counts());
        }
        // Reading other files in this process, as imports do, is harmless too.
        QFile other(m_dir.filePath(QStringLiteral("article.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("An article.");
        other.close();
        QVERIFY(readOutsideFile(other.fileName(), 1000));
        holders = QString::fromLatin1(runSelf({QStringLiteral("--child-locks"), m_path}))
                      .split(QLatin1Char('\n'));
        QCOMPARE(holders.value(0), QStringLiteral("read ") + QString::fromLatin1(me));
        QCOMPARE(holders.value(1), QStringLiteral("read ") + QString::fromLatin1(me));
    }

    // Another process opening and closing the file (dealscope-cli info) must not take the
    // write-ahead log from under the connection here: what is written next reaches the file.
    void walSurvivesAnotherProcess() {
        auto main = Store::open(m_path);
        QVERIFY(main);
        QVERIFY(main->addCompany(company(QStringLiteral("Before"))));
        {
            auto worker = Store::open(m_path);
            QVERIFY(worker);
        }
        QCOMPARE(runSelf({QStringLiteral("--child-open-close"), m_path}), QByteArray("1"));
        QVERIFY(QFileInfo::exists(m_path + QStringLiteral("-wal")));
        QVERIFY(main->addCompany(company(QStringLiteral("After"))));
        // A new process sees both: the second write went into the live log, not a deleted one.
        QCOMPARE(runSelf({QStringLiteral("--child-open-close"), m_path}), QByteArray("2"));
    }

    void outsideReadersRefuseOpenDatabases() {
        auto main = Store::open(m_path);
        QVERIFY(main);
        QVERIFY(OpenDatabaseFiles::contains(m_path));
        QVERIFY(OpenDatabaseFiles::contains(m_path + QStringLiteral("-wal")));
        // Another name of the same file counts too.
        const QString link = m_dir.filePath(QStringLiteral("hard-link.dealscope"));
        QVERIFY(::link(QFile::encodeName(m_path).constData(),
                       QFile::encodeName(link).constData()) == 0);
        QVERIFY(OpenDatabaseFiles::contains(link));
        for (const QString &p : QStringList{m_path, m_path + QStringLiteral("-wal"), link}) {
            auto read = readOutsideFile(p, 1 << 20);
            QVERIFY(!read);
            QVERIFY2(read.errorMessage().contains(QStringLiteral("open in this program")),
                     qPrintable(read.errorMessage()));
            QVERIFY(!refuseOpenDatabase(p));
        }
        // Saving a copy onto the open file is refused and changes nothing.
        QVERIFY(!main->db().backupTo(m_path));
        QVERIFY(main->counts());
        QFile::remove(link);
        main.value() = *Store::openMemory();
        QVERIFY(!OpenDatabaseFiles::contains(m_path));
        QVERIFY(readOutsideFile(m_path, 1 << 24));
    }

    // A busy file waits, then says plainly that another program holds it; nothing changes.
    void busyFileSaysAnotherProgramHoldsIt() {
        auto main = Store::open(m_path);
        QVERIFY(main);
        QProcess holder;
        holder.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--child-hold-write-lock"), m_path, QStringLiteral("8000")});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
        QElapsedTimer timer;
        timer.start();
        auto added = main->addCompany(company(QStringLiteral("Blocked")));
        QVERIFY(!added);
        QVERIFY(timer.elapsed() >= sql::kBusyTimeoutMs - 200);
        QVERIFY2(added.errorMessage().contains(QStringLiteral("Another program")),
                 qPrintable(added.errorMessage()));
        QVERIFY(holder.waitForFinished(15000));
        QCOMPARE(main->counts()->companies, 0);
        QVERIFY(main->addCompany(company(QStringLiteral("Later"))));
    }

    // data_version moves on another connection's commit, never on this one's own; the
    // revision counters say which kinds of rows changed.
    void revisionsSayWhatAnotherConnectionChanged() {
        auto mine = Store::open(m_path);
        auto theirs = Store::open(m_path);
        QVERIFY(mine && theirs);
        const int64_t version = *mine->dataVersion();
        const Revisions before = *mine->revisions();
        QVERIFY(mine->addCompany(company(QStringLiteral("Mine"))));
        QCOMPARE(*mine->dataVersion(), version);
        const Revisions afterMine = *mine->revisions();
        QCOMPARE(afterMine.companies, before.companies + 1);
        QCOMPARE(afterMine.flows, before.flows);

        QVERIFY(theirs->addCompany(company(QStringLiteral("Theirs"))));
        const auto theirId = theirs->companyIdByName(QStringLiteral("Theirs"));
        QVERIFY(theirId && *theirId);
        QVERIFY(theirs->addAlias(**theirId, QStringLiteral("Th")));
        QVERIFY(*mine->dataVersion() != version);
        const Revisions now = *mine->revisions();
        QCOMPARE(now.companies, afterMine.companies + 2); // the company and its alias
        QCOMPARE(now.sources, afterMine.sources);
        QCOMPARE(now.deals, afterMine.deals);
        QCOMPARE(now.claims, afterMine.claims);
    }

    // A file of format 2 gains the counters when it is opened; two processes opening it at
    // once upgrade it once.
    void olderFileIsUpgradedOnce() {
        {
            auto db = sql::Database::open(m_path, sql::Database::Mode::ReadWrite);
            QVERIFY(db);
            for (const QString &drop : schema::dropRevisionTriggerStatements())
                QVERIFY(db->exec(drop));
            QVERIFY(db->exec(QStringLiteral("DROP TABLE revisions; PRAGMA user_version = 2;")));
        }
        QProcess other;
        other.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-open-close"), m_path});
        auto store = Store::open(m_path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        QCOMPARE(*store->db().queryInt(QStringLiteral("PRAGMA user_version")),
                 schema::kCurrentVersion);
        QVERIFY(store->revisions());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_round = 0;
};

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1).startsWith(QLatin1String("--child-")))
        return runChild(args);
    TestLocking test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_locking.moc"
