// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schema.h"

#include <QCoreApplication>

namespace ds::schema {

namespace {

// CHECK constraints spell out "a = x OR a = y": SQLite builds a temporary table per row for
// "a IN (x, y, z)" in a CHECK, which made bulk inserts five times slower.
const char *const kVersion1 = R"SQL(
CREATE TABLE companies (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    kind    TEXT NOT NULL DEFAULT 'other'
            CHECK (kind = 'lab' OR kind = 'cloud' OR kind = 'chipmaker' OR kind = 'investor' OR kind = 'other'),
    country TEXT,
    note    TEXT
);
CREATE TABLE company_aliases (
    alias      TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE
);
CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,
    title     TEXT,
    publisher TEXT,
    author    TEXT,
    url       TEXT,
    published TEXT,
    kind      TEXT,
    cites_id  INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    text      TEXT,
    text_hash TEXT,
    synthetic INTEGER NOT NULL DEFAULT 0,
    note      TEXT
);
CREATE TABLE deals (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL,
    status         TEXT NOT NULL
                   CHECK (status = 'rumoured' OR status = 'in_talks' OR status = 'announced' OR status = 'completed' OR status = 'cancelled'),
    announced      TEXT,
    announced_sort INTEGER NOT NULL DEFAULT 0,
    note           TEXT
);
CREATE TABLE flows (
    id        INTEGER PRIMARY KEY,
    deal_id   INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    payer_id  INTEGER NOT NULL REFERENCES companies(id),
    payee_id  INTEGER NOT NULL REFERENCES companies(id),
    kind      TEXT NOT NULL CHECK (kind = 'equity' OR kind = 'compute' OR kind = 'chips' OR kind = 'loan' OR kind = 'acquisition' OR kind = 'licensing' OR kind = 'partnership'),
    date      TEXT,
    date_sort INTEGER NOT NULL DEFAULT 0,
    note      TEXT,
    CHECK (payer_id <> payee_id)
);
CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    source_id       INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    flow_id         INTEGER REFERENCES flows(id) ON DELETE CASCADE,
    deal_id         INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    company_id      INTEGER REFERENCES companies(id) ON DELETE CASCADE,
    counterparty_id INTEGER REFERENCES companies(id),
    attribute       TEXT NOT NULL CHECK (attribute = 'amount' OR attribute = 'date' OR attribute = 'existence' OR attribute = 'total' OR attribute = 'valuation' OR attribute = 'stake'),
    usd_min         INTEGER,
    usd_max         INTEGER,
    qualifier       TEXT CHECK (qualifier = 'exact' OR qualifier = 'up_to' OR qualifier = 'at_least' OR qualifier = 'about' OR qualifier = 'range'),
    currency        TEXT,
    stated          TEXT,
    date            TEXT,
    percent         REAL,
    stated_payer_id INTEGER REFERENCES companies(id),
    stated_payee_id INTEGER REFERENCES companies(id),
    stance          TEXT NOT NULL DEFAULT 'supports' CHECK (stance = 'supports' OR stance = 'contradicts'),
    rank            TEXT NOT NULL DEFAULT 'normal'
                    CHECK (rank = 'preferred' OR rank = 'normal' OR rank = 'deprecated'),
    quote           TEXT,
    prefix          TEXT,
    suffix          TEXT,
    start           INTEGER,
    "end"           INTEGER,
    orphaned        INTEGER NOT NULL DEFAULT 0,
    note            TEXT,
    CHECK ((flow_id IS NOT NULL) + (deal_id IS NOT NULL) + (company_id IS NOT NULL) = 1),
    CHECK (start IS NULL OR ("end" IS NOT NULL AND start >= 0 AND "end" >= start))
);
CREATE VIRTUAL TABLE source_fts USING fts5(
    title, text, content='sources', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
    INSERT INTO source_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
    INSERT INTO source_fts(source_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, text ON sources BEGIN
    INSERT INTO source_fts(source_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO source_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
)SQL";

} // namespace

const std::vector<Migration> &migrations() {
    static const std::vector<Migration> steps = {
        {1, QString::fromUtf8(kVersion1) + indexStatements().join(QLatin1Char('\n'))},
        // Version 2: finding an imported article's duplicate by the hash of its text.
        {2, QStringLiteral("CREATE INDEX IF NOT EXISTS sources_text_hash ON sources(text_hash) "
                           "WHERE text_hash IS NOT NULL;")},
        // Version 3: a counter per kind of row that every commit touching it raises, so that
        // a window notices what another program changed in the file (PRAGMA data_version
        // says that something changed, these say what).
        {3, QStringLiteral(
                "CREATE TABLE IF NOT EXISTS revisions (kind TEXT PRIMARY KEY, n INTEGER "
                "NOT NULL DEFAULT 0) WITHOUT ROWID; INSERT OR IGNORE INTO revisions(kind) VALUES "
                "('companies'), ('sources'), ('deals'), ('flows'), ('claims');") +
                revisionTriggerStatements().join(QLatin1Char('\n'))},
        // Version 4: the language a source declares (a web page's lang, a PDF's metadata).
        {4, QStringLiteral("ALTER TABLE sources ADD COLUMN language TEXT;"),
         QStringLiteral("sources.language")},
        // Version 5: the deal's status as a claim's source states it (status disputes).
        {5,
         QStringLiteral("ALTER TABLE claims ADD COLUMN stated_status TEXT CHECK (stated_status "
                        "IS NULL OR stated_status = 'rumoured' OR stated_status = 'in_talks' OR "
                        "stated_status = 'announced' OR stated_status = 'completed' OR "
                        "stated_status = 'cancelled');"),
         QStringLiteral("claims.stated_status")},
    };
    return steps;
}

QStringList indexStatements() {
    return {
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS aliases_company ON company_aliases(company_id);"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS deals_announced ON deals(announced_sort);"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS flows_deal ON flows(deal_id);"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS flows_payer ON flows(payer_id);"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS flows_payee ON flows(payee_id);"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS flows_date ON flows(date_sort);"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS claims_flow ON claims(flow_id);"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS claims_deal ON claims(deal_id) WHERE deal_id IS NOT NULL;"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS claims_company ON claims(company_id) WHERE "
                       "company_id IS NOT NULL;"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS claims_source ON claims(source_id);"),
    };
}

namespace {
// Which table's rows count as which kind: aliases belong to their company.
const std::pair<const char *, const char *> kRevisionTables[] = {
    {"companies", "companies"}, {"company_aliases", "companies"},
    {"sources", "sources"},     {"deals", "deals"},
    {"flows", "flows"},         {"claims", "claims"}};
const char *const kRevisionEvents[] = {"INSERT", "UPDATE", "DELETE"};
} // namespace

QStringList revisionTriggerStatements() {
    QStringList statements;
    for (auto [table, kind] : kRevisionTables)
        for (const char *event : kRevisionEvents)
            statements << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_revision_%2 AFTER %3 "
                                         "ON %1 BEGIN UPDATE revisions SET n = n + 1 WHERE "
                                         "kind = '%4'; END;")
                              .arg(QLatin1String(table), QString::fromLatin1(event).toLower(),
                                   QLatin1String(event), QLatin1String(kind));
    return statements;
}

