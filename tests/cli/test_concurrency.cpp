// SPDX-License-Identifier: GPL-3.0-or-later
// Several processes on one file, with the real command-line tool: two writers making 1,000
// small edits each while readers read lose nothing, and killing `dealscope-cli import
// --accept` at random moments never damages the file or loses an article it reported.
//
// The writers and readers are copies of this program (--child-… arguments) using the core
// library, as the app's document does.
#include "clirun.h"
#include "exchange/sample.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstdio>

using namespace ds;

namespace {

const QString kCli = QStringLiteral(DEALSCOPE_CLI);

/// `count` companies named TAG-0 … TAG-(count-1), each added in a transaction of its own.
int childEdits(const QString &path, int count, const QString &tag) {
    auto store = Store::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        sql::Transaction tx(store->db());
        Company c;
        c.name = QStringLiteral("%1-%2").arg(tag).arg(i);
        c.note = QStringLiteral("edit %1 of %2").arg(i).arg(tag);
        if (!tx.begun()) {
            std::fprintf(stderr, "%s\n", qPrintable(tx.begun().errorMessage()));
            return 1;
        }
        if (auto id = store->addCompany(c); !id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.errorMessage()));
            return 1;
        }
        if (Status s = tx.commit(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
            return 1;
        }
    }
    return 0;
}

/// Reads until `stopFile` exists: every read succeeds and the number of companies never goes
/// down (readers see committed data only). Prints how many reads it made.
int childReads(const QString &path, const QString &stopFile) {
    auto store = Store::open(path);
    if (!store)
        return 1;
    int64_t last = 0;
    int reads = 0;
    while (!QFile::exists(stopFile)) {
        auto companies = store->companies();
        auto counts = store->counts();
        if (!companies || !counts) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(companies ? counts.errorMessage() : companies.errorMessage()));
            return 1;
        }
        if (counts->companies < last) {
            std::fprintf(stderr, "companies went from %lld to %lld\n", static_cast<long long>(last),
                         static_cast<long long>(counts->companies));
            return 1;
        }
        last = counts->companies;
        ++reads;
    }
    std::printf("%d\n", reads);
    return 0;
}

int runChild(const QStringList &args) {
    if (args.value(1) == QLatin1String("--child-edits"))
        return childEdits(args.value(2), args.value(3).toInt(), args.value(4));
    if (args.value(1) == QLatin1String("--child-reads"))
        return childReads(args.value(2), args.value(3));
    return 2;
}

