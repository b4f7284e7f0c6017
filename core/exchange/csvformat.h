// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QIODevice;

namespace ds {
class Store;
}

namespace ds::csv {

/// One field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or
/// spaces at its ends (quotes doubled). Text that a spreadsheet would run as a formula (it
/// starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe.
QByteArray field(const QString &text);

enum class Table { Deals, Flows, Claims };
std::optional<Table> tableNamed(const QString &name); // "deals", "flows", "claims"

/// Writes a table as CSV (UTF-8, CRLF line ends, a header row), streaming: a million rows
/// never sit in memory. With `bom`, a UTF-8 byte-order mark first (for spreadsheets).
Status exportTable(Store &store, Table table, QIODevice &out, bool bom = false);

/// A parsed CSV file: the header, the rows, and the line each row starts on (1-based).
struct Document {
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> lines;
};

/// Parses RFC 4180 CSV (commas, or semicolons when the header has more of them; quoted fields
/// with doubled quotes and line breaks; CRLF or LF; a leading BOM). Refuses empty, binary,
/// invalid UTF-8 and unterminated quotes with a message naming the line.
Result<Document> parse(const QByteArray &bytes);

/// What a CSV column holds, for importing flows.
enum class Field { Ignore, Payer, Payee, Kind, Amount, Date, Deal, Status, Quote, Note };
QString fieldName(Field f); // "payer", "amount", … ("ignore")
std::optional<Field> fieldNamed(const QString &name);
const std::vector<Field> &allFields();

/// A column mapping guessed from the header ("From", "Payer", "Investor" → payer, …).
std::vector<Field> guessMapping(const QStringList &header);

struct FlowImport {
    int rows = 0;
    int companiesAdded = 0;
    int dealsAdded = 0;
    int flowsAdded = 0;
    int claimsAdded = 0;
    QStringList errors; ///< "line 7: …"; when any, nothing was written
};

/// Imports one flow per row (payer and payee required; kind, amount, date, deal, status,
/// quote, note optional) in one transaction: all rows or none. Rows of the same deal title
/// share a deal; names not in the file become companies; an amount becomes a claim of a source
/// named after the file. With dryRun, counts and checks without writing.
Result<FlowImport> importFlows(Store &store, const Document &document,
                               const std::vector<Field> &mapping, const QString &sourceName,
                               bool dryRun = false);

} // namespace ds::csv
