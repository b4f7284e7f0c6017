// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store.h"

#include "store/schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ds {

namespace {

// The id a one-parameter query finds, if any.
Result<std::optional<Id>> optionalId(sql::Database &db, const QString &sql, const QString &value) {
    auto st = sql::Statement::prepare(db, sql);
    if (!st)
        return st.error();
    st->bind(1, value);
    if (st->next())
        return std::optional<Id>(st->int64(0));
    if (!st->status())
        return st->status().error();
    return std::optional<Id>();
}

uint32_t bigEndian32(const QByteArray &bytes, int offset) {
    return (uint32_t(uint8_t(bytes[offset])) << 24) | (uint32_t(uint8_t(bytes[offset + 1])) << 16) |
           (uint32_t(uint8_t(bytes[offset + 2])) << 8) | uint32_t(uint8_t(bytes[offset + 3]));
}

std::optional<Id> optId(const sql::Statement &st, int column) {
    return st.optInt64(column);
}

void bindOptText(sql::Statement &st, int index, const QString &value) {
    if (value.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, value);
}

Result<Id> insert(sql::Database &db, sql::Statement &st) {
    if (Status s = st.exec(); !s)
        return s.error();
    return db.lastInsertId();
}

const char *const kClaimColumns =
    "SELECT id, source_id, flow_id, deal_id, company_id, counterparty_id, attribute, usd_min, "
    "usd_max, qualifier, currency, stated, date, percent, stated_payer_id, stated_payee_id, "
    "stance, rank, quote, prefix, suffix, start, \"end\", orphaned, note, stated_status FROM "
    "claims ";

const char *const kFlowColumns =
    "SELECT id, deal_id, payer_id, payee_id, kind, date, note FROM flows ";

Flow readFlow(const sql::Statement &st) {
    Flow f;
    f.id = st.int64(0);
    f.dealId = st.int64(1);
    f.payerId = st.int64(2);
    f.payeeId = st.int64(3);
    f.kind = fromToken<FlowKind>(st.text(4)).value_or(FlowKind::Equity);
    f.date = PartialDate::parse(st.text(5)).value_or(PartialDate());
    f.note = st.text(6);
    return f;
}

/// Runs a query and reads every row with `read`; `bind` binds the parameters.
template <typename T, typename Read>
Result<std::vector<T>> readAll(sql::Database &db, const QString &sql, Read read,
                               const std::vector<int64_t> &parameters = {}) {
    auto st = sql::Statement::prepare(db, sql);
    if (!st)
        return st.error();
    for (size_t i = 0; i < parameters.size(); ++i)
        st->bind(int(i) + 1, parameters[i]);
    std::vector<T> result;
    while (st->next())
        result.push_back(read(*st));
    if (!st->status())
        return st->status().error();
    return result;
}

/// The columns the figure rules need, for bulk analysis.
const char *const kClaimSummaryColumns =
    "SELECT id, source_id, flow_id, attribute, usd_min, usd_max, qualifier, date, "
    "stated_payer_id, stated_payee_id, stance, rank, stated_status FROM claims ";

Claim readClaimSummary(const sql::Statement &st) {
    Claim c;
    c.id = st.int64(0);
    c.sourceId = st.int64(1);
    c.flowId = st.int64(2);
    c.attribute = fromToken<ClaimAttribute>(st.latin1(3)).value_or(ClaimAttribute::Amount);
    if (!st.isNull(4)) {
        c.money.emplace();
        c.money->minUsd = st.int64(4);
        c.money->maxUsd = st.optInt64(5);
        c.money->qualifier = qualifierFromToken(st.latin1(6)).value_or(Qualifier::Exact);
    }
    if (!st.isNull(7))
        c.date = PartialDate::parse(st.text(7)).value_or(PartialDate());
    c.statedPayerId = st.optInt64(8);
    c.statedPayeeId = st.optInt64(9);
    c.stance = fromToken<Stance>(st.latin1(10)).value_or(Stance::Supports);
    c.rank = fromToken<Rank>(st.latin1(11)).value_or(Rank::Normal);
    if (!st.isNull(12))
        c.statedStatus = fromToken<DealStatus>(st.latin1(12));
    return c;
}

const char *const kDealColumns = "SELECT id, title, status, announced, note FROM deals ";
const char *const kCompanyColumns = "SELECT id, name, kind, country, note FROM companies ";

Deal readDeal(const sql::Statement &st) {
    Deal d;
    d.id = st.int64(0);
    d.title = st.text(1);
    d.status = fromToken<DealStatus>(st.latin1(2)).value_or(DealStatus::Announced);
    d.announced = PartialDate::parse(st.text(3)).value_or(PartialDate());
    d.note = st.text(4);
    return d;
}

Company readCompany(const sql::Statement &st) {
    Company c;
    c.id = st.int64(0);
    c.name = st.text(1);
    c.kind = fromToken<CompanyKind>(st.latin1(2)).value_or(CompanyKind::Other);
    c.country = st.text(3);
    c.note = st.text(4);
    return c;
}

Source readSource(const sql::Statement &st) {
    Source s;
    s.id = st.int64(0);
    s.key = st.text(1);
    s.title = st.text(2);
    s.publisher = st.text(3);
    s.author = st.text(4);
    s.url = st.text(5);
    s.published = PartialDate::parse(st.text(6)).value_or(PartialDate());
    s.kind = st.text(7);
    s.citesId = optId(st, 8);
    s.text = st.text(9);
    s.textHash = st.text(10);
    s.synthetic = st.int64(11) != 0;
    s.note = st.text(12);
    s.language = st.text(13);
    return s;
}

Claim readClaim(const sql::Statement &st) {
    Claim c;
    c.id = st.int64(0);
    c.sourceId = st.int64(1);
    c.flowId = optId(st, 2);
    c.dealId = optId(st, 3);
    c.companyId = optId(st, 4);
    c.counterpartyId = optId(st, 5);
    c.attribute = fromToken<ClaimAttribute>(st.text(6)).value_or(ClaimAttribute::Amount);
    if (!st.isNull(7) || !st.isNull(8)) {
        Money m;
        m.minUsd = st.int64(7);
        m.maxUsd = st.optInt64(8);
        m.qualifier = qualifierFromToken(st.text(9)).value_or(Qualifier::Exact);
        m.currency = st.isNull(10) ? QStringLiteral("USD") : st.text(10);
        m.stated = st.text(11);
        c.money = m;
    }
    c.date = PartialDate::parse(st.text(12)).value_or(PartialDate());
    if (!st.isNull(13))
        c.percent = st.real(13);
    c.statedPayerId = optId(st, 14);
    c.statedPayeeId = optId(st, 15);
    c.stance = fromToken<Stance>(st.text(16)).value_or(Stance::Supports);
    c.rank = fromToken<Rank>(st.text(17)).value_or(Rank::Normal);
    c.quote.exact = st.text(18);
    c.quote.prefix = st.text(19);
    c.quote.suffix = st.text(20);
    if (!st.isNull(21))
        c.quote.start = st.integer(21);
    if (!st.isNull(22))
        c.quote.end = st.integer(22);
    c.orphaned = st.int64(23) != 0;
    c.note = st.text(24);
    if (!st.isNull(25))
        c.statedStatus = fromToken<DealStatus>(st.latin1(25));
    return c;
}

} // namespace

