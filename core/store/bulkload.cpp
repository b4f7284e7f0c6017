// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/bulkload.h"

#include "store/batchinsert.h"
#include "store/schema.h"
#include "store/store.h"

namespace ds {

struct BulkLoad::Impl {
    Impl(sql::Database &database, QString mode)
        : db(database)
        , journalMode(std::move(mode)) {}
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;

    sql::Database &db;
    QString journalMode;
    std::optional<sql::Transaction> tx;
    std::optional<sql::BatchInsert> companies, sources, deals, flows, claims;

    ~Impl() {
        tx.reset(); // rolls back unless committed
        (void)db.exec(QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; "
                                     "PRAGMA ignore_check_constraints=OFF; PRAGMA "
                                     "temp_store=DEFAULT; PRAGMA cache_size=-2000; "
                                     "PRAGMA journal_mode=%1")
                          .arg(journalMode));
    }
};

BulkLoad::BulkLoad(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {
}

BulkLoad::~BulkLoad() = default;

Result<std::unique_ptr<BulkLoad>> BulkLoad::begin(Store &store) {
    sql::Database &db = store.db();
    // A large page cache, no per-row foreign key or CHECK evaluation, and a rollback journal
    // in memory instead of the WAL, so that each page is written once (a new file has no old
    // pages to journal) while a cancelled load still rolls back.
    QString journalMode = QStringLiteral("wal");
    if (auto mode = sql::Statement::prepare(db, QStringLiteral("PRAGMA journal_mode"));
        mode && mode->next())
        journalMode = mode->text(0);
    if (Status s = db.exec(
            QStringLiteral("PRAGMA cache_size=-2097152; PRAGMA temp_store=MEMORY; "
                           "PRAGMA foreign_keys=OFF; PRAGMA synchronous=OFF; PRAGMA threads=2; "
                           "PRAGMA ignore_check_constraints=ON; PRAGMA journal_mode=MEMORY"));
        !s)
        return s.error();
    auto impl = std::make_unique<Impl>(db, journalMode);
    impl->tx.emplace(db);
    if (!impl->tx->begun())
        return impl->tx->begun().error();
    for (const QString &drop :
         schema::dropRandomOrderIndexStatements() + schema::dropRevisionTriggerStatements())
        if (Status s = db.exec(drop); !s)
            return s.error();
    auto prepare = [&](std::optional<sql::BatchInsert> &into, const char *table,
                       const QStringList &columns, int rows) -> Status {
        auto batch = sql::BatchInsert::prepare(db, QLatin1String(table), columns, rows);
        if (!batch)
            return batch.error();
        into.emplace(std::move(*batch));
        return {};
    };
    const QStringList companyColumns{QStringLiteral("id"), QStringLiteral("name"),
                                     QStringLiteral("kind"), QStringLiteral("note")};
    const QStringList sourceColumns{
        QStringLiteral("id"),        QStringLiteral("key"),       QStringLiteral("title"),
        QStringLiteral("publisher"), QStringLiteral("published"), QStringLiteral("kind"),
        QStringLiteral("text"),      QStringLiteral("synthetic"), QStringLiteral("note")};
    const QStringList dealColumns{QStringLiteral("id"), QStringLiteral("title"),
                                  QStringLiteral("status"), QStringLiteral("announced"),
                                  QStringLiteral("announced_sort")};
    const QStringList flowColumns{QStringLiteral("id"),       QStringLiteral("deal_id"),
                                  QStringLiteral("payer_id"), QStringLiteral("payee_id"),
                                  QStringLiteral("kind"),     QStringLiteral("date"),
                                  QStringLiteral("date_sort")};
    const QStringList claimColumns{
        QStringLiteral("source_id"), QStringLiteral("flow_id"), QStringLiteral("attribute"),
        QStringLiteral("usd_min"),   QStringLiteral("usd_max"), QStringLiteral("qualifier"),
        QStringLiteral("stated"),    QStringLiteral("start"),   QStringLiteral("end")};
    for (Status s : {prepare(impl->companies, "companies", companyColumns, 64),
                     prepare(impl->sources, "sources", sourceColumns, 16),
                     prepare(impl->deals, "deals", dealColumns, 64),
                     prepare(impl->flows, "flows", flowColumns, 64),
                     prepare(impl->claims, "claims", claimColumns, 64)})
        if (!s)
            return s.error();
    return std::unique_ptr<BulkLoad>(new BulkLoad(std::move(impl)));
}

Status BulkLoad::add(const BulkCompany &r) {
    m_impl->companies->add(r.id).add(r.name).add(r.kind).add(r.note);
    return m_impl->companies->endRow();
}

Status BulkLoad::add(const BulkSource &r) {
    m_impl->sources->add(r.id)
        .add(r.key)
        .add(r.title)
        .add(r.publisher)
        .add(r.published)
        .add(r.kind)
        .add(r.text)
        .add(int64_t(r.synthetic ? 1 : 0))
        .add(r.note);
    return m_impl->sources->endRow();
}

Status BulkLoad::add(const BulkDeal &r) {
    m_impl->deals->add(r.id)
        .add(r.title)
        .add(r.status)
        .add(r.announced)
        .add(int64_t(r.announcedSort));
    return m_impl->deals->endRow();
}

Status BulkLoad::add(const BulkFlow &r) {
    m_impl->flows->add(r.id).add(r.deal).add(r.payer).add(r.payee).add(r.kind).add(r.date).add(
        int64_t(r.dateSort));
    return m_impl->flows->endRow();
}

Status BulkLoad::add(const BulkClaim &r) {
    sql::BatchInsert &claims = *m_impl->claims;
    claims.add(r.source).add(r.flow).add(r.attribute).add(r.usdMin).add(r.usdMax);
    if (r.usdMin || r.usdMax)
        claims.add(r.qualifier).add(r.stated);
    else
        claims.addNull().addNull();
    claims.add(int64_t(r.start)).add(int64_t(r.end));
    return claims.endRow();
}

Status BulkLoad::finish() {
    for (auto *batch :
         {&m_impl->companies, &m_impl->sources, &m_impl->deals, &m_impl->flows, &m_impl->claims})
        if (Status s = (*batch)->flush(); !s)
            return s;
    // Indexes sort millions of keys: a small page cache and temporary files let SQLite's
    // sorter make sorted runs and merge them on both threads; one in-memory list was three
    // times slower (pointer chasing through 3 million entries).
    sql::Database &db = m_impl->db;
    if (Status s = db.exec(QStringLiteral("PRAGMA temp_store=FILE; PRAGMA cache_size=-8192")); !s)
        return s;
    for (const QString &create : schema::indexStatements() + schema::revisionTriggerStatements())
        if (Status s = db.exec(create); !s)
            return s;
    return db.exec(QStringLiteral("UPDATE revisions SET n = n + 1"));
}

Status BulkLoad::commit() {
    return m_impl->tx->commit();
}

} // namespace ds
