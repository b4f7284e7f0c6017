// SPDX-License-Identifier: GPL-3.0-or-later
// A search typed by a person (any text) run against the sample's sources.
#include "fuzzsupport.h"
#include "store/search.h"

#include <QStringDecoder>

using namespace ds;
using namespace ds::search;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::startQt();
    static Store store = fuzz::sampleStore();
    const QString input = QString::fromUtf8(fuzz::bytesOf(data, size));
    (void)ftsQuery(input);
    const QStringList terms = searchTerms(input);
    (void)firstOccurrence(input, terms);
    auto results = searchSources(store, input, 20);
    if (!results && !ftsQuery(input).isEmpty())
        std::abort(); // every input with a word is searched literally: an SQL error is a bug
    return 0;
}
