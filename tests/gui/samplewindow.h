// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window the GUI tests drive: test-mode settings, a fresh copy of the sample at
// `path`, shown at 1400×900 on one view, the deal table loaded.
#include "document/settings.h"
#include "exchange/sample.h"
#include "mainwindow.h"
#include "models/dealtablemodel.h"
#include "views/dealtableview.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

namespace ds::gui::test {

/// False when the sample cannot be written or opened (a QVERIFY in the caller reports it).
inline bool openSampleWindow(const QString &path, std::unique_ptr<Settings> &settings,
                             std::unique_ptr<MainWindow> &window, int view) {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    if (!sample::writeSampleFile(path))
        return false;
    settings = std::make_unique<Settings>();
    window = std::make_unique<MainWindow>(settings.get());
    window->resize(1400, 900);
    window->show();
    if (!window->openFile(path, true))
        return false;
    window->showView(view);
    return QTest::qWaitFor([&] { return !window->dealTable()->model()->isLoading(); }, 10000);
}

} // namespace ds::gui::test
