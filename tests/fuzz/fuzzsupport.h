// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every fuzz target shares: a QCoreApplication (for translations and file names), the
// bytes as Qt types, and a private in-memory store with the sample dataset.
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "store/store.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

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

} // namespace ds::fuzz
