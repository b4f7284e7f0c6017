// SPDX-License-Identifier: GPL-3.0-or-later
// A file's bytes judged by the header check, then opened as a DealScope file from a temporary
// file: refused with a message or opened, never a crash, and a refused file is left as it was.
#include "fuzzsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace ds;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::startQt();
    static QTemporaryDir dir;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    (void)checkSqliteHeader(bytes.left(100), bytes.size(), false);
    (void)checkSqliteHeader(bytes.left(100), bytes.size(), true);

    const QString path = dir.filePath(QStringLiteral("fuzz.dealscope"));
    Store::removeFiles(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            std::abort();
    }
    auto store = Store::open(path);
    if (store) {
        (void)store->counts();
        (void)store->flows();
        (void)store->claims();
        (void)store->sources(true);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
            std::abort(); // a refused file was changed
    }
    return 0;
}
