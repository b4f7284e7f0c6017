// SPDX-License-Identifier: GPL-3.0-or-later
// The application shell driven through its real widgets (offscreen).
#include "charts/networkitem.h"
#include "dialogs/exportdialog.h"
#include "dialogs/preferencesdialog.h"
#include "docks/companydock.h"
#include "docks/cyclesdock.h"
#include "views/networkview.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

#include <QMenu>
#include <QMenuBar>

#include "document/document.h"
#include "document/selection.h"
#include "document/settings.h"
#include "exchange/sample.h"
#include "mainwindow.h"
#include "models/dealtablemodel.h"
#include "startup.h"
#include "views/dealtableview.h"
#include <functional>

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ds;
using namespace ds::gui;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_sample;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    DealTableModel *model() const { return m_window->dealTable()->model(); }
    QTableView *table() const { return m_window->dealTable()->view(); }
    void waitLoaded() { QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 10000); }
    QString cell(int row, int column) const {
        return model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_sample = m_dir.filePath(QStringLiteral("sample.dealscope"));
        QVERIFY(sample::writeSampleFile(m_sample));
    }

    void init() {
        m_settings = std::make_unique<Settings>();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(m_sample, true));
        waitLoaded();
    }

    void cleanup() { m_window.reset(); }

    void showsEveryFlowNewestFirst() {
        QCOMPARE(model()->rowCount(), 21);
        QCOMPARE(cell(0, DealTableModel::Date), PartialDate::ofDay(2025, 11, 18).display());
        QVERIFY(cell(0, DealTableModel::DealTitle).contains(QLatin1String("Anthropic")));
        QCOMPARE(model()->headerData(DealTableModel::Amount, Qt::Horizontal).toString(),
                 QStringLiteral("Amount (as stated)"));
        // Undated flows come last.
        QVERIFY(cell(18, DealTableModel::Date).isEmpty());
        // "As stated" prefers a claim with a number: Amazon's second investment shows
        // "$4 billion", not 003's "multibillion-dollar".
        bool amazon2024 = false;
        for (int row = 0; row < model()->rowCount(); ++row)
            if (cell(row, DealTableModel::Date) == PartialDate::ofDay(2024, 11, 22).display() &&
                cell(row, DealTableModel::Payer) == QLatin1String("Amazon") &&
                cell(row, DealTableModel::Kind) == displayName(FlowKind::Equity)) {
                QCOMPARE(cell(row, DealTableModel::Amount), QStringLiteral("$4 billion"));
                amazon2024 = true;
            }
        QVERIFY(amazon2024);
        QVERIFY(m_window->statusBar()->findChildren<QLabel *>().size() >= 2);
        bool countsShown = false;
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            countsShown |= label->text().contains(QLatin1String("13 deals"));
        QVERIFY(countsShown);
        QVERIFY(m_window->windowTitle().contains(QLatin1String("sample.dealscope")));
    }

    void filterBoxNarrowsTheTable() {
        QLineEdit *filter = m_window->dealTable()->filterEdit();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("google"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, 5000);
        waitLoaded();
        for (int row = 0; row < 2; ++row)
            QVERIFY(cell(row, DealTableModel::Payer) == QLatin1String("Google") ||
                    cell(row, DealTableModel::Payee) == QLatin1String("Google"));
        // Odd strings are text, never SQL or patterns.
        for (const QString &odd : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("'"),
                                   QStringLiteral("\"; DROP TABLE flows; --"), QStringLiteral("\\"),
                                   QStringLiteral("Ω≈ç√∫")}) {
            filter->setText(odd);
            QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() == 0 && !model()->isLoading(), 5000);
        }
        filter->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 21, 5000);
        QCOMPARE(m_window->document()->store()->counts()->flows, 21);
    }

    // A read that fails on the worker says why, in the table's place, and a later one that
    // succeeds clears it.
    void aFailedReadSaysWhy() {
        const QString path = m_dir.filePath(QStringLiteral("moved.dealscope"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_sample, path));
        QVERIFY(m_window->openFile(path, true));
        waitLoaded();
        QCOMPARE(model()->rowCount(), 21);
        const QString away = path + QStringLiteral(".away");
        QVERIFY(QFile::rename(path, away)); // the worker cannot open its own connection now
        m_window->dealTable()->filterEdit()->setText(QStringLiteral("google"));
        QTRY_VERIFY_WITH_TIMEOUT(!model()->error().isEmpty() && !model()->isLoading(), 5000);
        QCOMPARE(model()->rowCount(), 0);
        auto shownError = [&] {
            for (QLabel *label : m_window->dealTable()->findChildren<QLabel *>())
                if (label->isVisible() &&
                    label->text().startsWith(QLatin1String("The flows cannot be read")))
                    return true;
            return false;
        };
        QVERIFY(shownError());
        QVERIFY(QFile::rename(away, path));
        m_window->dealTable()->filterEdit()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 21, 5000);
        QVERIFY(model()->error().isEmpty());
        QVERIFY(!shownError());
    }

    // The Cycles dock finds the cycles with the Deals tab shown: the document reads the money
    // graph for it; a chosen cycle is highlighted through the selection, in the network too.
    void cyclesWithoutTheNetworkTab() {
        QVERIFY(!m_window->network()->isVisible()); // the Deals tab is shown
        CyclesDock *cycles = m_window->cyclesDock();
        cycles->show();
        cycles->raise();
        QTRY_COMPARE_WITH_TIMEOUT(cycles->result().found, int64_t(11), 10000);
        QCOMPARE(cycles->table()->rowCount(), 11);
        cycles->table()->selectRow(0);
        const std::vector<Id> highlighted = m_window->selection()->highlightedFlows();
        QCOMPARE(highlighted.size(), size_t(2));
        QCOMPARE(m_window->network()->item()->highlightedFlows(), highlighted);
        // An edit that touches flows: the graph is read again and the cycles found again.
        const auto before = m_window->document()->graph();
        m_window->document()->notifyChanged(Document::Change::Flows);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->document()->graph() && m_window->document()->graph() != before, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cycles->result().found, int64_t(11), 10000);
    }

    void clickingARowSelectsTheFlowAndBack() {
        const int row = 2;
        const QModelIndex index = model()->index(row, DealTableModel::Payer);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(index).center());
        QCOMPARE(m_window->selection()->flow().value_or(0), model()->flowIdAt(row));
        QVERIFY(m_window->selection()->deal().has_value());

        const Id other = model()->flowIdAt(7);
        m_window->selection()->setFlow(other, std::nullopt);
        QCOMPARE(table()->currentIndex().row(), 7);
    }

    void sortingByHeader() {
        const int x =
            table()->horizontalHeader()->sectionViewportPosition(DealTableModel::Amount) + 10;
        QTest::mouseClick(table()->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(x, 5));
        waitLoaded();
        QTRY_VERIFY(!model()->isLoading());
        const Qt::SortOrder order = table()->horizontalHeader()->sortIndicatorOrder();
        const QString first = cell(0, DealTableModel::Amount);
        const QString last = cell(model()->rowCount() - 1, DealTableModel::Amount);
        if (order == Qt::DescendingOrder)
            QCOMPARE(first, QStringLiteral("$1.4 trillion"));
        else
            QCOMPARE(last, QStringLiteral("$1.4 trillion"));
    }

    void companyDockFocusesACompany() {
        CompanyDock *dock = m_window->companyDock();
        QTest::keyClicks(dock->searchEdit(), QStringLiteral("aws")); // an alias of Amazon
        QListView *list = dock->view();
        QTRY_COMPARE(list->model()->rowCount(), 1);
        const QModelIndex index = list->model()->index(0, 0);
        QCOMPARE(index.data().toString(), QStringLiteral("Amazon"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        const auto amazon =
            m_window->document()->store()->companyIdByName(QStringLiteral("Amazon"));
        QCOMPARE(m_window->selection()->company().value_or(0), amazon->value_or(-1));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 8, 5000);
        waitLoaded();
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(cell(row, DealTableModel::Payer) == QLatin1String("Amazon") ||
                    cell(row, DealTableModel::Payee) == QLatin1String("Amazon"));
        m_window->selection()->setCompany(std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 21, 5000);
    }

    void badFilesLeaveTheOpenOneOpen() {
        const QString bad = m_dir.filePath(QStringLiteral("bad.dealscope"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        QVERIFY(!m_window->openFile(bad, true));
        QVERIFY(m_window->lastError().contains(QLatin1String("not a DealScope file")));
        QCOMPARE(m_window->document()->path(), m_sample);
        QCOMPARE(model()->rowCount(), 21);
    }

    void newFileSaveCopyAndRecentFiles() {
        const QString copy = m_dir.filePath(QStringLiteral("copy.dealscope"));
        QFile::remove(copy);
        QVERIFY(m_window->document()->saveCopy(copy));
        QVERIFY(!m_window->document()->saveCopy(m_sample));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.dealscope"));
        QFile::remove(fresh);
        QVERIFY(m_window->document()->create(fresh));
        waitLoaded();
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(m_window->openFile(copy, true));
        waitLoaded();
        QCOMPARE(model()->rowCount(), 21);
        const QStringList recent = m_settings->recentFiles();
        QCOMPARE(recent.value(0), QFileInfo(copy).absoluteFilePath());
        QCOMPARE(recent.value(1), QFileInfo(fresh).absoluteFilePath());
    }

    void layoutPersists() {
        m_window->resize(900, 600);
        m_window->close();
        QVERIFY(!m_settings->windowGeometry().isEmpty());
        QVERIFY(!m_settings->windowState().isEmpty());
        MainWindow second(m_settings.get());
        QCOMPARE(second.size(), QSize(900, 600));
    }

    // Two actions on one shortcut make Qt fire neither: every shortcut of the menus is unique.
    void shortcutsAreUnique() {
        QHash<QString, QString> seen;
        QSet<QAction *> visited;
        std::function<void(QMenu *)> visit = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (visited.contains(a))
                    continue;
                visited.insert(a);
                if (a->menu())
                    visit(a->menu());
                for (const QKeySequence &k : a->shortcuts()) {
                    const QString key = k.toString();
                    QVERIFY2(!seen.contains(key),
                             qPrintable(key + QStringLiteral(": ") + seen.value(key) +
                                        QStringLiteral(" and ") + a->text()));
                    seen.insert(key, a->text());
                }
            }
        };
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
            visit(menu);
        QVERIFY(seen.size() > 20);
    }

    void preferencesAreKept() {
        PreferencesDialog dialog(m_settings.get());
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
        dialog.numberBox()->setCurrentIndex(dialog.numberBox()->findData(int(UsdStyle::Billions)));
        dialog.widthBox()->setValue(1200);
        dialog.heightBox()->setValue(800);
        dialog.scaleBox()->setValue(2);
        dialog.apply();
        QCOMPARE(m_settings->language(), QStringLiteral("fr"));
        QCOMPARE(m_settings->usdStyle(), UsdStyle::Billions);
        QCOMPARE(formatUsdCompact(1'400'000'000'000), QStringLiteral("$1,400B"));
        QCOMPARE(m_settings->exportSize(), QSize(1200, 800));
        QCOMPARE(m_settings->exportScale(), 2.0);
        // Another dialog starts from what was kept.
        PreferencesDialog again(m_settings.get());
        QCOMPARE(again.widthBox()->value(), 1200);
        QCOMPARE(again.numberBox()->currentData().toInt(), int(UsdStyle::Billions));
        ExportDialog exportDialog{QString()};
        exportDialog.setDefaults(m_settings->exportSize(), m_settings->exportScale());
        QCOMPARE(exportDialog.options().size, QSize(1200, 800));
        QCOMPARE(exportDialog.options().scale, 2.0);
        m_settings->setLanguage(QString());
        m_settings->setUsdStyle(UsdStyle::Compact);
        setUsdStyle(UsdStyle::Compact);
    }

    void screenshotRendersTheWindow() {
        const QImage image = m_window->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }

    void startupOptions() {
        auto options =
            parseStartupOptions({QStringLiteral("dealscope"), QStringLiteral("--lang"),
                                 QStringLiteral("fr"), QStringLiteral("--screenshot"),
                                 QStringLiteral("x.png"), QStringLiteral("f.dealscope")});
        QVERIFY(options);
        QCOMPARE(options->language, QStringLiteral("fr"));
        QCOMPARE(options->screenshot, QStringLiteral("x.png"));
        QCOMPARE(options->file, QStringLiteral("f.dealscope"));
        QVERIFY(!parseStartupOptions(
            {QStringLiteral("dealscope"), QStringLiteral("a"), QStringLiteral("b")}));
        auto sample = sampleCopyPath();
        QVERIFY(sample);
        QVERIFY(QFile::exists(*sample));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
