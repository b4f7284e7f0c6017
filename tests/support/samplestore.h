// SPDX-License-Identifier: GPL-3.0-or-later
// The sample dataset in a private in-memory store, for tests that read it.
#pragma once

#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "store/store.h"

#include <QtGlobal>

namespace ds::testing {

/// A fresh in-memory store holding the sample dataset; stops the test when it cannot be made.
inline Store sampleStore() {
    auto store = Store::openMemory();
    if (!store || !json::importDocument(*store, sample::sampleJson()))
        qFatal("The sample dataset cannot be loaded into memory.");
    return std::move(*store);
}

/// The id of a company by name or alias; 0 when there is none.
inline Id companyId(Store &store, const char *name) {
    auto id = store.companyIdByName(QString::fromUtf8(name));
    return id ? id->value_or(0) : 0;
}

} // namespace ds::testing
