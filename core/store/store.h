// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"
#include "store/sqlite.h"

#include <QString>

#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace ds {

struct Counts {
    int64_t companies = 0;
    int64_t sources = 0;
    int64_t deals = 0;
    int64_t flows = 0;
    int64_t claims = 0;
};

/// How often each kind of row has been changed in the file (raised by triggers, so every
/// program's commits count); two readings differ in the kinds that changed between them.
struct Revisions {
    int64_t companies = 0;
    int64_t sources = 0;
    int64_t deals = 0;
    int64_t flows = 0;
    int64_t claims = 0;
    bool operator==(const Revisions &) const = default;
};

/// The tables of a DealScope file, for reads that name one.
enum class Table { Companies, Sources, Deals, Flows, Claims };
/// The table's name in SQL ("companies", ...).
QLatin1String tableName(Table table);

/// A DealScope file: one SQLite connection with the schema, checks on open and typed reads
/// and writes. One Store per thread; open another on the same path for a worker thread.
class Store {
public:
    enum class OpenMode {
        Existing,    ///< the file must exist and be a DealScope file
        CreateNew,   ///< the file must not exist (or be empty); it is created
        OpenOrCreate ///< either
    };

    Store(Store &&) = default;
    Store &operator=(Store &&) = default;

    /// Opens a file. A missing, non-SQLite, truncated, foreign or newer file is refused with
    /// a message and left untouched.
    static Result<Store> open(const QString &path, OpenMode mode = OpenMode::Existing);
    /// Removes a database file with its WAL and shared-memory files (after a failed creation).
    static void removeFiles(const QString &path);
    /// A private in-memory database with the current schema (tests, scratch work).
    static Result<Store> openMemory();

    sql::Database &db() { return m_db; }
    QString path() const { return m_path; }

    /// Writes a consistent copy of the file to `path` (SQLite's online backup).
    Status backupTo(const QString &path) { return m_db.backupTo(path); }

    Result<Counts> counts();
    Result<Revisions> revisions();
    /// PRAGMA data_version of this connection: it changes when another connection (in this
    /// process or another) commits to the file, and is cheap enough to poll.
    Result<int64_t> dataVersion() { return m_db.dataVersion(); }

    // Writes. Each is one statement; callers group several in a sql::Transaction.
    Result<Id> addCompany(const Company &company);
    Result<Id> addSource(const Source &source);
    Result<Id> addDeal(const Deal &deal);
    Result<Id> addFlow(const Flow &flow);
    Result<Id> addClaim(const Claim &claim);
    Status addAlias(Id companyId, const QString &alias);
    /// Replaces a source's text and its hash (the caller re-anchors the quotes).
    Status setSourceText(Id sourceId, const QString &text, const QString &hash);
    /// A claim's quote as anchored in its source's text, flagged when it no longer stands there.
    Status setClaimQuote(Id claimId, const Quote &quote, bool orphaned);
    /// The source a source cites (another outlet's report it relays), or none.
    Status setSourceCites(Id sourceId, std::optional<Id> cites);

    // Reads.
    /// Whether a row with this id exists in the table.
    Result<bool> hasRow(Table table, Id id);
    Result<std::vector<Company>> companies();
    Result<std::vector<Source>> sources(bool withText = false);
    Result<std::vector<Deal>> deals();
    Result<std::vector<Flow>> flows();
    Result<std::vector<Claim>> claims();
    Result<Source> source(Id id);
    Result<Flow> flow(Id id);
    Result<Deal> deal(Id id);
    Result<Company> company(Id id);
    Result<std::vector<Flow>> flowsOfDeal(Id dealId);
    /// Flows from payer to payee, in any deal.
    Result<std::vector<Flow>> flowsBetween(Id payer, Id payee);
    Result<std::vector<Claim>> claimsOfFlow(Id flowId);
    Result<std::vector<Claim>> claimsOfDeal(Id dealId);
    Result<std::vector<Claim>> claimsOfCompany(Id companyId);
    Result<std::vector<Claim>> claimsOfSource(Id sourceId);
    /// Streams every flow (in id order) with its claims; return false to stop. Without text,
    /// the claims' quotes, stated text and notes are left out (for bulk analysis).
    /// `first` and `last` limit the flow ids (inclusive), to split the work between threads.
    Status forEachFlowWithClaims(
        const std::function<bool(const Flow &, const std::vector<Claim> &)> &callback,
        bool withText = true, Id first = 0, Id last = std::numeric_limits<Id>::max());
    /// Streams the flows a company pays or receives (in id order) with their claims.
    Status forEachFlowOfCompany(
        Id company, const std::function<bool(const Flow &, const std::vector<Claim> &)> &callback,
        bool withText = false);
    /// Ids of the deals and of the companies that have claims of their own.
    Result<std::vector<Id>> dealsWithClaims();
    Result<std::vector<Id>> companiesWithClaims();
    /// Finds a company by name or alias (case-insensitive).
    Result<std::optional<Id>> companyIdByName(const QString &nameOrAlias);
    Result<std::optional<Id>> sourceIdByKey(const QString &key);
    /// The source whose text has this hash (duplicate detection on import).
    Result<std::optional<Id>> sourceIdByTextHash(const QString &hash);
    /// The first source of a publisher (case-insensitive), e.g. the outlet an article cites.
    Result<std::optional<Id>> sourceIdByPublisher(const QString &publisher);

private:
    Store(sql::Database db, QString path)
        : m_db(std::move(db))
        , m_path(std::move(path)) {}
    Status prepareConnection();
    Status useWriteAheadLog();
    Status mergeFlowsWithClaims(
        const QString &flowWhere, const QString &claimWhere, const std::vector<int64_t> &parameters,
        const std::function<bool(const Flow &, const std::vector<Claim> &)> &callback,
        bool withText);

    sql::Database m_db;
    QString m_path;
};

/// One transaction on a store, for writes that stand or fall together: begun when made,
/// rolled back when it goes uncommitted (on every early return with an error too). They do not
/// nest: a function that makes one is not called inside another's.
class Transaction {
public:
    explicit Transaction(Store &store)
        : m_tx(store.db()) {}
    Status begun() const { return m_tx.begun(); }
    Status commit() { return m_tx.commit(); }

private:
    sql::Transaction m_tx;
};

/// Why a file cannot be a DealScope database, judged from its first 100 bytes (or fewer, when
/// the file is shorter) and its size alone; an empty optional when it looks like an intact
/// SQLite file. With a write-ahead log beside it (`hasLog`), a file shorter than its header
/// says is normal after a stopped checkpoint, and is not judged by its size.
std::optional<QString> checkSqliteHeader(const QByteArray &header, qint64 size, bool hasLog);

} // namespace ds
