// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ds::ingest {

/// Plain text from Markdown: heading marks, emphasis, link targets, images, code fences and
/// HTML tags dropped, one paragraph a line. `title` receives the first heading.
QString markdownToText(const QString &markdown, QString *title = nullptr);

} // namespace ds::ingest
