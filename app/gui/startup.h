// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"

#include <QString>
#include <QStringList>

namespace ds::gui {

/// What the command line asked for.
struct StartupOptions {
    QString file;                 ///< open this file (empty: the last one, or the sample)
    QString language;             ///< --lang CODE (empty: settings, then the system locale)
    QString screenshot;           ///< --screenshot FILE.png: render the window, save it and quit
    std::optional<Id> selectFlow; ///< --select-flow ID: focus this flow at start
    int view = 0;                 ///< --view table|timeline|network
    QString company;              ///< --company NAME: focus this company at start
    QStringList imports; ///< --import ARTICLE: import articles at start (one opens for review)
};

/// Parses the arguments; on bad usage returns an Error with the message to print.
Result<StartupOptions> parseStartupOptions(const QStringList &arguments);

/// The user's copy of the sample dataset in the data folder, written on first use.
Result<QString> sampleCopyPath();

} // namespace ds::gui
