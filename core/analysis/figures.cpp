// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/figures.h"

#include "domain/moneydisplay.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <map>

namespace ds::analysis {

int64_t countedUsd(const Money &value, bool disputed) {
    return disputed && value.minUsd > 0 ? value.minUsd : value.representativeUsd();
}

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// A small set of ids (a figure has a handful of sources): cheaper than a hash set.
class IdSet {
public:
    void insert(Id id) {
        if (std::find(m_ids.begin(), m_ids.end(), id) == m_ids.end())
            m_ids.push_back(id);
    }
    qsizetype size() const { return qsizetype(m_ids.size()); }

private:
    std::vector<Id> m_ids;
};

bool isCounted(const Claim &c) {
    return c.rank != Rank::Deprecated;
}
bool hasValue(const Claim &c) {
    return c.money.has_value();
}

bool periodsOverlap(const PartialDate &a, const PartialDate &b) {
    if (a.isNull() || b.isNull())
        return true;
    // An approximate date may be a month off either way.
    const int slackA = a.isApproximate() ? 31 : 0;
    const int slackB = b.isApproximate() ? 31 : 0;
    return a.firstDay().addDays(-slackA) <= b.lastDay().addDays(slackB) &&
           b.firstDay().addDays(-slackB) <= a.lastDay().addDays(slackA);
}

/// The amount part of the rules, shared by every kind of figure.
struct ValueOutcome {
    std::optional<Money> value;
    bool disputed = false;
    bool tie = false;
    std::vector<size_t> disagreeing; // indexes into the claims
};

ValueOutcome assessValues(const std::vector<Claim> &claims, const SourceIndex &sources) {
    ValueOutcome out;
    std::vector<Id> rootOf(claims.size());
    for (size_t i = 0; i < claims.size(); ++i)
        rootOf[i] = sources.root(claims[i].sourceId);
    std::vector<size_t> counted;
    bool anyPreferred = false;
    for (size_t i = 0; i < claims.size(); ++i) {
        if (isCounted(claims[i]) && hasValue(claims[i])) {
            counted.push_back(i);
            anyPreferred |= claims[i].rank == Rank::Preferred;
        }
    }
    if (counted.empty())
        return out;

    // The reference: the claim agreed with by the most independent sources (only preferred
    // claims can be the reference when there are any); ties go to the narrower statement.
    size_t reference = counted.front();
    int bestScore = -1;
    double bestWidth = kInfinity;
    int bestCount = 0;
    for (size_t i : counted) {
        const Claim &c = claims[i];
        if (anyPreferred && c.rank != Rank::Preferred)
            continue;
        const Interval mine = agreementInterval(*c.money);
        IdSet roots;
        for (size_t j : counted)
            if (agreementInterval(*claims[j].money).intersects(mine) &&
                claims[j].stance == Stance::Supports)
                roots.insert(rootOf[j]);
        const int score = int(roots.size());
        const double width = mine.high - mine.low;
        if (score > bestScore || (score == bestScore && width < bestWidth)) {
            if (score > bestScore)
                bestCount = 1;
            bestScore = score;
            bestWidth = width;
            reference = i;
        } else if (score == bestScore) {
            ++bestCount;
        }
    }
    const Interval ref = agreementInterval(*claims[reference].money);
    IdSet referenceRoots;
    for (size_t i : counted) {
        const Claim &c = claims[i];
        const bool agrees =
            c.stance == Stance::Supports && agreementInterval(*c.money).intersects(ref);
        if (!agrees)
            out.disagreeing.push_back(i);
        else
            referenceRoots.insert(rootOf[i]);
    }
    out.disputed = !out.disagreeing.empty();
    if (!out.disputed) {
        // Consensus: the most precise statement among the agreeing claims.
        const Claim *precise = &claims[counted.front()];
        double width = kInfinity;
        for (size_t i : counted) {
            const Interval iv = agreementInterval(*claims[i].money);
            if (iv.high - iv.low < width) {
                width = iv.high - iv.low;
                precise = &claims[i];
            }
        }
        Money value = *precise->money;
        value.stated.clear();
        out.value = value;
        return out;
    }
    // A dispute: is one side supported by more independent sources than every other?
    IdSet otherRoots;
    for (size_t i : out.disagreeing)
        otherRoots.insert(rootOf[i]);
    out.tie = !anyPreferred && (bestCount > 1 || otherRoots.size() >= referenceRoots.size());
    int64_t low = std::numeric_limits<int64_t>::max();
    int64_t high = 0;
    for (size_t i : counted) {
        low = std::min(low, claims[i].money->representativeUsd());
        high = std::max(high, claims[i].money->representativeUsd());
    }
    out.value = Money::range(low, high);
    return out;
}

QString valueInSource(const Claim &c, const SourceIndex &sources) {
    return QCoreApplication::translate("ds::analysis", "%1 in %2")
        .arg(displayMoney(*c.money), sources.label(c.sourceId));
}

/// "$45B in Gnoppix (3 claims)", one entry per distinct value and source.
QStringList describeClaims(const std::vector<Claim> &claims, const std::vector<size_t> &which,
                           const SourceIndex &sources) {
    std::vector<std::pair<QString, int>> entries;
    for (size_t i : which) {
        const QString text = valueInSource(claims[i], sources);
        auto it = std::find_if(entries.begin(), entries.end(),
                               [&](const auto &e) { return e.first == text; });
        if (it == entries.end())
            entries.push_back({text, 1});
        else
            ++it->second;
    }
    QStringList out;
    for (const auto &[text, count] : entries)
        out << (count > 1
                    ? QCoreApplication::translate("ds::analysis", "%1 (%n claims)", nullptr, count)
                          .arg(text)
                    : text);
    return out;
}

/// When a claim's statement of the status holds: when its source was published, else the
/// date it states.
PartialDate statusAsOf(const Claim &c, const SourceIndex &sources) {
    if (const Source *s = sources.find(c.sourceId); s && !s->published.isNull())
        return s->published;
    return c.date;
}

/// Whether `a` is known to end before `b` begins (an approximate date may be a month off).
bool endsBefore(const PartialDate &a, const PartialDate &b) {
    if (a.isNull() || b.isNull())
        return false;
    const int slackA = a.isApproximate() ? 31 : 0;
    const int slackB = b.isApproximate() ? 31 : 0;
    return a.lastDay().addDays(slackA) < b.firstDay().addDays(-slackB);
}

/// Two stated statuses conflict unless they are the same or the less advanced one is stated
/// before the other: "in talks" in March and "completed" in June is the deal moving on.
bool statusesConflict(const Claim &a, const Claim &b, const SourceIndex &sources) {
    if (*a.statedStatus == *b.statedStatus)
        return false;
    const bool aFirst = stageOf(*a.statedStatus) < stageOf(*b.statedStatus);
    const Claim &earlier = aFirst ? a : b;
    const Claim &later = aFirst ? b : a;
    return !endsBefore(statusAsOf(earlier, sources), statusAsOf(later, sources));
}

/// Marks the claims whose stated status conflicts with at least as many independent sources as
/// agree with it (both sides of a tie; the lone dissenter against a majority).
void assessStatuses(const std::vector<Claim> &claims, const SourceIndex &sources,
                    std::vector<QList<Disagreement>> &conflicts, QStringList &notes,
                    Detail detail) {
    std::vector<size_t> stated;
    for (size_t i = 0; i < claims.size(); ++i)
        if (isCounted(claims[i]) && claims[i].statedStatus)
            stated.push_back(i);
    if (stated.size() < 2)
        return;
    for (size_t i : stated) {
        IdSet against, with;
        for (size_t j : stated)
            (statusesConflict(claims[i], claims[j], sources) ? against : with)
                .insert(sources.root(claims[j].sourceId));
        if (against.size() == 0 || against.size() < with.size())
            continue;
        conflicts[i] << Disagreement::Status;
        if (detail == Detail::Full)
            notes << QCoreApplication::translate("ds::analysis", "status: %1 says %2")
                         .arg(sources.label(claims[i].sourceId),
                              displayName(*claims[i].statedStatus));
    }
}

void addDisagreement(QList<Disagreement> &list, Disagreement d) {
    if (!list.contains(d))
        list << d;
}

Figure assemble(Figure figure, const std::vector<Claim> &claims, const SourceIndex &sources,
                std::vector<QList<Disagreement>> extraConflicts, QStringList notes, Detail detail) {
    assessStatuses(claims, sources, extraConflicts, notes, detail);
    notes.removeDuplicates();
    const ValueOutcome values = assessValues(claims, sources);
    figure.value = values.value;
    IdSet counted, roots;
    int deprecated = 0;
    for (size_t i = 0; i < claims.size(); ++i) {
        const Claim &c = claims[i];
        ClaimAssessment a;
        if (detail == Detail::Full) {
            a.claim = c;
            a.source = sources.labelWithCitation(c.sourceId);
        }
        if (!isCounted(c)) {
            a.verdict = Verdict::NotCounted;
            ++deprecated;
        } else {
            counted.insert(c.sourceId);
            roots.insert(sources.root(c.sourceId));
            a.conflicts = extraConflicts[i];
            const bool valueDisagrees =
                std::find(values.disagreeing.begin(), values.disagreeing.end(), i) !=
                values.disagreeing.end();
            if (valueDisagrees || (values.tie && hasValue(c)))
                a.conflicts.prepend(Disagreement::Amount);
            if (c.stance == Stance::Contradicts && !hasValue(c))
                a.conflicts << Disagreement::Existence;
            if (!a.conflicts.isEmpty())
                a.verdict = Verdict::Disagrees;
            else
                a.verdict = hasValue(c) ? Verdict::Agrees : Verdict::NoValue;
        }
        for (Disagreement d : a.conflicts)
            addDisagreement(figure.disagreements, d);
        if (detail == Detail::Full)
            figure.claims.push_back(std::move(a));
    }
    std::sort(figure.disagreements.begin(), figure.disagreements.end());
    figure.disputed = !figure.disagreements.isEmpty();
    figure.sources = int(counted.size());
    figure.independentSources = int(roots.size());
    if (detail == Detail::Summary)
        return figure;

    QStringList parts;
    parts << QCoreApplication::translate("ds::analysis", "%n source(s)", nullptr, figure.sources) +
                 QCoreApplication::translate("ds::analysis", ", %1 independent")
                     .arg(figure.independentSources);
    if (!values.value)
        parts << QCoreApplication::translate("ds::analysis", "no source states an amount");
    else if (!values.disputed)
        parts << (figure.sources > 1
                      ? QCoreApplication::translate("ds::analysis", "all agree on %1")
                            .arg(formatFigureValue(figure))
                      : formatFigureValue(figure));
    else if (values.tie) {
        std::vector<size_t> all;
        for (size_t i = 0; i < claims.size(); ++i)
            if (isCounted(claims[i]) && hasValue(claims[i]))
                all.push_back(i);
        parts << QCoreApplication::translate("ds::analysis", "sources disagree on the amount: %1")
                     .arg(describeClaims(claims, all, sources)
                              .join(QCoreApplication::translate("ds::analysis", " vs ")));
    } else {
        parts << QCoreApplication::translate("ds::analysis", "%n disagree(s) on the amount: %1",
                                             nullptr, int(values.disagreeing.size()))
                     .arg(describeClaims(claims, values.disagreeing, sources)
                              .join(QCoreApplication::translate("ds::analysis", "; ")));
    }
    parts << notes;
    if (deprecated > 0)
        parts << QCoreApplication::translate("ds::analysis", "%n deprecated claim(s) not counted",
                                             nullptr, deprecated);
    figure.explanation = parts.join(QStringLiteral("; "));
    return figure;
}

} // namespace

