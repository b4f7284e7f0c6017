// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/extraction.h"

namespace ds::ingest {

/// One sentence of an article, with the companies it names (names and references) and the
/// company a sentence-initial "It", "The startup" stands for.
struct SentenceContext {
    const QString &text;
    const CompanyDictionary &dictionary;
    TextSpan sentence;
    std::vector<const CompanyMention *> companies; ///< in the sentence, in text order
    std::optional<Party> antecedent;
};

/// How one side of a proposal was found.
enum class PartySource {
    None,
    Wording,   ///< joined to the figure by the sentence's verb or preposition
    Subject,   ///< the antecedent of a sentence-initial "It", "The startup"
    OtherName, ///< only the sentence's other company
};

struct Attribution {
    Party payer;
    Party payee;
    PartySource payerSource = PartySource::None;
    PartySource payeeSource = PartySource::None;
    bool viaReference = false; ///< a side is "the ChatGPT maker", "the cloud provider"
};

/// Who pays whom for the figure at `figure`, from the sentence's wording: the subject and
/// its verb (invest, buy, raise, land, borrow…), the prepositions that join names to the
/// figure (in, to, from, by, with), possessives ("Microsoft’s $5B investment"), appositions
/// ("OpenAI rival Anthropic"), relative clauses ("Oracle, who plans to spend $40B"). A
/// chipmaker named only for its hardware ("116,000 Nvidia GPUs", "powered by Nvidia chips")
/// is not a party unless the chips are bought.
Attribution attributeParties(const SentenceContext &ctx, const TextSpan &figure);

/// The company a sentence-initial description or pronoun stands for ("The startup also …",
/// "It said …", "These range from …"): the latest one named before of the kind the
/// description says, not one the sentence's first clause names.
std::optional<Party> antecedentOf(const QString &text, const TextSpan &sentence,
                                  const std::vector<CompanyMention> &companies,
                                  const CompanyDictionary &dictionary);

/// A verb of paying before a figure ("invest", "spend", "buy", "pay"): the wording says who
/// pays, so nothing is reoriented by what the parties sell.
bool explicitPayment(const QString &before);

/// "led by SoftBank", "led by the Japanese conglomerate SoftBank": the lead investor named in
/// `range` of the text, if any.
std::optional<Party> leadInvestorIn(const QString &text, const TextSpan &range,
                                    const std::vector<CompanyMention> &companies);

/// A chipmaker named for its hardware in its sentence ("116,000 Nvidia GPUs", "powered by
/// Nvidia chips") and not as the seller of chips: not a party.
bool namedForHardware(const QString &text, const TextSpan &sentence, const CompanyMention &c,
                      const CompanyDictionary &dictionary);

Party partyOf(const CompanyMention &c);
bool sameParty(const Party &a, const Party &b);
QString slice(const QString &text, int from, int to);

} // namespace ds::ingest
