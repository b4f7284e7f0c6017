// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/extraction.h"

#include <QJsonObject>

namespace ds::exchange {

/// One proposal as JSON: amount_text, start, end (UTF-16 offsets in the article text),
/// value_usd_min, value_usd_max, qualifier, currency, percent, attribute, payer, payee,
/// payer_is_new, payee_is_new, kind, status, date, quote, quote_start, quote_end.
QJsonObject proposalToJson(const ingest::Proposal &proposal, const QString &text);

} // namespace ds::exchange
