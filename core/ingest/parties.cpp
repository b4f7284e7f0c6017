// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/parties.h"

#include "ingest/direction.h"
#include "ingest/references.h"

#include "ingest/patterns.h"

#include <QRegularExpression>

#include <algorithm>

namespace ds::ingest {

QString slice(const QString &text, int from, int to) {
    return to > from ? text.mid(from, to - from) : QString();
}

Party partyOf(const CompanyMention &c) {
    return {c.companyId, c.name};
}

bool sameParty(const Party &a, const Party &b) {
    if (a.companyId && b.companyId)
        return *a.companyId == *b.companyId;
    return phraseKey(a.name) == phraseKey(b.name);
}

namespace {

// The last preposition of the words joining a figure (or a verb) to a company.
enum class Link { None, In, From, By };

Link linkOf(const QString &between) {
    static const QRegularExpression lastWord = ci(QStringLiteral(
        R"(\b(in|into|to|on|with|for|from|by|at)\s+(?:(?:the|its|their|use|)"
        R"(using|spend|spending|buy|buying|rent|renting|run|running|roughly|about|around|some|)"
        R"(nearly|over|more than|new|additional|(?!(?:19|20)\d\d\b)[\d,.]+)\s+)*$)"));
    // "an investment in French AI startup Mistral": a description between preposition and name.
    static const QRegularExpression described = ci(QStringLiteral(
        R"(\b(in|into|to|on|with|for|from|by)\s+(?:(?!(?:in|into|to|on|with|for|from|by|and|)"
        R"(or|which|who|that)\b)[\w'’.&-]+\s+){0,5}?(?:startup|start-up|firm|company|developer|)"
        R"(maker|provider|lab|operator|unit|giant|platform|specialist|designer|rival|competitor|)"
        R"(powerhouse|group|fund|chipmaker|neocloud|conglomerate|business|subsidiary|arm)\s+$)"));
    // "linked to Elon Musk’s xAI", "in Abu Dhabi’s G42": a possessor between preposition and
    // name does not part them.
    static const QRegularExpression possessor(
        QStringLiteral(R"((?:\b[A-Z][\w.-]*\s+){0,2}\b[A-Z][\w.-]*['’]s\s+$)"));
    QString words = between;
    if (const auto p = possessor.match(words); p.hasMatch())
        words.truncate(p.capturedStart());
    auto m = lastWord.match(words);
    if (!m.hasMatch())
        m = described.match(words);
    if (!m.hasMatch())
        return Link::None;
    const QString w = m.captured(1).toLower();
    if (w == QLatin1String("from"))
        return Link::From;
    if (w == QLatin1String("by"))
        return Link::By;
    if (w == QLatin1String("at"))
        return Link::None;
    return Link::In;
}

bool isPossessiveBefore(const QString &text, const CompanyMention &company, int figureStart) {
    // "Microsoft’s landmark $45 billion", "Google's earlier $2 billion".
    static const QRegularExpression possessive =
        ci(QStringLiteral(R"(^['’]s?(?:\s+[a-z-]+){0,2}\s+$)"));
    return possessive.match(text.mid(company.span.end, figureStart - company.span.end)).hasMatch();
}

// Verbs whose subject receives the money.
bool subjectReceives(const QString &between) {
    static const QRegularExpression receive = ci(QStringLiteral(
        R"(\b(rais(e|es|ed|ing)|secur(e|es|ed|ing)|receiv(e|es|ed|ing)|gets?|borrow(s|ed|ing)?|)"
        R"(got|land(s|ed)?|w[io]ns?|attract(s|ed)?|clos(e|es|ed|ing) (a |its )?)"
        R"((funding|financing)|sells?|sold|sell(ing)?)\b)"));
    return receive.match(between).hasMatch();
}

bool buyingContext(const QString &sentence) {
    static const QRegularExpression buy =
        ci(QStringLiteral(R"(\b(buy(s|ing)?|bought|purchas(e|es|ed|ing)|order(s|ed)?|)"
                          R"(rent(s|ed|ing)?|leas(e|es|ed|ing)|license[sd]?|licensing)\b)"));
    return buy.match(sentence).hasMatch();
}

// A company of the sentence with the word that joins it to the figure.
struct Named {
    const CompanyMention *mention;
    Link link = Link::None;
    bool before = false; // stands before the figure
};

// "OpenAI competitor Anthropic": the first name only describes the second.
bool describesNext(const QString &text, const CompanyMention &c, const CompanyMention *next) {
    static const QRegularExpression apposition = ci(QStringLiteral(
        R"(^['’]?s?\s+(?:[\w-]+\s+)?(?:competitor|rival|partner|peer|backer|investor|-backed|)"
        R"(startup|spin-?off)\s+$)"));
    return next && next->span.start - c.span.end < 30 &&
           apposition.match(slice(text, c.span.end, next->span.start)).hasMatch();
}

// "as reported by The Information", "according to Reuters": the outlet, not a party.
bool isAttribution(const QString &lead) {
    static const QRegularExpression reporting = ci(QStringLiteral(
        R"(\b(reported by|according to|told|said|says|reports?|cited by|per)\s+(?:the\s+)?$)"));
    return reporting.match(lead).hasMatch();
}

// Where the figure's clause starts: after the last clause break before it.
int clauseStart(const QString &text, const TextSpan &sentence, const TextSpan &figure) {
    static const QRegularExpression breaks = ci(QStringLiteral(
        R"([;:–—]|,|\b(?:while|whereas|but|although|though|since|after|before|which|who|)"
        R"(when)\b)"));
    int start = sentence.start;
    auto it = breaks.globalMatch(slice(text, sentence.start, figure.start));
    while (it.hasNext())
        start = sentence.start + int(it.next().capturedEnd());
    return start;
}

// "116,000 Nvidia GB300 GPUs", "capacity powered by Nvidia chips": a chipmaker named for its
// hardware. It is a party only when the sentence buys the chips ("spend $40B on 400,000
// Nvidia chips", "buy Nvidia GPUs").
bool hardwareOnly(const SentenceContext &ctx, const CompanyMention &c) {
    if (sellsOf(ctx.dictionary.entryOf(c.companyId, c.name)) != Sells::Chips)
        return false;
    static const QRegularExpression hardware = ci(QStringLiteral(
        R"(^['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:chips?|gpus?|processors?|accelerators?|hardware|)"
        R"(semiconductors?|superchips?|systems|servers|gb\d+\w*|[hb]\d{2,3}\w*|blackwell|hopper|)"
        R"(rubin|instinct|mi\d+\w*|tpus?|xpus?)\b)"));
    if (!hardware.match(slice(ctx.text, c.span.end, ctx.sentence.end)).hasMatch())
        return false;
    // The nearest verb before the name decides: buying makes the maker a party, using,
    // leasing or deploying does not.
    static const QRegularExpression verb = ci(QStringLiteral(
        R"(\b(?:(buy\w*|bought|purchas\w*|spend\w*|spent|order\w*|acquir\w*)|(powered|using|use|)"
        R"(uses|running|runs|run|based|equipped|featuring|deploy\w*|leas\w*|rent\w*|access|)"
        R"(install\w*|host\w*|operat\w*|with|built|build\w*))\b)"));
    const int from = std::max(ctx.sentence.start, c.span.start - 80);
    bool buying = false;
    auto it = verb.globalMatch(slice(ctx.text, from, c.span.start));
    while (it.hasNext())
        buying = it.next().capturedLength(1) > 0;
    return !buying;
}

// "agreeing to purchase Israeli-American cloud security firm Wiz", "acquire Palantir": the
// name is the object of a verb of buying: the one paid.
bool isObjectOfBuying(const QString &lead) {
    static const QRegularExpression object = ci(QStringLiteral(
        R"(\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|tak(?:e|es|ing))"
        R"( over|took over|snap(?:s|ped)? up)\s+(?:(?!(?:in|into|to|on|with|for|from|by|at|and|)"
        R"(of|stake|shares?|chips?|gpus?|capacity|compute)\b)[\w'’.-]+\s+){0,5}$)"));
    return object.match(lead).hasMatch();
}

std::vector<Named> namedIn(const SentenceContext &ctx, const TextSpan &figure) {
    const QString &text = ctx.text;
    std::vector<Named> out;
    for (size_t i = 0; i < ctx.companies.size(); ++i) {
        const CompanyMention *c = ctx.companies[i];
        const CompanyMention *next = i + 1 < ctx.companies.size() ? ctx.companies[i + 1] : nullptr;
        if (c->span.start < figure.end && c->span.end > figure.start)
            continue;
        if (describesNext(text, *c, next) || hardwareOnly(ctx, *c))
            continue;
        // The words that join the name: from the previous name in an apposition.
        int joinAt = c->span.start;
        if (i > 0 && describesNext(text, *ctx.companies[i - 1], c))
            joinAt = ctx.companies[i - 1]->span.start;
        const bool before = c->span.end <= figure.start;
        const int from = before ? ctx.sentence.start : figure.end;
        const QString lead = slice(text, from, joinAt);
        if (isAttribution(lead))
            continue;
        Link link = linkOf(lead);
        if (link == Link::None &&
            isObjectOfBuying(slice(text, std::max(from, joinAt - 80), joinAt)))
            link = Link::In;
        out.push_back({c, link, before});
    }
    return out;
}

// "…, who plans to spend $40 billion": the name before the relative pronoun is the subject.
const CompanyMention *relativeSubject(const SentenceContext &ctx, int clause) {
    static const QRegularExpression relative = ci(QStringLiteral(R"(,\s*(?:who|which|that)$)"));
    const QString lead = slice(ctx.text, ctx.sentence.start, clause);
    const auto m = relative.match(lead);
    if (!m.hasMatch())
        return nullptr;
    const int comma = ctx.sentence.start + int(m.capturedStart());
    for (const CompanyMention *c : ctx.companies)
        if (c->span.end <= comma && slice(ctx.text, c->span.end, comma).trimmed().isEmpty())
            return c;
    return nullptr;
}

// "for the AI company to purchase $300B of compute", "OpenAI agreed to buy": the name right
// before a verb of paying that governs the figure pays, whatever the sentence's subject.
const CompanyMention *payingVerbSubject(const SentenceContext &ctx, const TextSpan &figure) {
    static const QRegularExpression paying = ci(QStringLiteral(
        R"(^\s+(?:(?:to|will|would|could|also|then|has|have|had|agreed|agrees|plans?|planned|is|)"
        R"(are|was|set|expected|going|now)\s+)*(?:buy|buys|buying|bought|purchas\w*|spend\w*|)"
        R"(spent|pay|pays|paying|paid|rent\w*|leas\w*|acquir\w*)\b(?:\s+[\w’'.,-]+){0,6}?\s*$)"));
    for (auto it = ctx.companies.rbegin(); it != ctx.companies.rend(); ++it) {
        const CompanyMention *c = *it;
        if (c->span.end > figure.start)
            continue;
        if (figure.start - c->span.end > 90)
            break;
        if (paying.match(slice(ctx.text, c->span.end, figure.start)).hasMatch())
            return c;
    }
    return nullptr;
}

} // namespace

Attribution attributeParties(const SentenceContext &ctx, const TextSpan &figure) {
    const QString &text = ctx.text;
    const std::vector<Named> named = namedIn(ctx, figure);
    const int clause = clauseStart(text, ctx.sentence, figure);
    Attribution a;
    Party &payer = a.payer;
    Party &payee = a.payee;
    auto setPayer = [&](const Party &party, PartySource source) {
        payer = party;
        a.payerSource = source;
    };
    auto setPayee = [&](const Party &party, PartySource source) {
        payee = party;
        a.payeeSource = source;
    };

    // The subject: the first unlinked name of the figure's clause, else the nearest before it.
    std::optional<Party> inClause;
    std::optional<Party> beforeClause;
    std::optional<Party> target; // "bet big on Anthropic in $40B": a linked name before
    for (const Named &n : named) {
        if (!n.before)
            break;
        if (isPossessiveBefore(text, *n.mention, figure.start)) {
            setPayer(partyOf(*n.mention), PartySource::Wording);
            continue;
        }
        if (n.link == Link::None) {
            if (n.mention->span.start < clause)
                beforeClause = partyOf(*n.mention);
            else if (!inClause)
                inClause = partyOf(*n.mention);
        } else if (n.link == Link::In && (inClause || beforeClause)) {
            target = partyOf(*n.mention);
        }
    }
    if (!inClause)
        if (const CompanyMention *r = relativeSubject(ctx, clause))
            inClause = partyOf(*r);
    const std::optional<Party> subject = inClause       ? inClause
                                         : beforeClause ? beforeClause
                                                        : ctx.antecedent;
    const PartySource subjectSource =
        inClause || beforeClause ? PartySource::Wording : PartySource::Subject;
    if (!inClause && !beforeClause && ctx.antecedent && !target)
        for (const Named &n : named)
            if (n.before && n.link == Link::In)
                target = partyOf(*n.mention);
    const bool receives =
        subject && subjectReceives(slice(text, std::max(clause, figure.start - 80), figure.start));
    if (receives && payee.isEmpty())
        setPayee(*subject, subjectSource); // "CoreWeave borrowed $7.5B from Blackstone"
    // Names after the figure, joined to it by a preposition.
    for (const Named &n : named) {
        if (n.before)
            continue;
        if (n.mention->span.start - figure.end > 120)
            break;
        const Party party = partyOf(*n.mention);
        if (!payer.isEmpty() && sameParty(party, payer))
            continue;
        if (n.link == Link::From) {
            // "buy chips from Nvidia": the seller is paid; "borrow $7.5B from Blackstone to buy
            // chips": the buying comes after the lender, who pays.
            const bool buying = buyingContext(slice(
                text, std::max(ctx.sentence.start, figure.start - 40), n.mention->span.start));
            if (buying && payee.isEmpty())
                setPayee(party, PartySource::Wording);
            else if (!buying && payer.isEmpty())
                setPayer(party, PartySource::Wording);
        } else if (n.link == Link::By && payer.isEmpty()) {
            setPayer(party, PartySource::Wording);
        } else if (n.link == Link::In && payee.isEmpty()) {
            if (receives && payer.isEmpty())
                setPayer(party, PartySource::Wording);
            else
                setPayee(party, PartySource::Wording);
        }
        if (!payer.isEmpty() && !payee.isEmpty())
            break;
    }
    if (payee.isEmpty() && target && !receives)
        setPayee(*target, PartySource::Wording);
    if (subject) {
        if (receives && payee.isEmpty() && !sameParty(*subject, payer))
            setPayee(*subject, subjectSource);
        else if (!receives && payer.isEmpty() && !sameParty(*subject, payee))
            setPayer(*subject, subjectSource);
    }
    // Still missing one side: the other company the sentence names.
    auto fill = [&](bool missingPayer) {
        const Party &other = missingPayer ? payee : payer;
        if (!(missingPayer ? payer : payee).isEmpty())
            return;
        for (const Named &n : named) {
            const Party party = partyOf(*n.mention);
            if (!other.isEmpty() && sameParty(party, other))
                continue;
            if (missingPayer)
                setPayer(party, PartySource::OtherName);
            else
                setPayee(party, PartySource::OtherName);
            if (!n.before)
                break;
        }
    };
    if (!payer.isEmpty() || !payee.isEmpty()) {
        fill(false);
        fill(true);
    } else if (named.size() >= 2 && named[1].before) {
        // Nothing joins the names before the figure to it: the press names the payer first
        // ("Microsoft’s relationship with Anthropic, which began with a $4 billion investment").
        setPayer(partyOf(*named.front().mention), PartySource::OtherName);
        fill(false);
    }
    if (const CompanyMention *buyer = payingVerbSubject(ctx, figure)) {
        const Party party = partyOf(*buyer);
        if (sameParty(party, payee)) {
            std::swap(payer, payee);
            std::swap(a.payerSource, a.payeeSource);
        } else if (!sameParty(party, payer)) {
            if (payee.isEmpty() || a.payeeSource == PartySource::OtherName)
                setPayee(payer, a.payerSource);
            setPayer(party, PartySource::Wording);
        }
    }
    if (!payer.isEmpty() && !payee.isEmpty() && sameParty(payer, payee))
        setPayee({}, PartySource::None);
    for (const Named &n : named)
        if (n.mention->via != CompanyMention::Via::Name &&
            (sameParty(partyOf(*n.mention), payer) || sameParty(partyOf(*n.mention), payee)))
            a.viaReference = true;
    return a;
}

// "The startup also signed ...", "It said ...": the company a sentence-initial description or
// pronoun stands for: the latest one named before of the kind the description says, not one
// the sentence itself names.
std::optional<Party> antecedentOf(const QString &text, const TextSpan &sentence,
                                  const std::vector<CompanyMention> &companies,
                                  const CompanyDictionary &dictionary) {
    static const QRegularExpression anaphor = ci(QStringLiteral(
        R"(^(?:(?:The|This|That) (?:[\w-]+ ){0,2}(startup|company|lab|firm|group|giant|provider|)"
        R"(maker|chipmaker|fund|investor|bank|vehicle|developer|business|platform)|(It|They)|)"
        R"((?:These|Those)(?=\s+(?:range|ranged|are|were|have|had|will|would|could|include\w*|)"
        R"(involve\w*|span\w*|come|came)\b))(?![\w-]))"));
    const auto m = anaphor.match(slice(text, sentence.start, sentence.end));
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<CompanyKind> kind = kindOfDescription(m.captured(0));
    // Names of the sentence's first clause are other parties; a later clause ("…, and OpenAI
    // will take a stake in CoreWeave") may name the antecedent itself.
    static const QRegularExpression clauseBreak =
        ci(QStringLiteral(R"([;:]|,\s+(?:and|but|while|whereas)\b)"));
    const auto brk = clauseBreak.match(slice(text, sentence.start, sentence.end));
    const int firstClauseEnd =
        brk.hasMatch() ? sentence.start + int(brk.capturedStart()) : sentence.end;
    auto namedHere = [&](const CompanyMention &c) {
        return std::any_of(companies.begin(), companies.end(), [&](const CompanyMention &o) {
            return o.span.start >= sentence.start && o.span.end <= firstClauseEnd &&
                   sameParty(partyOf(o), partyOf(c));
        });
    };
    std::optional<Party> anyKind;
    for (auto it = companies.rbegin(); it != companies.rend(); ++it) {
        if (it->span.start >= sentence.end)
            continue; // named later: not what the sentence refers back to
        const bool inSentence = it->span.start >= sentence.start;
        if ((inSentence && it->span.start < firstClauseEnd) || namedHere(*it))
            continue;
        if (inSentence && !kind)
            continue; // a later clause names a company of the described kind only
        const auto *entry = dictionary.entryOf(it->companyId, it->name);
        if (!kind || (entry && entry->kind == *kind))
            return partyOf(*it);
        if (!anyKind)
            anyKind = partyOf(*it);
    }
    return anyKind;
}

bool explicitPayment(const QString &before) {
    static const QRegularExpression give = ci(QStringLiteral(
        R"(\b(invest\w*|commit\w*|spend\w*|pay\w*|paid|pour\w*|puts?|pledg\w*|fund\w*|)"
        R"(back\w*|bought|buy\w*|purchas\w*|offer\w*|provid(?:e|es|ed|ing)|bundled|gives?|gave|)"
        R"(inject\w*|pump\w*|funnel\w*|channel\w*|plow\w*|plough\w*|allocat\w*|lend\w*|lent)\b)"));
    return give.match(before).hasMatch();
}

bool namedForHardware(const QString &text, const TextSpan &sentence, const CompanyMention &c,
                      const CompanyDictionary &dictionary) {
    return hardwareOnly(SentenceContext{text, dictionary, sentence, {}, {}}, c);
}

std::optional<Party> leadInvestorIn(const QString &text, const TextSpan &range,
                                    const std::vector<CompanyMention> &companies) {
    static const QRegularExpression led =
        ci(QStringLiteral(R"(\b(?:led|co-led|headed) by (?:the )?(?:[\w-]+ ){0,3}?$)"));
    for (const CompanyMention &c : companies) {
        if (c.span.start < range.start || c.span.end > range.end)
            continue;
        if (led.match(slice(text, std::max(range.start, c.span.start - 60), c.span.start))
                .hasMatch())
            return partyOf(c);
    }
    return std::nullopt;
}

} // namespace ds::ingest
