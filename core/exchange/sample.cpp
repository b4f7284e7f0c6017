// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/sample.h"

#include "exchange/jsonformat.h"

#include <QCoreApplication>
#include <QFile>

namespace ds::sample {

QByteArray sampleJson() {
    QFile file(QStringLiteral(":/sample/sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Status writeSampleFile(const QString &path) {
    const QByteArray json = sampleJson();
    if (json.isEmpty())
        return Error{QCoreApplication::translate("ds::sample",
                                                 "The sample dataset is missing from this build.")};
    auto store = Store::open(path, Store::OpenMode::CreateNew);
    if (!store)
        return store.error();
    auto summary = json::importDocument(*store, json);
    if (!summary) {
        store = Error{}; // close the file before removing it and its journal
        Store::removeFiles(path);
        return summary.error();
    }
    return {};
}

} // namespace ds::sample
