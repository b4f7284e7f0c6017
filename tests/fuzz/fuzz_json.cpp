// SPDX-License-Identifier: GPL-3.0-or-later
// A JSON document imported into a file that holds the sample (merging companies and sources),
// then exported again.
#include "fuzzsupport.h"

using namespace ds;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::startQt();
    static const QByteArray sampleExport = [] {
        Store s = fuzz::sampleStore();
        return *json::exportStore(s);
    }();
    Store store = fuzz::sampleStore();
    if (!json::importDocument(store, fuzz::bytesOf(data, size))) {
        // Refused: nothing may have changed.
        if (*json::exportStore(store) != sampleExport)
            std::abort();
        return 0;
    }
    (void)json::exportStore(store);
    return 0;
}
