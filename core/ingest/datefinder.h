// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/mentions.h"

namespace ds::ingest {

/// Finds dates in a text: "2025-11-18", "November 18, 2025", "18 November 2025",
/// "Nov. 18" (year of publication), "September 2023", "in 2023", and relative ones ("on
/// Tuesday", "last Friday", "yesterday", "today") resolved against the publication date: the
/// weekday on or before it. Without a publication day, a relative date becomes the
/// publication's month (approximate); without any publication date it is left out.
std::vector<DateMention> findDates(const QString &text, const PartialDate &published = {});

/// A publication date stated near the start of an article ("Published: 18 November 2025",
/// a dateline "November 18, 2025 —"): the first full date in its first lines.
std::optional<PartialDate> statedPublicationDate(const QString &text);

} // namespace ds::ingest
