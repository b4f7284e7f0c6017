// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/sources.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QSet>

namespace ds::analysis {

Result<SourceIndex> SourceIndex::load(Store &store) {
    auto sources = store.sources(false);
    if (!sources)
        return sources.error();
    SourceIndex index;
    for (const Source &s : *sources)
        index.add(s);
    return index;
}

void SourceIndex::add(const Source &source) {
    m_sources.insert(source.id, source);
    m_roots.clear();
}

const Source *SourceIndex::find(Id source) const {
    auto it = m_sources.constFind(source);
    return it == m_sources.constEnd() ? nullptr : &*it;
}

Id SourceIndex::root(Id source) const {
    if (auto it = m_roots.constFind(source); it != m_roots.constEnd())
        return *it;
    QSet<Id> seen;
    Id current = source;
    while (const Source *s = find(current)) {
        if (!s->citesId || seen.contains(current))
            break;
        seen.insert(current);
        current = *s->citesId;
    }
    m_roots.insert(source, current);
    return current;
}

QString SourceIndex::label(Id source) const {
    const Source *s = find(source);
    if (!s)
        return QCoreApplication::translate("ds::analysis", "unknown source %1").arg(source);
    if (!s->publisher.isEmpty())
        return s->publisher;
    if (!s->title.isEmpty()) {
        constexpr int kMax = 36;
        return s->title.size() <= kMax ? QStringLiteral("“%1”").arg(s->title)
                                       : QStringLiteral("“%1…”").arg(s->title.left(kMax).trimmed());
    }
    return s->key;
}

QString SourceIndex::labelWithCitation(Id source) const {
    const Source *s = find(source);
    if (!s || !s->citesId)
        return label(source);
    return QCoreApplication::translate("ds::analysis", "%1, citing %2")
        .arg(label(source), label(*s->citesId));
}

} // namespace ds::analysis

namespace ds::analysis {

Result<QStringList> sourceLabelsOfFlows(Store &store, const std::vector<Id> &flows) {
    auto index = SourceIndex::load(store);
    if (!index)
        return index.error();
    QStringList labels;
    for (Id flow : flows) {
        auto claims = store.claimsOfFlow(flow);
        if (!claims)
            return claims.error();
        for (const Claim &c : *claims) {
            const QString label = index->labelWithCitation(c.sourceId);
            if (!labels.contains(label))
                labels << label;
        }
    }
    labels.sort(Qt::CaseInsensitive);
    return labels;
}

} // namespace ds::analysis