QStringList dropRevisionTriggerStatements() {
    QStringList statements;
    for (auto [table, kind] : kRevisionTables)
        for (const char *event : kRevisionEvents)
            statements << QStringLiteral("DROP TRIGGER IF EXISTS %1_revision_%2;")
                              .arg(QLatin1String(table), QString::fromLatin1(event).toLower());
    return statements;
}

QStringList dropRandomOrderIndexStatements() {
    QStringList drops;
    for (const char *name :
         {"deals_announced", "flows_payer", "flows_payee", "flows_date", "claims_source"})
        drops << QStringLiteral("DROP INDEX IF EXISTS %1;").arg(QLatin1String(name));
    return drops;
}

QString newerVersionMessage(int fileVersion, int newestReadable) {
    return QCoreApplication::translate("ds::Schema",
                                       "This file was written by a newer version of DealScope "
                                       "(format %1; this version reads up to %2). Update "
                                       "DealScope to open it.")
        .arg(fileVersion)
        .arg(newestReadable);
}

Status migrate(sql::Database &db, const std::vector<Migration> &steps) {
    auto version = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    const int latest = steps.empty() ? 0 : steps.back().to;
    if (*version > latest)
        return Error{newerVersionMessage(int(*version), latest)};
    if (*version == latest)
        return {};

    // Another process may be upgrading the same file: read the version again once this
    // connection holds the write lock, and do only what is still to do.
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    version = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    if (*version >= latest)
        return tx.commit();
    for (const Migration &step : steps) {
        if (step.to <= *version)
            continue;
        if (!step.addsColumn.isEmpty()) {
            auto has = db.queryInt(
                QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'")
                    .arg(step.addsColumn.section(QLatin1Char('.'), 0, 0),
                         step.addsColumn.section(QLatin1Char('.'), 1)));
            if (!has)
                return has.error();
            if (*has > 0) {
                if (Status s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.to)); !s)
                    return s;
                continue;
            }
        }
        if (Status s = db.exec(step.sql); !s)
            return Error{QCoreApplication::translate("ds::Schema",
                                                     "Upgrading the file to format %1 failed: %2")
                             .arg(step.to)
                             .arg(s.errorMessage())};
        if (Status s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.to)); !s)
            return s;
    }
    if (Status s = db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
        return s;
    return tx.commit();
}

} // namespace ds::schema
