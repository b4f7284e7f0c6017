// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every fuzz target shares: a QCoreApplication (for translations and file names), the
// bytes as Qt types, and a private in-memory store with the sample dataset.
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "store/store.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace ds::fuzz {

inline void startQt() {
    static int argc = 1;
    static char name[] = "dealscope-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

inline QByteArray bytesOf(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A new in-memory store holding the sample dataset (aborts if that fails: a broken harness,
/// not a finding).
inline Store sampleStore() {
    auto store = Store::openMemory();
    if (!store || !json::importDocument(*store, sample::sampleJson()))
        std::abort();
    return std::move(*store);
}

/// The same as sampleStore(), fast: a copy of one in-memory image of it (sqlite3_deserialize),
/// for targets that need a fresh file for every input.
inline Store freshSampleStore() {
    static const QByteArray image = [] {
        Store s = sampleStore();
        sqlite3_int64 size = 0;
        unsigned char *bytes = sqlite3_serialize(s.db().handle(), "main", &size, 0);
        if (!bytes)
            std::abort();
        QByteArray copy(reinterpret_cast<const char *>(bytes), qsizetype(size));
        sqlite3_free(bytes);
        return copy;
    }();
    auto store = Store::openMemory();
    if (!store)
        std::abort();
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    std::memcpy(copy, image.constData(), size_t(image.size()));
    if (sqlite3_deserialize(store->db().handle(), "main", copy, image.size(), image.size(),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) !=
            SQLITE_OK ||
        !store->db().exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        std::abort();
    return std::move(*store);
}

} // namespace ds::fuzz
