// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvformat.h"

#include "ingest/textfile.h"
#include "store/store.h"
#include "store/tabletext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QIODevice>

namespace ds::csv {

namespace {

struct Csv {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

const char *const kFieldNames[] = {"ignore", "payer", "payee",  "kind",  "amount",
                                   "date",   "deal",  "status", "quote", "note"};

QByteArray row(const QStringList &fields) {
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += field(fields[i]);
    }
    return line + "\r\n";
}

} // namespace

QByteArray field(const QString &text) {
    QString t = text;
    if (!t.isEmpty()) {
        const QChar c = t.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
            c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            t.prepend(QLatin1Char('\''));
    }
    const bool quote = t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) ||
                       t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r')) ||
                       t.contains(QLatin1Char(';')) ||
                       (!t.isEmpty() && (t.front().isSpace() || t.back().isSpace()));
    if (!quote)
        return t.toUtf8();
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + t.toUtf8() + '"';
}

std::optional<Table> tableNamed(const QString &name) {
    if (name == QLatin1String("deals"))
        return Table::Deals;
    if (name == QLatin1String("flows"))
        return Table::Flows;
    if (name == QLatin1String("claims"))
        return Table::Claims;
    return std::nullopt;
}

Status exportTable(Store &store, Table table, QIODevice &out, bool bom) {
    const TextTable which = table == Table::Deals   ? TextTable::Deals
                            : table == Table::Flows ? TextTable::Flows
                                                    : TextTable::Claims;
    auto write = [&](const QByteArray &bytes) { return out.write(bytes) == bytes.size(); };
    const Error writeFailed{Csv::tr("Cannot write the CSV file: %1").arg(out.errorString())};
    if ((bom && !write(QByteArrayLiteral("\xEF\xBB\xBF"))) || !write(row(textTableColumns(which))))
        return writeFailed;
    QByteArray buffer;
    bool written = true;
    Status read = forEachTextRow(store, which, [&](const TextRow &cells) {
        for (size_t c = 0; c < cells.size(); ++c) {
            if (c > 0)
                buffer += ',';
            if (cells[c])
                buffer += field(*cells[c]);
        }
        buffer += "\r\n";
        if (buffer.size() > (1 << 20)) {
            written = write(buffer);
            buffer.clear();
        }
        return written;
    });
    if (!read)
        return read;
    if (!written || !write(buffer))
        return writeFailed;
    return {};
}

Result<Document> parse(const QByteArray &bytes) {
    auto decoded = ingest::decodeText(bytes, Csv::tr("The CSV file"));
    if (!decoded)
        return decoded.error();
    if (!decoded->warnings.isEmpty())
        return Error{Csv::tr("The CSV file is not valid UTF-8; save it as UTF-8 and try again.")};
    const QString text = decoded->text;
    // Commas, or semicolons (spreadsheets in many locales) when the first line has more.
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar separator = firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(','))
                                ? QLatin1Char(';')
                                : QLatin1Char(',');
    Document doc;
    QStringList fields;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    auto endField = [&] {
        fields << current;
        current.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = fields.size() == 1 && fields.front().isEmpty();
        if (!blank) {
            if (doc.header.isEmpty()) {
                doc.header = fields;
            } else {
                doc.rows.push_back(fields);
                doc.lines.push_back(rowLine);
            }
        }
        fields.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    current += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                current += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && current.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
            rowLine = line;
        } else {
            current += c;
        }
    }
    if (quoted)
        return Error{Csv::tr("Line %1: a quoted field is never closed.").arg(quoteLine)};
    if (!current.isEmpty() || !fields.isEmpty())
        endRow();
    if (doc.header.isEmpty())
        return Error{Csv::tr("The CSV file has no header row.")};
    for (QString &h : doc.header)
        h = h.trimmed();
    return doc;
}

QString fieldName(Field f) {
    return QString::fromLatin1(kFieldNames[int(f)]);
}

std::optional<Field> fieldNamed(const QString &name) {
    for (Field f : allFields())
        if (fieldName(f) == name)
            return f;
    return std::nullopt;
}

