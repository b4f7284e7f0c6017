// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"
#include "domain/partialdate.h"
#include "domain/types.h"

#include <QString>

#include <optional>
#include <vector>

namespace ds::ingest {

/// A range of an article's text: UTF-16 offsets, end exclusive.
struct TextSpan {
    int start = 0;
    int end = 0;
    int length() const { return end - start; }
    bool contains(int offset) const { return offset >= start && offset < end; }
    bool overlaps(const TextSpan &o) const { return start < o.end && o.start < end; }
};

/// An amount of money found in a text.
struct MoneyMention {
    TextSpan span;
    Money money;             // money.stated is the text at span
    bool sharePrice = false; ///< "$150 a share", "$12 per share"
    bool vague = false;      ///< no number: "billions", "multibillion-dollar"
};

/// A percentage found in a text ("27%", "27 percent"); a stake when the text says so.
struct PercentMention {
    TextSpan span;
    double percent = 0;
    bool stake = false;
};

/// A date found in a text, resolved against the publication date where it is relative.
struct DateMention {
    TextSpan span;
    PartialDate date;
    bool relative = false; ///< "on Tuesday", "yesterday"
};

/// A company named in a text: a known one (by name or alias) or a proposed new one; or a
/// phrase that stands for one named elsewhere.
struct CompanyMention {
    /// How the text names it.
    enum class Via {
        Name,        ///< by its name or an alias
        Product,     ///< "the ChatGPT maker", "the company behind Claude"
        Description, ///< "the cloud provider", "the A.I. start-up": an earlier company
    };
    TextSpan span;
    std::optional<Id> companyId; ///< empty for a name not in the database
    QString name;                ///< the company's name in the database, or the text's
    Via via = Via::Name;
};

} // namespace ds::ingest
