// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "exchange/sample.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ds::gui {

Result<StartupOptions> parseStartupOptions(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ds::gui::Startup", "DealScope: explore who funds whom in the AI industry."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("ds::gui::Startup",
                                    "Language of the interface (de, fr, zh_CN, en)."),
        QStringLiteral("CODE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("ds::gui::Startup",
                                    "Render the main window to a PNG file and quit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption selectFlow(
        QStringLiteral("select-flow"),
        QCoreApplication::translate("ds::gui::Startup",
                                    "Select this flow at start (e.g. for a screenshot)."),
        QStringLiteral("ID"));
    parser.addOption(lang);
    parser.addOption(screenshot);
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate("ds::gui::Startup",
                                    "The view to show first: table, timeline or network."),
        QStringLiteral("VIEW"));
    const QCommandLineOption company(
        QStringLiteral("company"),
        QCoreApplication::translate("ds::gui::Startup",
                                    "Focus this company at start and show its stakes."),
        QStringLiteral("NAME"));
    parser.addOption(selectFlow);
    parser.addOption(view);
    parser.addOption(company);
    const QCommandLineOption import(
        QStringLiteral("import"),
        QCoreApplication::translate("ds::gui::Startup",
                                    "Import this article (or folder of articles) at start; one "
                                    "article opens for review. With --screenshot, the review is "
                                    "rendered."),
        QStringLiteral("ARTICLE"));
    parser.addOption(import);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("ds::gui::Startup", "The DealScope file to open."),
        QStringLiteral("[FILE]"));
    parser.process(arguments); // --help and --version print and exit here
    if (parser.positionalArguments().size() > 1)
        return Error{
            QCoreApplication::translate("ds::gui::Startup", "Give at most one file to open.")};
    StartupOptions options;
    options.file = parser.positionalArguments().value(0);
    options.language = parser.value(lang);
    options.screenshot = parser.value(screenshot);
    if (parser.isSet(view)) {
        const QString v = parser.value(view);
        const QStringList views = {QStringLiteral("table"), QStringLiteral("timeline"),
                                   QStringLiteral("network")};
        if (!views.contains(v))
            return Error{QCoreApplication::translate("ds::gui::Startup",
                                                     "--view must be table, timeline or network.")};
        options.view = int(views.indexOf(v));
    }
    options.company = parser.value(company);
    options.imports = parser.values(import);
    if (parser.isSet(selectFlow)) {
        bool ok = false;
        const Id flow = parser.value(selectFlow).toLongLong(&ok);
        if (!ok || flow <= 0)
            return Error{
                QCoreApplication::translate("ds::gui::Startup", "--select-flow needs a flow id.")};
        options.selectFlow = flow;
    }
    return options;
}

Result<QString> sampleCopyPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return Error{
            QCoreApplication::translate("ds::gui::Startup", "Cannot create the data folder %1.")
                .arg(dir)};
    const QString path = QDir(dir).filePath(QStringLiteral("sample.dealscope"));
    if (QFileInfo::exists(path))
        return path;
    if (Status s = sample::writeSampleFile(path); !s)
        return s.error();
    return path;
}

} // namespace ds::gui
