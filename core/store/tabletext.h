// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace ds {

class Store;

/// The tables written out as text for spreadsheets, with names in place of the ids people
/// cannot read (a flow's deal title and companies, a claim's source key and companies).
enum class TextTable { Deals, Flows, Claims };

/// The table's columns, in the order the rows hold them.
QStringList textTableColumns(TextTable table);

/// One row's cells; an empty optional is a NULL in the file (written as an empty field).
using TextRow = std::vector<std::optional<QString>>;

/// Streams the table's rows in id order; return false from `onRow` to stop (the error the
/// caller gives is its own). A million rows never sit in memory.
Status forEachTextRow(Store &store, TextTable table,
                      const std::function<bool(const TextRow &)> &onRow);

} // namespace ds