std::optional<QString> checkSqliteHeader(const QByteArray &header, qint64 size, bool hasLog) {
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return QCoreApplication::translate(
            "ds::Store", "This is not a DealScope file (it is not an SQLite database).");
    if (header.size() < 100)
        return QCoreApplication::translate("ds::Store",
                                           "The file is truncated (its header is incomplete).");
    const uint32_t rawPageSize = (uint32_t(uint8_t(header[16])) << 8) | uint8_t(header[17]);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return QCoreApplication::translate("ds::Store",
                                           "The file is damaged (its page size is invalid).");
    // Pages of a committed transaction may still be on their way from the write-ahead log
    // into the file (a checkpoint that was stopped): the log completes them, so the file's
    // size says nothing then.
    if (hasLog)
        return std::nullopt;
    if (size % pageSize != 0)
        return QCoreApplication::translate(
            "ds::Store", "The file is truncated (its size is not a whole number of pages).");
    const bool pageCountValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    const qint64 pageCount = bigEndian32(header, 28);
    if (pageCountValid && pageCount > 0 && size < pageCount * pageSize)
        return QCoreApplication::translate("ds::Store",
                                           "The file is truncated: it holds %1 of its %2 pages.")
            .arg(size / pageSize)
            .arg(pageCount);
    return std::nullopt;
}