const std::vector<Field> &allFields() {
    static const std::vector<Field> all = {Field::Ignore, Field::Payer, Field::Payee, Field::Kind,
                                           Field::Amount, Field::Date,  Field::Deal,  Field::Status,
                                           Field::Quote,  Field::Note};
    return all;
}

std::vector<Field> guessMapping(const QStringList &header) {
    static const std::vector<std::pair<Field, QStringList>> words = {
        {Field::Payer,
         {QStringLiteral("payer"), QStringLiteral("from"), QStringLiteral("investor"),
          QStringLiteral("buyer"), QStringLiteral("customer")}},
        {Field::Payee,
         {QStringLiteral("payee"), QStringLiteral("to"), QStringLiteral("investee"),
          QStringLiteral("recipient"), QStringLiteral("seller"), QStringLiteral("supplier")}},
        {Field::Kind, {QStringLiteral("kind"), QStringLiteral("type")}},
        {Field::Amount,
         {QStringLiteral("amount"), QStringLiteral("value"), QStringLiteral("usd"),
          QStringLiteral("figure"), QStringLiteral("size")}},
        {Field::Date,
         {QStringLiteral("date"), QStringLiteral("announced"), QStringLiteral("when")}},
        {Field::Deal, {QStringLiteral("deal"), QStringLiteral("title"), QStringLiteral("name")}},
        {Field::Status, {QStringLiteral("status"), QStringLiteral("stage")}},
        {Field::Quote, {QStringLiteral("quote"), QStringLiteral("evidence")}},
        {Field::Note, {QStringLiteral("note"), QStringLiteral("notes"), QStringLiteral("comment")}},
    };
    std::vector<Field> mapping;
    std::vector<bool> used(allFields().size(), false);
    for (const QString &h : header) {
        const QString key = h.trimmed().toLower();
        Field chosen = Field::Ignore;
        for (const auto &[f, names] : words)
            if (!used[size_t(f)] && names.contains(key)) {
                chosen = f;
                used[size_t(f)] = true;
                break;
            }
        mapping.push_back(chosen);
    }
    return mapping;
}

