// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace ds {

class Store;

// Rows for a bulk load, in the form the file stores them (tokens and text as UTF-8). They are
// written as they are, without the per-row checks: the caller builds them consistent.
struct BulkCompany {
    Id id = 0;
    QByteArray name, kind, note;
};
struct BulkSource {
    Id id = 0;
    QByteArray key, title, publisher, published, kind, text, note;
    bool synthetic = false;
};
struct BulkDeal {
    Id id = 0;
    QByteArray title, status, announced;
    int announcedSort = 0;
};
struct BulkFlow {
    Id id = 0, deal = 0, payer = 0, payee = 0;
    QByteArray kind, date;
    int dateSort = 0;
};
/// A claim on a flow; with an amount (usd range, qualifier, stated text) or without one.
struct BulkClaim {
    Id source = 0, flow = 0;
    QByteArray attribute;
    std::optional<int64_t> usdMin, usdMax;
    QByteArray qualifier, stated; // used only with an amount
    int start = 0, end = 0;
};

/// Fills an empty store with many rows fast, in one transaction: bulk settings (a large
/// cache, no per-row checks, a journal in memory), the rows many to a statement, and the
/// indexes and triggers built once at the end. Until commit() nothing is visible to others;
/// going without commit() rolls everything back. The settings are restored either way.
class BulkLoad {
public:
    /// Starts a load into a store the caller has found empty.
    static Result<std::unique_ptr<BulkLoad>> begin(Store &store);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    Status add(const BulkCompany &row);
    Status add(const BulkSource &row);
    Status add(const BulkDeal &row);
    Status add(const BulkFlow &row);
    Status add(const BulkClaim &row);

    /// Writes what is buffered and builds the indexes and triggers (the long part at the end).
    Status finish();
    /// Makes the load visible (after finish()).
    Status commit();

private:
    struct Impl;
    explicit BulkLoad(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ds
