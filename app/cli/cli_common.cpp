// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "store/openfiles.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace ds::cli {

void out(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void err(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &command,
                   const QString &description, const QStringList &positional, bool allowMore) {
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    for (const QString &name : positional)
        parser.addPositionalArgument(name, QString());
    QStringList argv{QStringLiteral("dealscope-cli %1").arg(command)};
    argv += args;
    if (!parser.parse(argv)) {
        err(Cli::tr("dealscope-cli %1: %2\nTry 'dealscope-cli %1 --help'.\n")
                .arg(command, parser.errorText()));
        return Usage;
    }
    if (parser.isSet(help)) {
        out(parser.helpText());
        return Ok;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < positional.size() || (!allowMore && given > positional.size())) {
        err(Cli::tr("dealscope-cli %1: expected %2, got %3 argument(s).\nTry 'dealscope-cli %1 "
                    "--help'.\n")
                .arg(command, positional.join(QLatin1Char(' ')))
                .arg(given));
        return Usage;
    }
    return -1;
}

bool writeOutput(const QString &path, const QByteArray &bytes) {
    if (path.isEmpty() || path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return std::fflush(stdout) == 0;
    }
    if (Status s = refuseOpenDatabase(path); !s) {
        err(Cli::tr("dealscope-cli: %1\n").arg(s.errorMessage()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        err(Cli::tr("Cannot write %1: %2\n").arg(path, file.errorString()));
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        err(Cli::tr("Cannot write %1: %2\n").arg(path, file.errorString()));
        return false;
    }
    return true;
}

std::optional<Store> openDatabase(const QString &path) {
    auto store = Store::open(path, Store::OpenMode::Existing);
    if (!store) {
        err(Cli::tr("dealscope-cli: %1\n").arg(store.errorMessage()));
        return std::nullopt;
    }
    return std::move(*store);
}

std::optional<Id> companyNamed(Store &store, const QString &name, const QString &command) {
    auto id = store.companyIdByName(name);
    if (!id || !*id) {
        err(id ? Cli::tr("dealscope-cli %1: no company or alias '%2'.\n").arg(command, name)
               : Cli::tr("dealscope-cli: %1\n").arg(id.errorMessage()));
        return std::nullopt;
    }
    return **id;
}

} // namespace ds::cli