Result<Store> Store::open(const QString &path, OpenMode mode) {
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error{
            QCoreApplication::translate("ds::Store", "%1 is a folder, not a DealScope file.")
                .arg(path)};
    if (!exists && mode == OpenMode::Existing)
        return Error{
            QCoreApplication::translate("ds::Store", "The file %1 does not exist.").arg(path)};
    const bool empty = exists && info.size() == 0;
    if (exists && !empty && mode == OpenMode::CreateNew)
        return Error{QCoreApplication::translate("ds::Store",
                                                 "The file %1 already exists; choose another name.")
                         .arg(path)};
    if (empty && mode == OpenMode::Existing)
        return Error{QCoreApplication::translate(
                         "ds::Store", "The file %1 is empty: it is not a DealScope file.")
                         .arg(path)};

    auto db = sql::Database::open(path, exists ? sql::Database::Mode::ReadWrite
                                               : sql::Database::Mode::ReadWriteCreate);
    if (!db)
        return db.error();
    // The header is read through SQLite's own descriptor: opening the file here with another
    // one and closing it would drop this process's locks on it (see OpenDatabaseFiles).
    if (exists && !empty) {
        auto header = db->readHeader(100);
        if (!header)
            return header.error();
        const QFileInfo log(path + QStringLiteral("-wal"));
        if (auto problem =
                checkSqliteHeader(header->bytes, header->size, log.exists() && log.size() > 0))
            return Error{*problem};
    }
    Store store(std::move(*db), path);

    // Judge the file before anything writes to it.
    auto appId = store.m_db.queryInt(QStringLiteral("PRAGMA application_id"));
    auto version = store.m_db.queryInt(QStringLiteral("PRAGMA user_version"));
    auto tables = store.m_db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId || !version || !tables) {
        const QString detail = !appId     ? appId.errorMessage()
                               : !version ? version.errorMessage()
                                          : tables.errorMessage();
        return Error{QCoreApplication::translate(
                         "ds::Store", "The file is damaged or not a DealScope file (%1).")
                         .arg(detail)};
    }
    if (*appId != 0 && *appId != schema::kApplicationId)
        return Error{QCoreApplication::translate(
            "ds::Store", "This SQLite file belongs to another application.")};
    if (*version == 0 && *tables > 0)
        return Error{QCoreApplication::translate(
            "ds::Store", "This SQLite file is not a DealScope file (it has other tables).")};
    if (*version > schema::kCurrentVersion)
        return Error{schema::newerVersionMessage(int(*version), schema::kCurrentVersion)};

    if (Status s = store.prepareConnection(); !s)
        return s.error();
    if (Status s = schema::migrate(store.m_db); !s)
        return s.error();
    // Only a file that is whole and of the newest format turns to write-ahead logging (that
    // writes its header): a file refused above is left exactly as it was.
    if (Status s = store.useWriteAheadLog(); !s)
        return s.error();
    return store;
}

