// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/tabletext.h"

#include "store/store.h"

namespace ds {

namespace {

QString textTableQuery(TextTable table) {
    switch (table) {
    case TextTable::Deals:
        return QStringLiteral("SELECT d.id, d.title, d.status, d.announced, (SELECT count(*) FROM "
                              "flows f WHERE f.deal_id = d.id), d.note FROM deals d ORDER BY d.id");
    case TextTable::Flows:
        return QStringLiteral(
            "SELECT f.id, f.deal_id, d.title, p.name, q.name, f.kind, f.date, d.status, f.note "
            "FROM flows f JOIN deals d ON d.id = f.deal_id JOIN companies p ON p.id = f.payer_id "
            "JOIN companies q ON q.id = f.payee_id ORDER BY f.id");
    case TextTable::Claims:
        break;
    }
    return QStringLiteral(
        "SELECT c.id, s.key, c.flow_id, c.deal_id, co.name, cp.name, c.attribute, c.usd_min, "
        "c.usd_max, c.qualifier, c.currency, c.stated, c.date, c.percent, c.stated_status, "
        "c.stance, c.rank, c.quote, c.start, c.\"end\" FROM claims c JOIN sources s ON s.id = "
        "c.source_id LEFT JOIN companies co ON co.id = c.company_id LEFT JOIN companies cp ON "
        "cp.id = c.counterparty_id ORDER BY c.id");
}

} // namespace

QStringList textTableColumns(TextTable table) {
    switch (table) {
    case TextTable::Deals:
        return {QStringLiteral("id"),        QStringLiteral("title"), QStringLiteral("status"),
                QStringLiteral("announced"), QStringLiteral("flows"), QStringLiteral("note")};
    case TextTable::Flows:
        return {QStringLiteral("id"),    QStringLiteral("deal_id"), QStringLiteral("deal"),
                QStringLiteral("payer"), QStringLiteral("payee"),   QStringLiteral("kind"),
                QStringLiteral("date"),  QStringLiteral("status"),  QStringLiteral("note")};
    case TextTable::Claims:
        break;
    }
    return {QStringLiteral("id"),
            QStringLiteral("source"),
            QStringLiteral("flow_id"),
            QStringLiteral("deal_id"),
            QStringLiteral("company"),
            QStringLiteral("counterparty"),
            QStringLiteral("attribute"),
            QStringLiteral("value_usd_min"),
            QStringLiteral("value_usd_max"),
            QStringLiteral("qualifier"),
            QStringLiteral("currency"),
            QStringLiteral("stated"),
            QStringLiteral("date"),
            QStringLiteral("percent"),
            QStringLiteral("stated_status"),
            QStringLiteral("stance"),
            QStringLiteral("rank"),
            QStringLiteral("quote"),
            QStringLiteral("start"),
            QStringLiteral("end")};
}

Status forEachTextRow(Store &store, TextTable table,
                      const std::function<bool(const TextRow &)> &onRow) {
    auto st = sql::Statement::prepare(store.db(), textTableQuery(table));
    if (!st)
        return st.error();
    TextRow row(size_t(st->columnCount()));
    while (st->next()) {
        for (int c = 0; c < st->columnCount(); ++c) {
            if (st->isNull(c))
                row[size_t(c)].reset();
            else
                row[size_t(c)] = st->text(c);
        }
        if (!onRow(row))
            return {};
    }
    return st->status();
}

} // namespace ds
