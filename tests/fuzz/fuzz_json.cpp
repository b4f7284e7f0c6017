// SPDX-License-Identifier: GPL-3.0-or-later
// A JSON document imported into a file that holds the sample (merging companies and sources),
// then exported again.
#include "fuzzsupport.h"

using namespace ds;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::startQt();
    Store store = fuzz::freshSampleStore();
    const Revisions before = *store.revisions();
    if (!json::importDocument(store, fuzz::bytesOf(data, size))) {
        // Refused: nothing may have changed (the revision counters count every row written).
        if (!(*store.revisions() == before))
            std::abort();
        return 0;
    }
    (void)json::exportStore(store);
    return 0;
}