Result<FlowImport> importFlows(Store &store, const Document &doc, const std::vector<Field> &mapping,
                               const QString &sourceName, bool dryRun) {
    FlowImport result;
    auto column = [&](Field f) -> int {
        for (size_t i = 0; i < mapping.size() && i < size_t(doc.header.size()); ++i)
            if (mapping[i] == f)
                return int(i);
        return -1;
    };
    const int payerCol = column(Field::Payer), payeeCol = column(Field::Payee);
    if (payerCol < 0 || payeeCol < 0)
        return Error{Csv::tr("Choose the columns that hold the payer and the payee.")};
    auto value = [&](const QStringList &row, Field f) {
        const int c = column(f);
        return c >= 0 && c < row.size() ? row[c].trimmed() : QString();
    };

    Transaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    QHash<QString, Id> companies; // by lower-case name
    QHash<QString, Id> deals;     // by title, for this import
    std::optional<Id> sourceId;
    for (size_t r = 0; r < doc.rows.size(); ++r) {
        const QStringList &row = doc.rows[r];
        const int line = doc.lines[r];
        ++result.rows;
        auto problem = [&](const QString &what) {
            if (result.errors.size() < 100)
                result.errors << Csv::tr("line %1: %2").arg(line).arg(what);
        };
        const QString payer = value(row, Field::Payer);
        const QString payee = value(row, Field::Payee);
        if (payer.isEmpty() || payee.isEmpty()) {
            problem(Csv::tr("the payer and the payee are both needed"));
            continue;
        }
        if (payer.compare(payee, Qt::CaseInsensitive) == 0) {
            problem(Csv::tr("the payer and the payee are the same company (%1)").arg(payer));
            continue;
        }
        FlowKind kind = FlowKind::Equity;
        if (const QString k = value(row, Field::Kind); !k.isEmpty()) {
            const auto parsed = fromToken<FlowKind>(k.toLower());
            if (!parsed) {
                problem(Csv::tr("“%1” is not a kind (equity, compute, chips, loan, acquisition, "
                                "licensing, partnership)")
                            .arg(k));
                continue;
            }
            kind = *parsed;
        }
        DealStatus status = DealStatus::Announced;
        if (const QString st = value(row, Field::Status); !st.isEmpty()) {
            const auto parsed =
                fromToken<DealStatus>(st.toLower().replace(QLatin1Char(' '), QLatin1Char('_')));
            if (!parsed) {
                problem(Csv::tr("“%1” is not a status (rumoured, in talks, announced, completed, "
                                "cancelled)")
                            .arg(st));
                continue;
            }
            status = *parsed;
        }
        PartialDate date;
        if (const QString d = value(row, Field::Date); !d.isEmpty()) {
            const auto parsed = PartialDate::parse(d);
            if (!parsed) {
                problem(Csv::tr("“%1” is not a date (2025, 2025-11 or 2025-11-18)").arg(d));
                continue;
            }
            date = *parsed;
        }
        std::optional<Money> money;
        if (const QString a = value(row, Field::Amount); !a.isEmpty()) {
            bool plain = false;
            const double usd = a.toDouble(&plain); // a plain number is US dollars
            money = plain && usd >= 0 ? std::optional(Money::exact(int64_t(usd))) : Money::parse(a);
            if (!money) {
                problem(
                    Csv::tr("“%1” is not an amount (e.g. $30 billion, up to $5B, 1500000)").arg(a));
                continue;
            }
            if (money->stated.isEmpty())
                money->stated = a;
        }
        if (!result.errors.isEmpty())
            continue; // keep checking the rest, write nothing
        auto companyId = [&](const QString &name) -> Result<Id> {
            const QString key = name.toLower();
            if (auto it = companies.constFind(key); it != companies.cend())
                return *it;
            auto existing = store.companyIdByName(name);
            if (!existing)
                return existing.error();
            Id id = 0;
            if (*existing) {
                id = **existing;
            } else {
                Company c;
                c.name = name;
                auto added = store.addCompany(c);
                if (!added)
                    return added.error();
                id = *added;
                ++result.companiesAdded;
            }
            companies.insert(key, id);
            return id;
        };
        auto payerId = companyId(payer);
        auto payeeId = payerId ? companyId(payee) : payerId;
        if (!payerId || !payeeId)
            return !payerId ? payerId.error() : payeeId.error();
        QString title = value(row, Field::Deal);
        if (title.isEmpty())
            title = flowLabel(payer, payee);
        Id dealId = deals.value(title);
        if (dealId == 0) {
            Deal deal;
            deal.title = title;
            deal.status = status;
            deal.announced = date;
            auto added = store.addDeal(deal);
            if (!added)
                return added.error();
            dealId = *added;
            deals.insert(title, dealId);
            ++result.dealsAdded;
        }
        Flow flow;
        flow.dealId = dealId;
        flow.payerId = *payerId;
        flow.payeeId = *payeeId;
        flow.kind = kind;
        flow.date = date;
        flow.note = value(row, Field::Note);
        auto flowId = store.addFlow(flow);
        if (!flowId)
            return flowId.error();
        ++result.flowsAdded;
        if (money) {
            if (!sourceId) {
                Source s;
                const QByteArray seed =
                    sourceName.toUtf8() + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
                s.key =
                    QStringLiteral("csv-") +
                    QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256)
                                            .toHex()
                                            .left(16));
                s.title = sourceName;
                s.kind = QStringLiteral("import");
                s.note = Csv::tr("Flows imported from a CSV file.");
                auto added = store.addSource(s);
                if (!added)
                    return added.error();
                sourceId = *added;
            }
            Claim claim;
            claim.sourceId = *sourceId;
            claim.flowId = *flowId;
            claim.attribute = ClaimAttribute::Amount;
            claim.money = money;
            claim.quote.exact = value(row, Field::Quote);
            auto added = store.addClaim(claim);
            if (!added)
                return added.error();
            ++result.claimsAdded;
        }
    }
    if (!result.errors.isEmpty() || dryRun)
        return result; // the transaction rolls back: nothing written
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace ds::csv