QString token(Disagreement d) {
    switch (d) {
    case Disagreement::Amount:
        return QStringLiteral("amount");
    case Disagreement::Direction:
        return QStringLiteral("direction");
    case Disagreement::Attribution:
        return QStringLiteral("attribution");
    case Disagreement::Date:
        return QStringLiteral("date");
    case Disagreement::Existence:
        return QStringLiteral("existence");
    case Disagreement::Status:
        return QStringLiteral("status");
    }
    return {};
}

QString displayName(Disagreement d) {
    switch (d) {
    case Disagreement::Amount:
        return QCoreApplication::translate("ds::analysis", "amount");
    case Disagreement::Direction:
        return QCoreApplication::translate("ds::analysis", "direction");
    case Disagreement::Attribution:
        return QCoreApplication::translate("ds::analysis", "attribution");
    case Disagreement::Date:
        return QCoreApplication::translate("ds::analysis", "date");
    case Disagreement::Existence:
        return QCoreApplication::translate("ds::analysis", "existence");
    case Disagreement::Status:
        return QCoreApplication::translate("ds::analysis", "status");
    }
    return {};
}

QString token(Verdict v) {
    switch (v) {
    case Verdict::Agrees:
        return QStringLiteral("agrees");
    case Verdict::Disagrees:
        return QStringLiteral("disagrees");
    case Verdict::NotCounted:
        return QStringLiteral("not_counted");
    case Verdict::NoValue:
        return QStringLiteral("no_value");
    }
    return {};
}

