// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace ds {
class Store;
}

namespace ds::analysis {

/// What the figure rules need to know of each source: a short label for people and the
/// source it ultimately relies on (following its `cites` links), which decides independence.
class SourceIndex {
public:
    static Result<SourceIndex> load(Store &store);
    void add(const Source &source);

    /// The source at the end of the citation chain (itself when it cites nothing).
    Id root(Id source) const;
    /// Publisher, else a shortened title, else the key.
    QString label(Id source) const;
    /// "A, citing B" when the source cites another one.
    QString labelWithCitation(Id source) const;
    const Source *find(Id source) const;

private:
    QHash<Id, Source> m_sources;
    mutable QHash<Id, Id> m_roots; // cache of root()
};

/// The labels of the sources behind the claims of these flows (each once, by label), with the
/// source they cite: for captions ("Sources: Gnoppix; “…”, citing Ars Technica").
Result<QStringList> sourceLabelsOfFlows(Store &store, const std::vector<Id> &flows);

} // namespace ds::analysis
