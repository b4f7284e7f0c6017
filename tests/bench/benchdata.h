// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The data every benchmark runs on: an existing file (--db) or one generated for the run
// (--deals, --companies) in a temporary folder.

#include "exchange/generator.h"
#include "store/store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTemporaryDir>

#include <cstdio>

namespace ds::bench {

struct DataOptions {
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("Use this file."),
                          QStringLiteral("FILE")};
    QCommandLineOption deals{QStringLiteral("deals"), QStringLiteral("Deals to generate."),
                             QStringLiteral("N"), QStringLiteral("1000000")};
    QCommandLineOption companies{QStringLiteral("companies"),
                                 QStringLiteral("Companies to generate."), QStringLiteral("M"),
                                 QStringLiteral("100000")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({db, deals, companies}); }

    gen::Options generatorOptions(const QCommandLineParser &parser) const {
        gen::Options o;
        o.deals = parser.value(deals).toLongLong();
        o.companies = parser.value(companies).toLongLong();
        return o;
    }

    /// The file given with --db, or a new one generated in dir; empty when generating failed.
    QString path(const QCommandLineParser &parser, const QTemporaryDir &dir) const {
        if (parser.isSet(db))
            return parser.value(db);
        const QString generated = dir.filePath(QStringLiteral("bench.dealscope"));
        auto store = Store::open(generated, Store::OpenMode::CreateNew);
        if (!store || !gen::generate(*store, generatorOptions(parser))) {
            std::fprintf(stderr, "generation failed\n");
            return {};
        }
        return generated;
    }
};

} // namespace ds::bench
