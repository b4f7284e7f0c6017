// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/article.h"

#include <functional>

namespace ds::ingest {

/// Reads article files on all the machine's cores (parsing a page is most of an import's
/// time) and hands each to `consume` in the order given, on the calling thread, so that the
/// store is written by one thread. Reading runs a few files ahead of `consume`; when it
/// returns false no further file is handed over and the ones being read are waited for.
void forEachArticle(const QStringList &files, qint64 maxBytes,
                    const std::function<bool(int index, Result<Article> article)> &consume);

} // namespace ds::ingest
