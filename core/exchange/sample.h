// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "store/store.h"

namespace ds::sample {

/// The sample dataset's JSON as shipped in the resources.
QByteArray sampleJson();

/// Writes the sample dataset into a new file at path (which must not exist yet).
Status writeSampleFile(const QString &path);

} // namespace ds::sample
