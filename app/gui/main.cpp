// SPDX-License-Identifier: GPL-3.0-or-later
// The dealscope executable: thin over the GUI library.
#include "docks/stakesdock.h"
#include "document/document.h"
#include "document/selection.h"
#include "document/settings.h"
#include "mainwindow.h"
#include "startup.h"
#include "store/store.h"
#include "views/networkview.h"
#include "views/timelineview.h"

#include "docks/disputesdock.h"
#include "i18n.h"
#include "models/dealtablemodel.h"
#include "models/disputesmodel.h"
#include "views/dealtableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QTableView>
#include <QTimer>

#include <cstdio>

#include "dialogs/reviewdialog.h"
#include "ingest/article.h"
#include "models/proposalmodel.h"

using namespace ds::gui;

namespace {

// Writes a widget as it is drawn to a PNG; 0 on success, 1 (with a message) otherwise.
int saveScreenshot(QWidget &widget, const QString &path) {
    if (widget.grab().save(path, "PNG"))
        return 0;
    std::fprintf(
        stderr, "%s\n",
        qPrintable(
            QCoreApplication::translate("main", "Cannot write the screenshot %1.").arg(path)));
    return 1;
}

int takeScreenshot(MainWindow &window, const QString &path) {
    window.show();
    // Wait until the deal table has its rows and the views their data (at most ten seconds),
    // then paint and save.
    QElapsedTimer timer;
    timer.start();
    while ((window.dealTable()->model()->isLoading() ||
            window.disputesDock()->model()->isLoading() || window.timeline()->isLoading() ||
            window.network()->isLoading()) &&
           timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
    return saveScreenshot(window, path);
}

// Renders the review of one article (what `--import ARTICLE --screenshot FILE` shows).
int reviewScreenshot(MainWindow &window, const QString &article, const QString &path) {
    auto loaded = ds::ingest::loadArticle(article);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorMessage()));
        return 1;
    }
    ReviewDialog dialog(window.document(), std::move(*loaded), &window);
    dialog.resize(1300, 760);
    dialog.show();
    QElapsedTimer timer;
    timer.start();
    while (dialog.isExtracting() && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
    if (dialog.model()->rowCount() > 0)
        dialog.table()->selectRow(0);
    QCoreApplication::processEvents();
    return saveScreenshot(dialog, path);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DealScope"));
    QApplication::setOrganizationName(QStringLiteral("DealScope"));
    QApplication::setApplicationVersion(QStringLiteral(DEALSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.dealscope.DealScope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dealscope.svg")));

    auto options = parseStartupOptions(app.arguments());
    Settings settings;
    ds::i18n::installTranslator(app, options && !options->language.isEmpty() ? options->language
                                                                             : settings.language());
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(options.errorMessage()));
        return 2;
    }

    ds::setUsdStyle(settings.usdStyle());
    MainWindow window(&settings);
    const bool quiet = !options->screenshot.isEmpty();
    bool opened = false;
    if (!options->file.isEmpty()) {
        opened = window.openFile(options->file, quiet);
        if (!opened && quiet) {
            std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
            return 1;
        }
    } else if (!settings.recentFiles().isEmpty() && !quiet) {
        const QString last = settings.recentFiles().constFirst();
        opened = QFileInfo::exists(last) && window.openFile(last, true);
    }
    if (!opened) {
        auto sample = sampleCopyPath();
        if (sample)
            window.openFile(*sample, quiet);
        else
            std::fprintf(stderr, "%s\n", qPrintable(sample.errorMessage()));
    }

    window.showView(options->view);
    if (options->selectFlow)
        window.selection()->setFlow(options->selectFlow, std::nullopt);
    if (!options->company.isEmpty()) {
        ds::Store *store = window.document()->store();
        auto id = store ? store->companyIdByName(options->company)
                        : ds::Result<std::optional<ds::Id>>(std::nullopt);
        if (id && *id) {
            window.selection()->setCompany(**id);
            window.stakesDock()->show();
            window.stakesDock()->raise();
        } else {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "No company or alias "
                                                                        "'%1'.")
                                        .arg(options->company)));
        }
    }
    if (quiet && !options->imports.isEmpty())
        return reviewScreenshot(window, options->imports.constFirst(), options->screenshot);
    if (quiet)
        return takeScreenshot(window, options->screenshot);
    window.show();
    if (!options->imports.isEmpty())
        QTimer::singleShot(0, &window,
                           [&window, paths = options->imports] { window.importArticles(paths); });
    return app.exec();
}
