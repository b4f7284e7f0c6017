// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "store/sqlite.h"

#include <QStringList>

#include <vector>

namespace ds::schema {

/// The schema version this build writes (PRAGMA user_version).
inline constexpr int kCurrentVersion = 5;
/// PRAGMA application_id of a DealScope file ("DSCP"); also the MIME magic.
inline constexpr int kApplicationId = 0x44534350;

/// One migration: the SQL that takes a file from version `to - 1` to version `to`. Every step
/// can run again on a file that has it (a file marked older than it is); a step that adds a
/// column names it ("sources.language") and is skipped where the column is there.
struct Migration {
    int to;
    QString sql;
    QString addsColumn = {};
};

/// The migrations of this build, in order.
const std::vector<Migration> &migrations();

/// Index definitions, separate so that bulk loads can drop and rebuild them.
QStringList indexStatements();
/// Drops the indexes whose keys arrive in random order during a bulk load (those on ids that
/// grow with the rows, like claims by flow, are cheaper to keep than to rebuild).
QStringList dropRandomOrderIndexStatements();

/// The triggers that raise `revisions` (one per table and event); a bulk load drops them and
/// raises every counter once at its end.
QStringList revisionTriggerStatements();
QStringList dropRevisionTriggerStatements();

/// The message for a file whose format version is newer than this build reads.
QString newerVersionMessage(int fileVersion, int newestReadable);

/// Brings the database to the newest version in one transaction; refuses a newer file.
Status migrate(sql::Database &db, const std::vector<Migration> &steps = migrations());

} // namespace ds::schema