void Store::removeFiles(const QString &path) {
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<Store> Store::openMemory() {
    auto db = sql::Database::open(QStringLiteral(":memory:"), sql::Database::Mode::ReadWriteCreate);
    if (!db)
        return db.error();
    Store store(std::move(*db), QStringLiteral(":memory:"));
    if (Status s = store.prepareConnection(); !s)
        return s.error();
    if (Status s = schema::migrate(store.m_db); !s)
        return s.error();
    return store;
}

Status Store::useWriteAheadLog() {
    // FULL: a commit is on disk before the edit is reported done, even on power loss.
    return m_db.exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"));
}

Status Store::prepareConnection() {
    if (Status s = m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON")); !s)
        return s;
    auto fk = m_db.queryInt(QStringLiteral("PRAGMA foreign_keys"));
    if (!fk || *fk != 1)
        return Error{QCoreApplication::translate(
            "ds::Store", "This SQLite library cannot enforce foreign keys.")};
    return {};
}

Result<Counts> Store::counts() {
    auto st = sql::Statement::prepare(
        m_db, QStringLiteral("SELECT (SELECT count(*) FROM companies), (SELECT count(*) FROM "
                             "sources), (SELECT count(*) FROM deals), (SELECT count(*) FROM "
                             "flows), (SELECT count(*) FROM claims)"));
    if (!st)
        return st.error();
    if (!st->next())
        return st->status().error();
    return Counts{st->int64(0), st->int64(1), st->int64(2), st->int64(3), st->int64(4)};
}

Result<Revisions> Store::revisions() {
    auto st = sql::Statement::prepare(m_db, QStringLiteral("SELECT kind, n FROM revisions"));
    if (!st)
        return st.error();
    Revisions r;
    while (st->next()) {
        const QLatin1String kind = st->latin1(0);
        const int64_t n = st->int64(1);
        if (kind == QLatin1String("companies"))
            r.companies = n;
        else if (kind == QLatin1String("sources"))
            r.sources = n;
        else if (kind == QLatin1String("deals"))
            r.deals = n;
        else if (kind == QLatin1String("flows"))
            r.flows = n;
        else if (kind == QLatin1String("claims"))
            r.claims = n;
    }
    if (!st->status())
        return st->status().error();
    return r;
}

Result<Id> Store::addCompany(const Company &c) {
    auto st = sql::Statement::prepare(
        m_db, QStringLiteral("INSERT INTO companies(id, name, kind, country, note) "
                             "VALUES (?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, c.id > 0 ? std::optional<int64_t>(c.id) : std::nullopt);
    st->bind(2, c.name.trimmed());
    st->bind(3, token(c.kind));
    bindOptText(*st, 4, c.country);
    bindOptText(*st, 5, c.note);
    auto id = insert(m_db, *st);
    if (!id)
        return Error{QCoreApplication::translate("ds::Store", "Cannot add the company “%1”: %2")
                         .arg(c.name, id.errorMessage())};
    for (const QString &alias : c.aliases)
        if (Status s = addAlias(*id, alias); !s)
            return s.error();
    return id;
}

Status Store::addAlias(Id companyId, const QString &alias) {
    auto st = sql::Statement::prepare(
        m_db, QStringLiteral("INSERT INTO company_aliases(alias, company_id) VALUES (?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, alias.trimmed());
    st->bind(2, companyId);
    if (Status s = st->exec(); !s)
        return Error{QCoreApplication::translate("ds::Store", "Cannot add the alias “%1”: %2")
                         .arg(alias, s.errorMessage())};
    return {};
}

Status Store::setSourceText(Id sourceId, const QString &text, const QString &hash) {
    auto st = sql::Statement::prepare(
        m_db, QStringLiteral("UPDATE sources SET text = ?, text_hash = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, text);
    st->bind(2, hash);
    st->bind(3, sourceId);
    return st->exec();
}

Status Store::setClaimQuote(Id claimId, const Quote &q, bool orphaned) {
    auto st = sql::Statement::prepare(
        m_db, QStringLiteral("UPDATE claims SET quote = ?, prefix = ?, suffix = ?, start = ?, "
                             "\"end\" = ?, orphaned = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, q.exact);
    bindOptText(*st, 2, q.prefix);
    bindOptText(*st, 3, q.suffix);
    st->bind(4, q.start ? std::optional<int64_t>(*q.start) : std::nullopt);
    st->bind(5, q.end ? std::optional<int64_t>(*q.end) : std::nullopt);
    st->bind(6, orphaned ? 1 : 0);
    st->bind(7, claimId);
    return st->exec();
}

Status Store::setSourceCites(Id sourceId, std::optional<Id> cites) {
    auto st = sql::Statement::prepare(
        m_db, QStringLiteral("UPDATE sources SET cites_id = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, cites);
    st->bind(2, sourceId);
    return st->exec();
}

QLatin1String tableName(Table table) {
    switch (table) {
    case Table::Companies:
        return QLatin1String("companies");
    case Table::Sources:
        return QLatin1String("sources");
    case Table::Deals:
        return QLatin1String("deals");
    case Table::Flows:
        return QLatin1String("flows");
    case Table::Claims:
        break;
    }
    return QLatin1String("claims");
}

Result<bool> Store::hasRow(Table table, Id id) {
    auto st = sql::Statement::prepare(
        m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(tableName(table)));
    if (!st)
        return st.error();
    st->bind(1, id);
    const bool found = st->next();
    if (!st->status())
        return st->status().error();
    return found;
}

Result<Id> Store::addSource(const Source &s) {
    auto st = sql::Statement::prepare(
        m_db,
        QStringLiteral("INSERT INTO sources(id, key, title, publisher, author, url, "
                       "published, kind, cites_id, text, text_hash, synthetic, note, language) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, s.id > 0 ? std::optional<int64_t>(s.id) : std::nullopt);
    st->bind(2, s.key);
    bindOptText(*st, 3, s.title);
    bindOptText(*st, 4, s.publisher);
    bindOptText(*st, 5, s.author);
    bindOptText(*st, 6, s.url);
    bindOptText(*st, 7, s.published.toString());
    bindOptText(*st, 8, s.kind);
    st->bind(9, s.citesId);
    bindOptText(*st, 10, s.text);
    bindOptText(*st, 11, s.textHash);
    st->bind(12, s.synthetic ? 1 : 0);
    bindOptText(*st, 13, s.note);
    bindOptText(*st, 14, s.language);
    auto id = insert(m_db, *st);
    if (!id)
        return Error{QCoreApplication::translate("ds::Store", "Cannot add the source “%1”: %2")
                         .arg(s.title.isEmpty() ? s.key : s.title, id.errorMessage())};
    return id;
}

Result<Id> Store::addDeal(const Deal &d) {
    auto st = sql::Statement::prepare(
        m_db, QStringLiteral("INSERT INTO deals(id, title, status, announced, announced_sort, "
                             "note) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, d.id > 0 ? std::optional<int64_t>(d.id) : std::nullopt);
    st->bind(2, d.title);
    st->bind(3, token(d.status));
    bindOptText(*st, 4, d.announced.toString());
    st->bind(5, d.announced.sortKey());
    bindOptText(*st, 6, d.note);
    auto id = insert(m_db, *st);
    if (!id)
        return Error{QCoreApplication::translate("ds::Store", "Cannot add the deal “%1”: %2")
                         .arg(d.title, id.errorMessage())};
    return id;
}

Result<Id> Store::addFlow(const Flow &f) {
    auto st = sql::Statement::prepare(
        m_db, QStringLiteral("INSERT INTO flows(id, deal_id, payer_id, payee_id, kind, date, "
                             "date_sort, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, f.id > 0 ? std::optional<int64_t>(f.id) : std::nullopt);
    st->bind(2, f.dealId);
    st->bind(3, f.payerId);
    st->bind(4, f.payeeId);
    st->bind(5, token(f.kind));
    bindOptText(*st, 6, f.date.toString());
    st->bind(7, f.date.sortKey());
    bindOptText(*st, 8, f.note);
    auto id = insert(m_db, *st);
    if (!id)
        return Error{QCoreApplication::translate("ds::Store", "Cannot add the flow: %1")
                         .arg(id.errorMessage())};
    return id;
}

Result<Id> Store::addClaim(const Claim &c) {
    auto st = sql::Statement::prepare(
        m_db,
        QStringLiteral(
            "INSERT INTO claims(id, source_id, flow_id, deal_id, company_id, counterparty_id, "
            "attribute, usd_min, usd_max, qualifier, currency, stated, date, percent, "
            "stated_payer_id, stated_payee_id, stance, rank, quote, prefix, suffix, start, "
            "\"end\", orphaned, note, stated_status) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!st)
        return st.error();
    st->bind(1, c.id > 0 ? std::optional<int64_t>(c.id) : std::nullopt);
    st->bind(2, c.sourceId);
    st->bind(3, c.flowId);
    st->bind(4, c.dealId);
    st->bind(5, c.companyId);
    st->bind(6, c.counterpartyId);
    st->bind(7, token(c.attribute));
    if (c.money) {
        st->bind(8, c.money->minUsd);
        st->bind(9, c.money->maxUsd);
        st->bind(10, qualifierToken(c.money->qualifier));
        st->bind(11, c.money->currency);
        bindOptText(*st, 12, c.money->stated);
    }
    bindOptText(*st, 13, c.date.toString());
    if (c.percent)
        st->bind(14, *c.percent);
    st->bind(15, c.statedPayerId);
    st->bind(16, c.statedPayeeId);
    st->bind(17, token(c.stance));
    st->bind(18, token(c.rank));
    bindOptText(*st, 19, c.quote.exact);
    bindOptText(*st, 20, c.quote.prefix);
    bindOptText(*st, 21, c.quote.suffix);
    st->bind(22, c.quote.start ? std::optional<int64_t>(*c.quote.start) : std::nullopt);
    st->bind(23, c.quote.end ? std::optional<int64_t>(*c.quote.end) : std::nullopt);
    st->bind(24, c.orphaned ? 1 : 0);
    bindOptText(*st, 25, c.note);
    if (c.statedStatus)
        st->bind(26, token(*c.statedStatus));
    auto id = insert(m_db, *st);
    if (!id)
        return Error{QCoreApplication::translate("ds::Store", "Cannot add the claim: %1")
                         .arg(id.errorMessage())};
    return id;
}

Result<std::vector<Company>> Store::companies() {
    auto companies = readAll<Company>(
        m_db, QLatin1String(kCompanyColumns) + QStringLiteral("ORDER BY id"), readCompany);
    if (!companies)
        return companies.error();
    std::vector<Company> result = std::move(*companies);
    auto aliases = sql::Statement::prepare(
        m_db, QStringLiteral("SELECT company_id, alias FROM company_aliases ORDER BY company_id, "
                             "alias COLLATE NOCASE"));
    if (!aliases)
        return aliases.error();
    // Companies are sorted by id: find each alias's company by binary search.
    while (aliases->next()) {
        const Id owner = aliases->int64(0);
        auto it = std::lower_bound(result.begin(), result.end(), owner,
                                   [](const Company &c, Id id) { return c.id < id; });
        if (it != result.end() && it->id == owner)
            it->aliases << aliases->text(1);
    }
    return result;
}

Result<std::vector<Source>> Store::sources(bool withText) {
    auto st = sql::Statement::prepare(
        m_db, QStringLiteral("SELECT id, key, title, publisher, author, url, published, kind, "
                             "cites_id, %1, text_hash, synthetic, note, language FROM sources "
                             "ORDER BY id")
                  .arg(withText ? QStringLiteral("text") : QStringLiteral("NULL")));
    if (!st)
        return st.error();
    std::vector<Source> result;
    while (st->next()) {
        result.push_back(readSource(*st));
    }
    if (!st->status())
        return st->status().error();
    return result;
}

Result<Source> Store::source(Id id) {
    auto st = sql::Statement::prepare(
        m_db, QStringLiteral("SELECT id, key, title, publisher, author, url, published, kind, "
                             "cites_id, text, text_hash, synthetic, note, language FROM sources "
                             "WHERE id=?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next())
        return Error{
            QCoreApplication::translate("ds::Store", "There is no source with id %1.").arg(id)};
    return readSource(*st);
}

Result<std::vector<Deal>> Store::deals() {
    return readAll<Deal>(m_db, QLatin1String(kDealColumns) + QStringLiteral("ORDER BY id"),
                         readDeal);
}

Result<std::vector<Flow>> Store::flows() {
    return readAll<Flow>(m_db, QLatin1String(kFlowColumns) + QStringLiteral("ORDER BY id"),
                         readFlow);
}

Result<std::vector<Claim>> Store::claims() {
    return readAll<Claim>(m_db, QLatin1String(kClaimColumns) + QStringLiteral("ORDER BY id"),
                          readClaim);
}

Result<Flow> Store::flow(Id id) {
    auto flows = readAll<Flow>(m_db, QLatin1String(kFlowColumns) + QStringLiteral("WHERE id = ?"),
                               readFlow, {id});
    if (!flows)
        return flows.error();
    if (flows->empty())
        return Error{
            QCoreApplication::translate("ds::Store", "There is no flow with id %1.").arg(id)};
    return flows->front();
}

Result<Deal> Store::deal(Id id) {
    auto deals = readAll<Deal>(m_db, QLatin1String(kDealColumns) + QStringLiteral("WHERE id = ?"),
                               readDeal, {id});
    if (!deals)
        return deals.error();
    if (deals->empty())
        return Error{
            QCoreApplication::translate("ds::Store", "There is no deal with id %1.").arg(id)};
    return deals->front();
}

Result<Company> Store::company(Id id) {
    auto companies = readAll<Company>(
        m_db, QLatin1String(kCompanyColumns) + QStringLiteral("WHERE id = ?"), readCompany, {id});
    if (!companies)
        return companies.error();
    if (companies->empty())
        return Error{
            QCoreApplication::translate("ds::Store", "There is no company with id %1.").arg(id)};
    Company c = companies->front();
    auto aliases = readAll<QString>(
        m_db,
        QStringLiteral("SELECT alias FROM company_aliases WHERE company_id = ? ORDER BY alias"),
        [](const sql::Statement &a) { return a.text(0); }, {id});
    if (aliases)
        c.aliases = QStringList(aliases->begin(), aliases->end());
    return c;
}

Result<std::vector<Flow>> Store::flowsOfDeal(Id dealId) {
    return readAll<Flow>(
        m_db, QLatin1String(kFlowColumns) + QStringLiteral("WHERE deal_id = ? ORDER BY id"),
        readFlow, {dealId});
}

Result<std::vector<Flow>> Store::flowsBetween(Id payer, Id payee) {
    return readAll<Flow>(m_db,
                         QLatin1String(kFlowColumns) +
                             QStringLiteral("WHERE payer_id = ? AND payee_id = ? ORDER BY id"),
                         readFlow, {payer, payee});
}

Result<std::vector<Claim>> Store::claimsOfFlow(Id flowId) {
    return readAll<Claim>(
        m_db, QLatin1String(kClaimColumns) + QStringLiteral("WHERE flow_id = ? ORDER BY id"),
        readClaim, {flowId});
}

Result<std::vector<Claim>> Store::claimsOfDeal(Id dealId) {
    return readAll<Claim>(
        m_db, QLatin1String(kClaimColumns) + QStringLiteral("WHERE deal_id = ? ORDER BY id"),
        readClaim, {dealId});
}

Result<std::vector<Claim>> Store::claimsOfCompany(Id companyId) {
    return readAll<Claim>(
        m_db, QLatin1String(kClaimColumns) + QStringLiteral("WHERE company_id = ? ORDER BY id"),
        readClaim, {companyId});
}

Result<std::vector<Claim>> Store::claimsOfSource(Id sourceId) {
    return readAll<Claim>(
        m_db, QLatin1String(kClaimColumns) + QStringLiteral("WHERE source_id = ? ORDER BY id"),
        readClaim, {sourceId});
}

Status Store::forEachFlowWithClaims(
    const std::function<bool(const Flow &, const std::vector<Claim> &)> &callback, bool withText,
    Id first, Id last) {
    return mergeFlowsWithClaims(QStringLiteral("id BETWEEN ?1 AND ?2"),
                                QStringLiteral("flow_id BETWEEN ?1 AND ?2"), {first, last},
                                callback, withText);
}

Status Store::forEachFlowOfCompany(
    Id company, const std::function<bool(const Flow &, const std::vector<Claim> &)> &callback,
    bool withText) {
    return mergeFlowsWithClaims(
        QStringLiteral("payer_id = ?1 OR payee_id = ?1"),
        QStringLiteral("flow_id IN (SELECT id FROM flows WHERE payer_id = ?1 UNION ALL SELECT id "
                       "FROM flows WHERE payee_id = ?1)"),
        {company}, callback, withText);
}

Status Store::mergeFlowsWithClaims(
    const QString &flowWhere, const QString &claimWhere, const std::vector<int64_t> &parameters,
    const std::function<bool(const Flow &, const std::vector<Claim> &)> &callback, bool withText) {
    auto flows =
        sql::Statement::prepare(m_db, QLatin1String(kFlowColumns) + QStringLiteral("WHERE ") +
                                          flowWhere + QStringLiteral(" ORDER BY id"));
    // Without text, only the columns the figure rules need (flow_id is column 2 in both).
    const QString columns = QLatin1String(withText ? kClaimColumns : kClaimSummaryColumns);
    auto claims = sql::Statement::prepare(m_db, columns + QStringLiteral("WHERE ") + claimWhere +
                                                    QStringLiteral(" ORDER BY flow_id, id"));
    if (!flows)
        return flows.error();
    if (!claims)
        return claims.error();
    for (auto *st : {&*flows, &*claims})
        for (size_t i = 0; i < parameters.size(); ++i)
            st->bind(int(i) + 1, parameters[i]);
    // Both come in flow order: merge them.
    bool haveClaim = claims->next();
    std::vector<Claim> batch;
    while (flows->next()) {
        const Flow flow = readFlow(*flows);
        batch.clear();
        while (haveClaim && claims->int64(2) <= flow.id) {
            if (claims->int64(2) == flow.id)
                batch.push_back(withText ? readClaim(*claims) : readClaimSummary(*claims));
            haveClaim = claims->next();
        }
        if (!callback(flow, batch))
            return {};
    }
    if (!flows->status())
        return flows->status();
    return claims->status();
}

Result<std::vector<Id>> Store::dealsWithClaims() {
    return readAll<Id>(m_db,
                       QStringLiteral("SELECT DISTINCT deal_id FROM claims WHERE deal_id IS NOT "
                                      "NULL ORDER BY deal_id"),
                       [](const sql::Statement &st) { return st.int64(0); });
}

Result<std::vector<Id>> Store::companiesWithClaims() {
    return readAll<Id>(m_db,
                       QStringLiteral("SELECT DISTINCT company_id FROM claims WHERE company_id IS "
                                      "NOT NULL ORDER BY company_id"),
                       [](const sql::Statement &st) { return st.int64(0); });
}

Result<std::optional<Id>> Store::companyIdByName(const QString &nameOrAlias) {
    return optionalId(m_db,
                      QStringLiteral("SELECT id FROM companies WHERE name = ?1 UNION ALL "
                                     "SELECT company_id FROM company_aliases WHERE alias = ?1 "
                                     "LIMIT 1"),
                      nameOrAlias.trimmed());
}

Result<std::optional<Id>> Store::sourceIdByKey(const QString &key) {
    return optionalId(m_db, QStringLiteral("SELECT id FROM sources WHERE key=?"), key);
}

Result<std::optional<Id>> Store::sourceIdByTextHash(const QString &hash) {
    return optionalId(m_db, QStringLiteral("SELECT id FROM sources WHERE text_hash=? LIMIT 1"),
                      hash);
}

Result<std::optional<Id>> Store::sourceIdByPublisher(const QString &publisher) {
    return optionalId(
        m_db,
        QStringLiteral(
            "SELECT id FROM sources WHERE publisher=? COLLATE NOCASE ORDER BY id LIMIT 1"),
        publisher);
}

} // namespace ds