QString displayName(Verdict v) {
    switch (v) {
    case Verdict::Agrees:
        return QCoreApplication::translate("ds::analysis", "agrees");
    case Verdict::Disagrees:
        return QCoreApplication::translate("ds::analysis", "disagrees");
    case Verdict::NotCounted:
        return QCoreApplication::translate("ds::analysis", "not counted (deprecated)");
    case Verdict::NoValue:
        return QCoreApplication::translate("ds::analysis", "states no amount");
    }
    return {};
}

Interval agreementInterval(const Money &m) {
    const double low = double(m.minUsd);
    const double high = m.maxUsd ? double(*m.maxUsd) : kInfinity;
    switch (m.qualifier) {
    case Qualifier::Exact:
        return {low * 0.99, high * 1.01}; // the press rounds
    case Qualifier::About:
        return {low * 0.9, high * 1.1};
    case Qualifier::UpTo:
        return {0, high * 1.01};
    case Qualifier::AtLeast:
        return {low * 0.99, kInfinity};
    case Qualifier::Range:
        return {low * 0.99, high * 1.01};
    }
    return {low, high};
}

Figure deriveFlowFigure(const Flow &flow, const std::vector<Claim> &claims,
                        const SourceIndex &sources, const std::function<QString(Id)> &nameOf,
                        Detail detail) {
    Figure figure;
    figure.subject = Figure::Subject::Flow;
    figure.subjectId = flow.id;
    figure.attribute = ClaimAttribute::Amount;

    auto name = [&](Id who) {
        const QString n = nameOf ? nameOf(who) : QString();
        return n.isEmpty() ? QCoreApplication::translate("ds::analysis", "company %1").arg(who) : n;
    };

    std::vector<QList<Disagreement>> conflicts(claims.size());
    QStringList notes;
    const Claim *firstDated = nullptr;
    for (size_t i = 0; i < claims.size(); ++i) {
        const Claim &c = claims[i];
        if (!isCounted(c))
            continue;
        const bool payerStated = c.statedPayerId.has_value();
        const bool payeeStated = c.statedPayeeId.has_value();
        if (payerStated || payeeStated) {
            const Id payer = c.statedPayerId.value_or(flow.payerId);
            const Id payee = c.statedPayeeId.value_or(flow.payeeId);
            if (payer == flow.payeeId && payee == flow.payerId) {
                conflicts[i] << Disagreement::Direction;
                if (detail == Detail::Full)
                    notes << QCoreApplication::translate("ds::analysis",
                                                         "direction: %1 says %2 pays %3")
                                 .arg(sources.label(c.sourceId), name(payer), name(payee));
            } else if (payer != flow.payerId || payee != flow.payeeId) {
                conflicts[i] << Disagreement::Attribution;
                if (detail == Detail::Full)
                    notes << QCoreApplication::translate("ds::analysis",
                                                         "attribution: %1 says %2 pays %3")
                                 .arg(sources.label(c.sourceId), name(payer), name(payee));
            }
        }
        if (!c.date.isNull()) {
            const PartialDate &against = !flow.date.isNull() ? flow.date
                                         : firstDated        ? firstDated->date
                                                             : c.date;
            if (!periodsOverlap(c.date, against)) {
                conflicts[i] << Disagreement::Date;
                if (detail == Detail::Full)
                    notes << QCoreApplication::translate("ds::analysis", "date: %1 says %2")
                                 .arg(sources.label(c.sourceId), c.date.display());
            }
            if (!firstDated)
                firstDated = &c;
        }
        if (c.stance == Stance::Contradicts && !hasValue(c) && detail == Detail::Full)
            notes << QCoreApplication::translate("ds::analysis", "existence: %1 contradicts it")
                         .arg(sources.label(c.sourceId));
    }
    return assemble(std::move(figure), claims, sources, std::move(conflicts), std::move(notes),
                    detail);
}

Figure deriveValueFigure(Figure::Subject subject, Id subjectId, ClaimAttribute attribute,
                         std::optional<Id> counterparty, const std::vector<Claim> &claims,
                         const SourceIndex &sources, Detail detail) {
    Figure figure;
    figure.subject = subject;
    figure.subjectId = subjectId;
    figure.attribute = attribute;
    figure.counterpartyId = counterparty;
    return assemble(std::move(figure), claims, sources,
                    std::vector<QList<Disagreement>>(claims.size()), {}, detail);
}

QString formatFigureValue(const Figure &figure) {
    if (!figure.value)
        return QCoreApplication::translate("ds::analysis", "no amount");
    return displayMoney(*figure.value);
}

} // namespace ds::analysis
