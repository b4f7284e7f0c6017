// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/mentions.h"

namespace ds::ingest {

/// Splits a text into sentences: at ".", "!" or "?" followed by a space and a capital, digit
/// or quote, and at every line break. Abbreviations ("Inc.", "U.S.", "Nov.") and decimal
/// points do not end a sentence. Spans exclude surrounding white space; empty lines give none.
std::vector<TextSpan> splitSentences(const QString &text);

/// The index of the sentence that holds `offset` (the last one starting at or before it).
int sentenceAt(const std::vector<TextSpan> &sentences, int offset);

} // namespace ds::ingest
