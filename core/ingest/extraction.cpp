// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extraction.h"

#include "ingest/datefinder.h"
#include "ingest/sentences.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ds::ingest {

namespace {

QRegularExpression ci(const QString &pattern) {
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

// The last preposition of the words joining a figure (or a verb) to a company.
enum class Link { None, In, From, By };

Link linkOf(const QString &between) {
    static const QRegularExpression lastWord =
        ci(QStringLiteral(R"(\b(in|into|to|on|with|for|from|by|at)\s+(?:(?:the|its|their|use|)"
                          R"(using|spend|spending|buy|buying|rent|renting|run|running)\s+)*$)"));
    const auto m = lastWord.match(between);
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

struct KindWord {
    const char *pattern;
    FlowKind kind;
};

FlowKind kindNear(const QString &sentence, int figureStart, int figureEnd,
                  std::optional<CompanyKind> payeeKind, bool *found) {
    static const std::vector<std::pair<QRegularExpression, FlowKind>> words = {
        {ci(QStringLiteral(R"(\b(comput(e|ing)|cloud|azure|capacity|data ?cent(er|re)s?|)"
                           R"(servers?|infrastructure|hosting|training workloads?)\b)")),
         FlowKind::Compute},
        {ci(QStringLiteral(R"(\b(chips?|gpus?|processors?|accelerators?|semiconductors?|)"
                           R"(silicon)\b)")),
         FlowKind::Chips},
        {ci(QStringLiteral(R"(\b(acquir(e|es|ed|ing)|acquisition|buyout|takeover|take over|)"
                           R"(merger)\b)")),
         FlowKind::Acquisition},
        {ci(QStringLiteral(
             R"(\b(loans?|debt|credit|lend(s|ing)?|lent|bonds?|borrow(s|ed|ing)?)\b)")),
         FlowKind::Loan},
        {ci(QStringLiteral(R"(\b(licens(e|es|ed|ing)|royalt(y|ies))\b)")), FlowKind::Licensing},
        {ci(QStringLiteral(R"(\b(invest(s|ed|ing|ment|ments|or|ors)?|stake|funding|round|)"
                           R"(equity|valuation|shares|backing|financing)\b)")),
         FlowKind::Equity},
    };
    int best = std::numeric_limits<int>::max();
    FlowKind kind = FlowKind::Equity;
    for (const auto &[re, k] : words) {
        auto it = re.globalMatch(sentence);
        while (it.hasNext()) {
            const auto m = it.next();
            const int s = int(m.capturedStart());
            const int e = int(m.capturedEnd());
            const int distance = e <= figureStart ? figureStart - e
                                 : s >= figureEnd ? s - figureEnd
                                                  : 0;
            // A word right after the figure names what it is ("$30 billion worth of
            // compute", "$4 billion stake"): it wins over words before.
            const int score = s >= figureEnd && s - figureEnd <= 30 ? distance - 1000 : distance;
            if (score < best) {
                best = score;
                kind = k;
            }
        }
    }
    *found = best != std::numeric_limits<int>::max();
    if (*found)
        return kind;
    if (payeeKind == CompanyKind::Cloud)
        return FlowKind::Compute;
    if (payeeKind == CompanyKind::Chipmaker)
        return FlowKind::Chips;
    return FlowKind::Equity;
}

DealStatus statusOf(const QString &sentence) {
    static const QRegularExpression talks = ci(
        QStringLiteral(R"(\b(in (advanced |early )?(talks|discussions|negotiations)|negotiat\w*|)"
                       R"(discuss(es|ed|ing)|in talks)\b)"));
    static const QRegularExpression rumour =
        ci(QStringLiteral(R"(\b(reportedly|rumou?r\w*|plans? to|planning to|consider(s|ed|ing)?|)"
                          R"(could|would|may|might|is said to|are said to|people familiar|)"
                          R"(according to (people|sources)|potential(ly)?|expected to|)"
                          R"(aims? to|seeks? to|seeking)\b)"));
    static const QRegularExpression done =
        ci(QStringLiteral(R"(\b(closed|completed|finali[sz]ed|sealed|has invested|have invested|)"
                          R"(greenlit|cleared|approved)\b)"));
    if (talks.match(sentence).hasMatch())
        return DealStatus::InTalks;
    if (done.match(sentence).hasMatch())
        return DealStatus::Completed;
    if (rumour.match(sentence).hasMatch())
        return DealStatus::Rumoured;
    return DealStatus::Announced;
}

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

// The sentence, or around a long one the clause of the figure (at most ~300 characters).
TextSpan quoteSpan(const QString &text, const TextSpan &sentence, const TextSpan &figure) {
    if (sentence.length() <= 300)
        return sentence;
    int start = figure.start;
    int end = figure.end;
    auto isBreak = [&](int i) {
        const QChar c = text.at(i);
        return c == QLatin1Char(';') || c == QLatin1Char(':') || c == QChar(0x2014) ||
               c == QLatin1Char(',');
    };
    while (start > sentence.start && figure.start - start < 150 && !isBreak(start - 1))
        --start;
    while (end < sentence.end && end - figure.end < 150 && !isBreak(end))
        ++end;
    while (start < figure.start && text.at(start).isSpace())
        ++start;
    return {start, end};
}

struct Context {
    const QString &text;
    const CompanyDictionary &dictionary;
    TextSpan sentence;
    std::vector<const CompanyMention *> companies; // in the sentence, in order
    std::optional<Party> antecedent; // what "The startup", "It" at the sentence start names
};

// A company of the sentence with the word that joins it to the figure.
struct Named {
    const CompanyMention *mention;
    Link link = Link::None;
    bool before = false; // stands before the figure
};

// "OpenAI competitor Anthropic": the first name only describes the second.
bool describesNext(const QString &text, const CompanyMention &c, const CompanyMention *next) {
    static const QRegularExpression apposition = ci(QStringLiteral(
        R"(^['’]?s?\s+(?:competitor|rival|partner|peer|backer|investor|-backed|startup|spin-?off)\s+$)"));
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

std::vector<Named> namedIn(const Context &ctx, const TextSpan &figure) {
    const QString &text = ctx.text;
    std::vector<Named> out;
    for (size_t i = 0; i < ctx.companies.size(); ++i) {
        const CompanyMention *c = ctx.companies[i];
        const CompanyMention *next = i + 1 < ctx.companies.size() ? ctx.companies[i + 1] : nullptr;
        if (c->span.start < figure.end && c->span.end > figure.start)
            continue;
        if (describesNext(text, *c, next))
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
        out.push_back({c, linkOf(lead), before});
    }
    return out;
}

// Sets payer and payee; `payeeGuessed` says the payee is only the sentence's other name.
void attributeParties(const Context &ctx, const TextSpan &figure, Proposal &p,
                      bool *payeeGuessed = nullptr) {
    const QString &text = ctx.text;
    const std::vector<Named> named = namedIn(ctx, figure);
    const int clause = clauseStart(text, ctx.sentence, figure);

    // The subject: the first unlinked name of the figure's clause, else the nearest before it.
    std::optional<Party> inClause;
    std::optional<Party> beforeClause;
    std::optional<Party> target; // "bet big on Anthropic in $40B": a linked name before
    for (const Named &n : named) {
        if (!n.before)
            break;
        if (isPossessiveBefore(text, *n.mention, figure.start)) {
            p.payer = partyOf(*n.mention);
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
    const std::optional<Party> subject = inClause       ? inClause
                                         : beforeClause ? beforeClause
                                                        : ctx.antecedent;
    if (!inClause && !beforeClause && ctx.antecedent && !target)
        for (const Named &n : named)
            if (n.before && n.link == Link::In)
                target = partyOf(*n.mention);
    const bool receives =
        subject &&
        subjectReceives(slice(text, std::max(ctx.sentence.start, figure.start - 80), figure.start));
    if (receives && p.payee.isEmpty())
        p.payee = *subject; // "CoreWeave borrowed $7.5B from Blackstone to buy chips from Nvidia"
    // Names after the figure, joined to it by a preposition.
    for (const Named &n : named) {
        if (n.before)
            continue;
        if (n.mention->span.start - figure.end > 120)
            break;
        const Party party = partyOf(*n.mention);
        if (!p.payer.isEmpty() && sameParty(party, p.payer))
            continue;
        if (n.link == Link::From) {
            // "buy chips from Nvidia": the seller is paid; "borrow $7.5B from Blackstone to buy
            // chips": the buying comes after the lender, who pays.
            const bool buying = buyingContext(slice(
                text, std::max(ctx.sentence.start, figure.start - 40), n.mention->span.start));
            if (buying && p.payee.isEmpty())
                p.payee = party;
            else if (!buying && p.payer.isEmpty())
                p.payer = party;
        } else if (n.link == Link::By && p.payer.isEmpty()) {
            p.payer = party;
        } else if (n.link == Link::In && p.payee.isEmpty()) {
            if (receives && p.payer.isEmpty())
                p.payer = party;
            else
                p.payee = party;
        }
        if (!p.payer.isEmpty() && !p.payee.isEmpty())
            break;
    }
    if (p.payee.isEmpty() && target && !receives)
        p.payee = *target;
    if (subject) {
        if (receives && p.payee.isEmpty() && !sameParty(*subject, p.payer))
            p.payee = *subject;
        else if (!receives && p.payer.isEmpty() && !sameParty(*subject, p.payee))
            p.payer = *subject;
    }
    // Still missing one side: the other company the sentence names.
    auto fill = [&](Party &missing, const Party &other) {
        if (!missing.isEmpty())
            return;
        for (const Named &n : named) {
            const Party party = partyOf(*n.mention);
            if (!other.isEmpty() && sameParty(party, other))
                continue;
            missing = party;
            if (!n.before)
                break;
        }
    };
    if (payeeGuessed)
        *payeeGuessed = p.payee.isEmpty();
    if (!p.payer.isEmpty() || !p.payee.isEmpty()) {
        fill(p.payee, p.payer);
        fill(p.payer, p.payee);
    } else if (named.size() >= 2 && named[1].before) {
        // Nothing joins the names before the figure to it: the press names the payer first
        // ("Microsoft’s relationship with Anthropic, which began with a $4 billion investment").
        p.payer = partyOf(*named.front().mention);
        fill(p.payee, p.payer);
    }
    if (!p.payer.isEmpty() && !p.payee.isEmpty() && sameParty(p.payer, p.payee))
        p.payee = {};
}

// Valuations and totals: "at a valuation of $40B", "bringing its total investment to $8B".
std::optional<ClaimAttribute> companyAttribute(const QString &text, const TextSpan &figure) {
    static const QRegularExpression valuationBefore = ci(
        QStringLiteral(R"((valuation of|valued at|valuing (it|the company|\w+) at|value of)\s*$)"));
    static const QRegularExpression valuationAfter =
        ci(QStringLiteral(R"(^\s*(pre-money |post-money )?valuation\b)"));
    static const QRegularExpression totalBefore =
        ci(QStringLiteral(R"((\btotal(ling|ing)?( \w+){0,2} (to|of|at)|a total of|in total|)"
                          R"(cumulative( \w+){0,2} (to|of)|altogether)\s*$)"));
    static const QRegularExpression totalAfter =
        ci(QStringLiteral(R"(^\s*(in total|in all|altogether)\b)"));
    const QString before =
        text.mid(std::max(0, figure.start - 60), figure.start - std::max(0, figure.start - 60));
    const QString after = text.mid(figure.end, 30);
    if (valuationBefore.match(before).hasMatch() || valuationAfter.match(after).hasMatch())
        return ClaimAttribute::Valuation;
    if (totalBefore.match(before).hasMatch() || totalAfter.match(after).hasMatch())
        return ClaimAttribute::Total;
    return std::nullopt;
}

std::optional<DateMention> dateIn(const std::vector<DateMention> &dates, const TextSpan &sentence,
                                  const TextSpan &figure) {
    std::optional<DateMention> best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const DateMention &d : dates) {
        if (d.span.start < sentence.start || d.span.end > sentence.end)
            continue;
        const int distance = std::abs(d.span.start - figure.start);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = d;
        }
    }
    return best;
}

// Articles repeat their main figures without naming the parties again ("the $45 billion
// fuels ..."): a flow figure with no party takes those of the nearest earlier figure of the
// same value; one with a single party takes the earlier pair that party belongs to.
// A figure naming only its payer (or payee) in a story about one deal continues it ("SoftBank
// invested about $500 million"): the other side is the nearest earlier figure's.
void carryOverParties(std::vector<Proposal> &proposals) {
    auto hasPair = [](const Proposal &q) {
        return q.attribute != ClaimAttribute::Valuation && !q.payer.isEmpty() && !q.payee.isEmpty();
    };
    for (size_t i = 0; i < proposals.size(); ++i) {
        Proposal &p = proposals[i];
        if (p.attribute == ClaimAttribute::Valuation || hasPair(p))
            continue;
        const bool none = p.payer.isEmpty() && p.payee.isEmpty();
        const Party known = p.payer.isEmpty() ? p.payee : p.payer;
        bool done = false;
        for (size_t j = i; j-- > 0 && !done;) {
            const Proposal &q = proposals[j];
            if (!hasPair(q))
                continue;
            const bool sameValue = none && p.money && q.money && p.money->sameValue(*q.money);
            // The same kind of deal with one of the same companies.
            const bool sharesParty = !none && p.kind == q.kind &&
                                     (sameParty(known, q.payer) || sameParty(known, q.payee));
            if (!sameValue && !sharesParty)
                continue;
            p.payer = q.payer;
            p.payee = q.payee;
            if (sameValue)
                p.kind = q.kind;
            done = true;
        }
        if (done || none || p.attribute == ClaimAttribute::Total)
            continue;
        for (size_t j = i; j-- > 0;) {
            const Proposal &q = proposals[j];
            if (!hasPair(q))
                continue;
            Party &missing = p.payer.isEmpty() ? p.payer : p.payee;
            const Party &other = p.payer.isEmpty() ? q.payer : q.payee;
            if (!sameParty(other, known))
                missing = other;
            break;
        }
    }
}

// "The startup also signed ...", "It said ...": the company a sentence-initial description or
// pronoun stands for: the latest one named before of the kind the description says, not one
// the sentence itself names.
std::optional<Party> antecedentOf(const QString &text, const TextSpan &sentence,
                                  const std::vector<CompanyMention> &companies,
                                  const CompanyDictionary &dictionary) {
    static const QRegularExpression anaphor = ci(QStringLiteral(
        R"(^(?:(?:The|This|That) (?:[\w-]+ ){0,2}(startup|company|lab|firm|group|giant|provider|)"
        R"(maker|chipmaker|fund|investor|bank|vehicle|developer|business|platform)|(It|They))\b)"));
    const auto m = anaphor.match(slice(text, sentence.start, sentence.end));
    if (!m.hasMatch())
        return std::nullopt;
    const QString noun = m.captured(1).toLower();
    const QString phrase = m.captured(0).toLower();
    std::optional<CompanyKind> kind;
    if (noun == QLatin1String("startup") || noun == QLatin1String("lab") ||
        noun == QLatin1String("developer"))
        kind = CompanyKind::Lab;
    else if (phrase.contains(QLatin1String("cloud")))
        kind = CompanyKind::Cloud;
    else if (noun == QLatin1String("chipmaker") || phrase.contains(QLatin1String("chip")))
        kind = CompanyKind::Chipmaker;
    else if (noun == QLatin1String("fund") || noun == QLatin1String("investor") ||
             noun == QLatin1String("bank") || noun == QLatin1String("vehicle"))
        kind = CompanyKind::Investor;
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

// "signed a $12 billion contract with OpenAI": a compute deal without a verb of paying runs
// from the customer to the cloud.
bool explicitPayment(const QString &before) {
    static const QRegularExpression give = ci(QStringLiteral(
        R"(\b(invest\w*|commit\w*|spend\w*|pay\w*|paid|pour\w*|puts?|pledg\w*|fund\w*|)"
        R"(back\w*|bought|buy\w*|purchas\w*|offer\w*|provid(?:e|es|ed|ing)|bundled|gives?|gave)\b)"));
    return give.match(before).hasMatch();
}

} // namespace

Quote quoteFor(const QString &text, const TextSpan &span) {
    Quote q;
    q.exact = text.mid(span.start, span.length());
    const int prefixStart = std::max(0, span.start - 32);
    q.prefix = text.mid(prefixStart, span.start - prefixStart);
    q.suffix = text.mid(span.end, 32);
    q.start = span.start;
    q.end = span.end;
    return q;
}

Extraction extract(const QString &text, const CompanyDictionary &dictionary,
                   const ExtractionOptions &options) {
    Extraction out;
    out.money = findMoney(text, options.money);
    out.percents = findPercents(text);
    out.dates = findDates(text, options.published);
    const std::vector<CompanyMention> companies = findCompanies(text, dictionary);
    const std::vector<TextSpan> sentences = splitSentences(text);
    if (sentences.empty())
        return out;

    auto contextOf = [&](const TextSpan &figure) {
        Context ctx{
            text, dictionary, sentences[size_t(sentenceAt(sentences, figure.start))], {}, {}};
        for (const CompanyMention &c : companies)
            if (c.span.start >= ctx.sentence.start && c.span.end <= ctx.sentence.end)
                ctx.companies.push_back(&c);
        ctx.antecedent = antecedentOf(text, ctx.sentence, companies, dictionary);
        return ctx;
    };
    auto finish = [&](Proposal &p, const Context &ctx) {
        const QString sentenceText = text.mid(ctx.sentence.start, ctx.sentence.length());
        const auto payeeEntry = dictionary.entryOf(p.payee.companyId, p.payee.name);
        bool kindFound = false;
        p.kind = kindNear(sentenceText, p.figure.start - ctx.sentence.start,
                          p.figure.end - ctx.sentence.start,
                          payeeEntry ? std::optional(payeeEntry->kind) : std::nullopt, &kindFound);
        p.status = statusOf(sentenceText);
        const auto payerEntry = dictionary.entryOf(p.payer.companyId, p.payer.name);
        if (p.attribute == ClaimAttribute::Amount && p.kind == FlowKind::Compute && payerEntry &&
            payeeEntry && payerEntry->kind == CompanyKind::Cloud &&
            payeeEntry->kind != CompanyKind::Cloud &&
            !explicitPayment(slice(text, ctx.sentence.start, p.figure.start)))
            std::swap(p.payer, p.payee);
        if (const auto d = dateIn(out.dates, ctx.sentence, p.figure)) {
            p.date = d->date;
            p.dateSpan = d->span;
        } else if (!options.published.isNull()) {
            const PartialDate &pub = options.published;
            p.date = pub.precision() == PartialDate::Precision::Day
                         ? PartialDate::ofDay(pub.year(), pub.month(), pub.day(), true)
                     : pub.precision() == PartialDate::Precision::Month
                         ? PartialDate::ofMonth(pub.year(), pub.month(), true)
                         : PartialDate::ofYear(pub.year(), true);
        }
        p.quote = quoteFor(text, quoteSpan(text, ctx.sentence, p.figure));
    };

    for (const MoneyMention &m : out.money) {
        const Context ctx = contextOf(m.span);
        Proposal p;
        p.figure = m.span;
        p.money = m.money;
        p.sharePrice = m.sharePrice;
        bool payeeGuessed = false;
        attributeParties(ctx, m.span, p, &payeeGuessed);
        if (const auto attribute = companyAttribute(text, m.span)) {
            p.attribute = *attribute;
            if (*attribute == ClaimAttribute::Valuation) {
                // The company valued: the one the sentence says receives money, else the
                // subject, else the nearest.
                if (!p.payee.isEmpty() && !payeeGuessed)
                    p.payer = p.payee;
                p.payee = {};
                if (p.payer.isEmpty() && !ctx.companies.empty())
                    p.payer = partyOf(*ctx.companies.back());
            }
        }
        finish(p, ctx);
        out.proposals.push_back(std::move(p));
    }
    for (const PercentMention &pm : out.percents) {
        if (!pm.stake)
            continue;
        const Context ctx = contextOf(pm.span);
        Proposal p;
        p.attribute = ClaimAttribute::Stake;
        p.figure = pm.span;
        p.percent = pm.percent;
        attributeParties(ctx, pm.span, p);
        finish(p, ctx);
        out.proposals.push_back(std::move(p));
    }
    std::sort(out.proposals.begin(), out.proposals.end(),
              [](const Proposal &a, const Proposal &b) { return a.figure.start < b.figure.start; });
    carryOverParties(out.proposals);

    // Known companies, and the new names that proposals use.
    QSet<QString> used;
    for (const Proposal &p : out.proposals)
        for (const Party *party : {&p.payer, &p.payee})
            if (party->isNew())
                used.insert(phraseKey(party->name));
    for (const CompanyMention &c : companies)
        if (c.companyId || used.contains(phraseKey(c.name)))
            out.companies.push_back(c);
    return out;
}

} // namespace ds::ingest
