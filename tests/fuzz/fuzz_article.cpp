// SPDX-License-Identifier: GPL-3.0-or-later
// An article's bytes read as the importer reads a file of one format (DEALSCOPE_FUZZ_FORMAT:
// Text, Markdown, Html, HtmlFragment, Mhtml or Pdf; one target each), then its figures extracted
// against the sample's companies.
#include "fuzzsupport.h"
#include "ingest/article.h"
#include "ingest/companyfinder.h"
#include "ingest/extraction.h"

using namespace ds;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::startQt();
    static Store store = fuzz::sampleStore();
    static const ingest::CompanyDictionary dictionary =
        *ingest::CompanyDictionary::fromStore(store);
    auto article = ingest::articleFromBytes(fuzz::bytesOf(data, size), QStringLiteral("fuzz"),
                                            ingest::ArticleFormat::DEALSCOPE_FUZZ_FORMAT);
    if (article) {
        ingest::ExtractionOptions options;
        options.published = article->proposed.published;
        (void)ingest::extract(article->text, dictionary, options);
    }
    return 0;
}
