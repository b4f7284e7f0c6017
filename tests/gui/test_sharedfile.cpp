// SPDX-License-Identifier: GPL-3.0-or-later
// The app and the command-line tool on one file, end to end: the app's window is open on a
// file (offscreen, in a process of its own), `dealscope-cli` reads and writes the file
// meanwhile, the window notices the command-line tool's import, an edit is made in the
// window, the app is killed with SIGKILL the moment the edit is reported done, and the file
// reopened holds the edit and the import and passes `dealscope-cli check`.
//
// The app's process is a copy of this program run with --child-app: the real MainWindow with
// its Document, views and workers, driven by lines on its standard input.
#include "clirun.h"
#include "document/document.h"
#include "document/selection.h"
#include "document/settings.h"
#include "exchange/sample.h"
#include "mainwindow.h"
#include "models/dealtablemodel.h"
#include "store/store.h"
#include "views/dealtableview.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace ds;
using namespace ds::gui;

namespace {

const QString kCli = QStringLiteral(DEALSCOPE_CLI);

void say(const QString &line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

/// The app: opens `path`, says "ready" once its table has loaded, then takes commands:
/// "delete-flow N" deletes flow N as a person does (a click on its row, the Delete key) and
/// says "deleted N" once the edit is reported done. Says "outside SOURCES" when the window
/// notices another program's change.
int childApp(int argc, char **argv, const QString &path) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Settings settings;
    MainWindow window(&settings);
    window.resize(1400, 900);
    window.show();
    if (!window.openFile(path, true)) {
        std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
        return 1;
    }
    window.showView(2); // the network: its workers open their own connections too
    QObject::connect(window.document(), &Document::changedOutside, &app, [&window] {
        say(QStringLiteral("outside %1").arg(window.document()->counts().sources));
    });
    QObject::connect(window.document(), &Document::editFailed, &app,
                     [](const QString &message) { say(QStringLiteral("failed ") + message); });
    if (!QTest::qWaitFor([&] { return !window.dealTable()->model()->isLoading(); }, 20000))
        return 1;
    QTest::qWait(500); // let the views' workers open and close their connections
    say(QStringLiteral("ready"));

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char line[256] = {};
        if (!std::fgets(line, sizeof line, stdin)) {
            app.quit();
            return;
        }
        const QStringList words = QString::fromLatin1(line).trimmed().split(QLatin1Char(' '));
        if (words.value(0) != QLatin1String("delete-flow"))
            return;
        const Id flow = words.value(1).toLongLong();
        QTableView *table = window.dealTable()->view();
        if (!QTest::qWaitFor([&] { return !window.dealTable()->model()->isLoading(); }, 20000))
            return say(QStringLiteral("not deleted (the table did not load)"));
        window.showView(0); // the table, where the person deletes the flow
        QApplication::setActiveWindow(&window);
        table->setFocus();
        const int row = window.dealTable()->model()->rowOfFlow(flow);
        table->scrollTo(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, 1)).center());
        QTest::keyClick(table, Qt::Key_Delete);
        if (!window.document()->store()->flow(flow))
            say(QStringLiteral("deleted %1").arg(flow));
        else
            say(QStringLiteral("not deleted (row %1, selected flow %2)")
                    .arg(row)
                    .arg(window.selection()->flow().value_or(0)));
    });
    return app.exec();
}

/// Waits for the next line of the child that starts with `prefix` (or with `failure`).
QString waitForLine(QProcess &child, const QString &prefix, int ms = 20000,
                    const QString &failure = QString()) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        while (child.canReadLine()) {
            const QString line = QString::fromUtf8(child.readLine()).trimmed();
            if (line.startsWith(prefix) || (!failure.isEmpty() && line.startsWith(failure)))
                return line;
        }
        child.waitForReadyRead(200);
    }
    return {};
}

} // namespace

class TestSharedFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
    }

    void editSurvivesTheCommandLineAndAKill() {
        const QString path = m_dir.filePath(QStringLiteral("shared.dealscope"));
        QVERIFY(sample::writeSampleFile(path));
        const int64_t sources = Store::open(path)->counts()->sources;

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        app.setProcessEnvironment(env);
        const auto stopApp = qScopeGuard([&app] {
            if (app.state() != QProcess::NotRunning) {
                app.kill();
                app.waitForFinished();
            }
        });
        app.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-app"), path});
        QCOMPARE(waitForLine(app, QStringLiteral("ready")), QStringLiteral("ready"));

        // The command-line tool reads the file and writes to it while the app has it open.
        const ds::test::CliRun info = ds::test::cli({QStringLiteral("info"), path});
        QVERIFY2(info.code == 0, qPrintable(info.out + info.err));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        const ds::test::CliRun import = ds::test::cli(
            {QStringLiteral("import"), path,
             QStringLiteral(DEALSCOPE_SOURCE_DIR "/tests/fixtures/articles/chips_purchase.txt"),
             QStringLiteral("--accept")});
        QVERIFY2(import.code == 0, qPrintable(import.out + import.err));
        QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")),
                 "the app's write-ahead log is gone after the command-line tool closed");

        // The window notices the import within a few seconds and shows it.
        QCOMPARE(waitForLine(app, QStringLiteral("outside")),
                 QStringLiteral("outside %1").arg(sources + 1));

        // An edit in the app, reported done, then the app is killed at once.
        app.write("delete-flow 1\n");
        QCOMPARE(waitForLine(app, QStringLiteral("deleted"), 20000, QStringLiteral("not deleted")),
                 QStringLiteral("deleted 1"));
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        const ds::test::CliRun check = ds::test::cli({QStringLiteral("check"), path});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QVERIFY2(!store->flow(1), "the edit reported done was lost");
        QCOMPARE(store->counts()->sources, sources + 1);
    }

    // The document tells the views which kinds of rows another connection changed, and says
    // so for the status bar; its own edits are not reported as someone else's.
    void documentReloadsWhatAnotherProgramChanged() {
        const QString path = m_dir.filePath(QStringLiteral("document.dealscope"));
        QVERIFY(sample::writeSampleFile(path));
        Document document;
        QVERIFY(document.open(path));
        QSignalSpy changed(&document, &Document::changed);
        QSignalSpy outside(&document, &Document::changedOutside);
        document.checkForOutsideChanges();
        QCOMPARE(changed.count(), 0);

        auto other = Store::open(path);
        QVERIFY(other);
        QVERIFY(
            other->db().exec(QStringLiteral("UPDATE claims SET note = 'checked' WHERE id = 1")));
        document.checkForOutsideChanges();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Document::Changes>(),
                 Document::Changes(Document::Change::Claims));
        QCOMPARE(outside.count(), 1);
        QVERIFY(outside.at(0).at(0).toString().contains(QStringLiteral("claims")));

        Company c;
        c.name = QStringLiteral("Mistral AI");
        QVERIFY(other->addCompany(c));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000); // the document's own timer
        QCOMPARE(changed.at(1).at(0).value<Document::Changes>(),
                 Document::Changes(Document::Change::Companies));
        QCOMPARE(document.counts().companies, other->counts()->companies);

        // An edit through the document itself is its own: told once, not as another's.
        QVERIFY(document.store()->db().exec(QStringLiteral("UPDATE deals SET note = 'x'")));
        document.notifyChanged(Document::Change::Deals);
        document.checkForOutsideChanges();
        QCOMPARE(outside.count(), 2);
        QCOMPARE(changed.count(), 3);
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char **argv) {
    if (argc > 2 && qstrcmp(argv[1], "--child-app") == 0)
        return childApp(argc, argv, QString::fromLocal8Bit(argv[2]));
    QApplication app(argc, argv);
    TestSharedFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_sharedfile.moc"
