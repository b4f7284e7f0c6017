// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/companyfinder.h"

namespace ds::ingest {

/// The phrases of a text that stand for a company without naming it, each resolved to the
/// company it stands for:
/// - a product's maker: "the ChatGPT maker", "ChatGPT-maker", "the creator of ChatGPT", "the
///   start-up behind Claude" (the directory's products);
/// - a description inside a sentence: "the cloud provider", "the A.I. start-up", "the
///   chipmaker" stand for the latest company of that kind named before; "the company" for the
///   latest one named before the sentence, when the sentence has named none before it.
/// Sentence-initial descriptions ("The startup also …") are the sentence's subject and are
/// resolved by the extraction. `companies` are the names found (in text order); the result
/// is in text order, overlapping no name.
std::vector<CompanyMention> findReferences(const QString &text,
                                           const std::vector<CompanyMention> &companies,
                                           const std::vector<TextSpan> &sentences,
                                           const CompanyDictionary &dictionary);

/// The kind a description says ("cloud provider" → cloud, "start-up" → lab), if any.
std::optional<CompanyKind> kindOfDescription(const QString &phrase);

} // namespace ds::ingest