/// Article files with distinct texts, made from the project's fixtures.
QStringList writeArticles(const QString &folder, int count) {
    const QDir fixtures(QStringLiteral(DEALSCOPE_SOURCE_DIR "/tests/fixtures/articles"));
    const QStringList names = fixtures.entryList({QStringLiteral("*.txt")}, QDir::Files);
    QStringList written;
    for (int i = 0; i < count && !names.isEmpty(); ++i) {
        QFile in(fixtures.filePath(names.at(i % names.size())));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        const QString path =
            QDir(folder).filePath(QStringLiteral("article-%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QStringLiteral("Dispatch number %1.\n\n").arg(i).toUtf8() + in.readAll());
        written << path;
    }
    return written;
}

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
    }

    // Two writers, 1,000 small edits each, two readers reading all the while: all 2,000
    // edits are there, no reader ever failed or saw the data go back.
    void twoWritersAndReadersLoseNothing() {
        const QString path = m_dir.filePath(QStringLiteral("writers.dealscope"));
        QVERIFY(sample::writeSampleFile(path));
        const int64_t before = Store::open(path)->counts()->companies;
        const QString stop = m_dir.filePath(QStringLiteral("stop-readers"));
        const QString self = QCoreApplication::applicationFilePath();
        std::vector<std::unique_ptr<QProcess>> writers, readers;
        for (const char *tag : {"alpha", "beta"}) {
            writers.push_back(std::make_unique<QProcess>());
            writers.back()->start(self, {QStringLiteral("--child-edits"), path,
                                         QStringLiteral("1000"), QString::fromLatin1(tag)});
        }
        for (int i = 0; i < 2; ++i) {
            readers.push_back(std::make_unique<QProcess>());
            readers.back()->start(self, {QStringLiteral("--child-reads"), path, stop});
        }
        for (auto &w : writers) {
            QVERIFY(w->waitForFinished(240000));
            QVERIFY2(w->exitCode() == 0, w->readAllStandardError().constData());
        }
        QFile(stop).open(QIODevice::WriteOnly);
        for (auto &r : readers) {
            QVERIFY(r->waitForFinished(30000));
            QVERIFY2(r->exitCode() == 0, r->readAllStandardError().constData());
            QVERIFY(r->readAllStandardOutput().trimmed().toInt() > 0);
        }
        auto store = Store::open(path);
        QVERIFY(store);
        QCOMPARE(store->counts()->companies, before + 2000);
        for (const char *tag : {"alpha", "beta"})
            for (int i = 0; i < 1000; i += 111)
                QVERIFY(*store->companyIdByName(
                    QStringLiteral("%1-%2").arg(QLatin1String(tag)).arg(i)));
        const ds::test::CliRun check = ds::test::cli({QStringLiteral("check"), path});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    }

    // dealscope-cli import --accept killed at random moments (50 rounds): the file always
    // opens, `check` is clean, and every article it reported as imported is there with its
    // text.
    void killedImportLosesNothingReported() {
        const QString folder = m_dir.filePath(QStringLiteral("articles"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList articles = writeArticles(folder, 24);
        QCOMPARE(articles.size(), 24);
        const QString base = m_dir.filePath(QStringLiteral("base.dealscope"));
        QVERIFY(sample::writeSampleFile(base));
        const int64_t baseSources = Store::open(base)->counts()->sources;

        // How long a whole import takes here, so that the kills fall inside it.
        const QString whole = m_dir.filePath(QStringLiteral("whole.dealscope"));
        QVERIFY(QFile::copy(base, whole));
        QElapsedTimer timer;
        timer.start();
        const ds::test::CliRun full =
            ds::test::cli({QStringLiteral("import"), whole, folder, QStringLiteral("--accept")});
        const qint64 fullMs = std::max<qint64>(timer.elapsed(), 50);
        QVERIFY2(full.code == 0, qPrintable(full.err));
        QCOMPARE(Store::open(whole)->counts()->sources, baseSources + articles.size());

        const QRegularExpression reported(QStringLiteral(": imported as source (\\d+) "));
        QRandomGenerator random(20261202);
        int killedMidway = 0, partlyReported = 0;
        for (int round = 0; round < 50; ++round) {
            const QString path = m_dir.filePath(QStringLiteral("killed-%1.dealscope").arg(round));
            QVERIFY(QFile::copy(base, path));
            QProcess import;
            import.start(kCli,
                         {QStringLiteral("import"), path, folder, QStringLiteral("--accept")});
            QVERIFY(import.waitForStarted());
            QThread::msleep(random.bounded(int(fullMs)));
            ::kill(pid_t(import.processId()), SIGKILL);
            QVERIFY(import.waitForFinished(30000));
            const QString output = QString::fromUtf8(import.readAllStandardOutput());
            killedMidway += import.exitStatus() == QProcess::CrashExit;

            auto store = Store::open(path);
            QVERIFY2(store, qPrintable(store.errorMessage()));
            const ds::test::CliRun check = ds::test::cli({QStringLiteral("check"), path});
            QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
            int seen = 0;
            for (auto it = reported.globalMatch(output); it.hasNext(); ++seen) {
                const Id id = it.next().captured(1).toLongLong();
                auto source = store->source(id);
                QVERIFY2(source,
                         qPrintable(QStringLiteral("round %1: source %2 reported, not there")
                                        .arg(round)
                                        .arg(id)));
                QVERIFY(!source->text.isEmpty());
            }
            partlyReported += seen > 0 && seen < articles.size();
            // An article committed just before the kill may not have been reported yet.
            QVERIFY(store->counts()->sources >= baseSources + seen);
            store.value() = *Store::openMemory();
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        qInfo("%d of 50 imports were killed before they finished, %d after reporting some of "
              "the articles (a whole import: %lld ms)",
              killedMidway, partlyReported, static_cast<long long>(fullMs));
        QVERIFY(killedMidway >= 25);
        QVERIFY(partlyReported >= 5);
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1).startsWith(QLatin1String("--child-")))
        return runChild(args);
    TestConcurrency test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_concurrency.moc"
