// SPDX-License-Identifier: GPL-3.0-or-later
// Foundation benchmarks: generating a large file, opening it to the first page of the deal
// table, and a cold start of the app on the sample.
//
//   build/default/tests/bench/bench_foundation [--deals N] [--companies M] [--db FILE]
//                                              [--startup-runs K]
// With --db, an existing file is opened instead of generating one.
#include "commands/updatecommand.h"
#include "dialogs/amountdialog.h"
#include "dialogs/claimdialog.h"
#include "dialogs/companydialog.h"
#include "dialogs/flowdialog.h"
#include "document/document.h"
#include "document/settings.h"
#include "exchange/generator.h"
#include "mainwindow.h"
#include "models/dealtablemodel.h"
#include "views/dealtableview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ds;

namespace {

double ms(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

void report(const char *what, double milliseconds) {
    std::printf("%-58s %10.1f ms\n", what, milliseconds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption deals(QStringLiteral("deals"), QStringLiteral("Deals to generate."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption companies(QStringLiteral("companies"),
                                       QStringLiteral("Companies to generate."),
                                       QStringLiteral("M"), QStringLiteral("100000"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Use this file."),
                                QStringLiteral("FILE"));
    const QCommandLineOption runs(QStringLiteral("startup-runs"),
                                  QStringLiteral("Cold starts to time."), QStringLiteral("K"),
                                  QStringLiteral("7"));
    parser.addOptions({deals, companies, db, runs});
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(db);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.dealscope"));
        gen::Options o;
        o.deals = parser.value(deals).toLongLong();
        o.companies = parser.value(companies).toLongLong();
        QElapsedTimer t;
        t.start();
        {
            auto store = Store::open(path, Store::OpenMode::CreateNew);
            if (!store || !gen::generate(*store, o)) {
                std::fprintf(stderr, "generation failed\n");
                return 1;
            }
        } // closing checkpoints the WAL: part of writing the file
        std::printf("dataset: %lld deals, %lld companies\n", (long long)o.deals,
                    (long long)o.companies);
        report("generate (dealscope-cli generate)", ms(t));
    }

    {
        gui::Settings settings;
        gui::MainWindow window(&settings);
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        QElapsedTimer t;
        t.start();
        if (!window.openFile(path, true)) {
            std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
            return 1;
        }
        const double opened = ms(t);
        while (window.dealTable()->model()->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        window.dealTable()->view()->viewport()->repaint(); // paints the first page
        report("open the file and show the first page of the deal table", ms(t));
        std::printf("  (of which opening the file and the views' synchronous set-up: %.1f ms)\n",
                    opened);

        // Scrolling far down reads pages on demand.
        t.restart();
        QTableView *view = window.dealTable()->view();
        view->scrollToBottom();
        view->viewport()->repaint();
        report("scroll to the last page and paint it", ms(t));

        // An edit as the Data menu makes it: written in one transaction, then every view is
        // told; the time is what the GUI thread spends before it can paint again.
        Store &store = *window.document()->store();
        auto before = store.deal(1);
        if (!before)
            return 1;
        Deal after = *before;
        after.status =
            before->status == DealStatus::Cancelled ? DealStatus::Completed : DealStatus::Cancelled;
        t.restart();
        window.undoStack()->push(
            new gui::DealCommand(window.document(), *before, after, QStringLiteral("bench")));
        report("an edit (a deal's status): written, every view told", ms(t));
        while (window.dealTable()->model()->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        view->viewport()->repaint();
        report("  ... until the deal table shows it again", ms(t));
        t.restart();
        window.undoStack()->undo();
        report("undo it", ms(t));

        // The editing dialogs list every company or source of the file.
        t.restart();
        {
            gui::FlowDialog dialog(store, *store.flow(1), &window);
            dialog.show();
            QCoreApplication::processEvents();
        }
        report("open and show the flow dialog (every company listed)", ms(t));
        t.restart();
        {
            Claim claim;
            claim.flowId = 1;
            gui::ClaimDialog dialog(store, claim, QStringLiteral("flow 1"), &window);
            dialog.show();
            QCoreApplication::processEvents();
        }
        report("open and show the claim dialog (every source listed)", ms(t));
    }

    const int startupRuns = parser.value(runs).toInt();
    if (startupRuns > 0) {
        std::vector<double> times;
        for (int i = 0; i < startupRuns; ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
            p.setProcessEnvironment(env);
            QElapsedTimer t;
            t.start();
            p.start(QStringLiteral(DEALSCOPE_APP),
                    {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shot.png"))});
            if (!p.waitForFinished(30000) || p.exitCode() != 0) {
                std::fprintf(stderr, "the app failed to start\n");
                return 1;
            }
            if (i > 0 || startupRuns == 1) // the first run also writes the sample copy
                times.push_back(ms(t));
        }
        std::sort(times.begin(), times.end());
        report("cold start on the sample to a painted window (median)*", times[times.size() / 2]);
        std::printf("* process start to exit with --screenshot: includes writing the PNG\n");
    }
    return 0;
}
