// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/articlebatch.h"

#include <deque>
#include <future>
#include <thread>

namespace ds::ingest {

void forEachArticle(const QStringList &files, qint64 maxBytes,
                    const std::function<bool(int index, Result<Article> article)> &consume) {
    const int ahead = int(std::max(2u, std::thread::hardware_concurrency()));
    std::deque<std::future<Result<Article>>> reading;
    int next = 0;
    auto fill = [&] {
        while (next < files.size() && int(reading.size()) < ahead) {
            const QString path = files[next++];
            reading.push_back(std::async(std::launch::async,
                                         [path, maxBytes] { return loadArticle(path, maxBytes); }));
        }
    };
    fill();
    for (int i = 0; i < files.size(); ++i) {
        Result<Article> article = reading.front().get();
        reading.pop_front();
        fill();
        if (!consume(i, std::move(article)))
            break;
    }
    for (auto &f : reading)
        f.wait();
}

} // namespace ds::ingest
