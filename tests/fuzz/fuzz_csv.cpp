// SPDX-License-Identifier: GPL-3.0-or-later
// A CSV file parsed, its columns guessed from the header, and its flows imported (all or
// nothing) into a file that holds the sample.
#include "exchange/csvformat.h"
#include "fuzzsupport.h"

using namespace ds;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::startQt();
    auto document = csv::parse(fuzz::bytesOf(data, size));
    if (!document)
        return 0;
    const std::vector<csv::Field> mapping = csv::guessMapping(document->header);
    Store store = fuzz::freshSampleStore();
    const Revisions before = *store.revisions();
    auto imported = csv::importFlows(store, *document, mapping, QStringLiteral("fuzz.csv"));
    if ((!imported || !imported->errors.isEmpty()) && !(*store.revisions() == before))
        std::abort(); // a refused import changed the file
    return 0;
}
