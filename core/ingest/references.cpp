// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/references.h"

#include "ingest/sentences.h"

#include "ingest/patterns.h"

#include <QRegularExpression>

#include <algorithm>

namespace ds::ingest {

namespace {

bool overlapsAny(const std::vector<CompanyMention> &mentions, const TextSpan &span) {
    return std::any_of(mentions.begin(), mentions.end(),
                       [&](const CompanyMention &m) { return m.span.overlaps(span); });
}

CompanyMention mentionOf(const TextSpan &span, const CompanyDictionary::Entry &entry,
                         CompanyMention::Via via) {
    return {span, entry.fromDirectory ? std::nullopt : std::optional<Id>(entry.id), entry.name,
            via};
}

// "the ChatGPT maker", "ChatGPT-maker", "maker of ChatGPT", "the start-up behind Claude".
void findProducts(const QString &text, const std::vector<CompanyMention> &companies,
                  const CompanyDictionary &dictionary, std::vector<CompanyMention> &out) {
    static const QString product =
        QStringLiteral(R"(([A-Z][\w.]*(?:-\d[\w.]*)?(?: [A-Z][\w.]*)?))");
    static const QString role =
        QStringLiteral(R"((?:maker|developer|creator|owner|parent|company|start-?up|firm|lab))");
    static const QRegularExpression before =
        QRegularExpression(QStringLiteral(R"(\b(?:[Tt]he )?)") + product +
                           QStringLiteral(R"((?:[\s-]))") + role + QStringLiteral(R"(\b)"));
    static const QRegularExpression after = QRegularExpression(
        QStringLiteral(R"(\b(?:[Tt]he )?)") + role + QStringLiteral(R"( (?:of|behind) (?:the )?)") +
        product + QStringLiteral(R"(\b)"));
    for (const QRegularExpression *re : {&before, &after}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const auto *maker = dictionary.makerOf(m.captured(1));
            const TextSpan span{int(m.capturedStart()), int(m.capturedEnd())};
            if (maker && !overlapsAny(companies, span) && !overlapsAny(out, span))
                out.push_back(mentionOf(span, *maker, CompanyMention::Via::Product));
        }
    }
}

} // namespace

std::optional<CompanyKind> kindOfDescription(const QString &phrase) {
    const QString p = phrase.toLower();
    static const QRegularExpression lab =
        ci(QStringLiteral(R"(\b(start-?up|lab|developer|ai (company|firm|group)|model maker)\b)"));
    static const QRegularExpression cloud =
        ci(QStringLiteral(R"(\b(cloud|hyperscaler|data[- ]cent(er|re) (operator|provider))\b)"));
    static const QRegularExpression chips =
        ci(QStringLiteral(R"(\b(chip ?maker|chip|gpu|semiconductor|chipmaking)\b)"));
    static const QRegularExpression investor = ci(
        QStringLiteral(R"(\b(investor|fund|bank|vehicle|investment firm|conglomerate|venture)\b)"));
    if (cloud.match(p).hasMatch())
        return CompanyKind::Cloud;
    if (chips.match(p).hasMatch())
        return CompanyKind::Chipmaker;
    if (lab.match(p).hasMatch())
        return CompanyKind::Lab;
    if (investor.match(p).hasMatch())
        return CompanyKind::Investor;
    return std::nullopt;
}

std::vector<CompanyMention> findReferences(const QString &text,
                                           const std::vector<CompanyMention> &companies,
                                           const std::vector<TextSpan> &sentences,
                                           const CompanyDictionary &dictionary) {
    std::vector<CompanyMention> out;
    findProducts(text, companies, dictionary, out);
    if (sentences.empty())
        return out;

    // "the cloud provider", "the A.I. start-up", "the chipmaker's", "the company".
    static const QRegularExpression description = ci(QStringLiteral(
        R"(\bthe ((?:[\w.-]+ ){0,3}?(?:start-?up|lab|developer|company|firm|chip ?maker|)"
        R"(provider|giant|hyperscaler|investor|fund|conglomerate|operator))(?![\w-])(?!\s+(?-i:[A-Z])))"));
    auto it = description.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const TextSpan span{int(m.capturedStart()), int(m.capturedEnd())};
        const TextSpan &sentence = sentences[size_t(sentenceAt(sentences, span.start))];
        if (span.start <= sentence.start + 1 || overlapsAny(companies, span) ||
            overlapsAny(out, span))
            continue;
        const std::optional<CompanyKind> kind = kindOfDescription(m.captured(1));
        auto before = [&](const CompanyMention &c) {
            return c.span.start >= sentence.start && c.span.end <= span.start;
        };
        if (!kind) {
            // "the company" is the one the article was just about: the first named in the
            // nearest sentence before that names one.
            const CompanyMention *best = nullptr;
            const auto last =
                std::lower_bound(companies.begin(), companies.end(), sentence.start,
                                 [](const CompanyMention &c, int at) { return c.span.start < at; });
            if (last != companies.begin()) {
                // The latest name before the sentence, then the first of its sentence.
                const TextSpan &named =
                    sentences[size_t(sentenceAt(sentences, (last - 1)->span.start))];
                best = &*std::lower_bound(
                    companies.begin(), last, named.start,
                    [](const CompanyMention &c, int at) { return c.span.start < at; });
            }
            // "Nvidia said the company …" may mean either when the sentence names it.
            const bool named =
                best &&
                std::any_of(companies.begin(), companies.end(), [&](const CompanyMention &c) {
                    return before(c) && phraseKey(c.name) == phraseKey(best->name);
                });
            // "Nebius shares jumped, giving the company a market value of …": the object of
            // such a verb is the sentence's own subject.
            static const QRegularExpression ownSubject = ci(QStringLiteral(
                R"(\b(giving|gives|gave|valuing|values|valued|value|making|makes|made|leaving|)"
                R"(leaves|left|putting|puts|lifting|lifts|pushing|pushes|sending|sends)\s+$)"));
            const auto first = std::find_if(companies.begin(), companies.end(), before);
            if (first != companies.end() &&
                ownSubject
                    .match(text.mid(std::max(sentence.start, span.start - 20),
                                    span.start - std::max(sentence.start, span.start - 20)))
                    .hasMatch())
                out.push_back(
                    {span, first->companyId, first->name, CompanyMention::Via::Description});
            else if (best && !named)
                out.push_back(
                    {span, best->companyId, best->name, CompanyMention::Via::Description});
            continue;
        }
        for (auto c = companies.rbegin(); c != companies.rend(); ++c) {
            if (c->span.end > span.start)
                continue;
            if (span.start - c->span.end > 2000)
                break;
            const auto *entry = dictionary.entryOf(c->companyId, c->name);
            if (!entry || entry->kind != *kind)
                continue;
            out.push_back({span, c->companyId, c->name, CompanyMention::Via::Description});
            break;
        }
    }
    std::sort(out.begin(), out.end(), [](const CompanyMention &a, const CompanyMention &b) {
        return a.span.start < b.span.start;
    });
    return out;
}

} // namespace ds::ingest
