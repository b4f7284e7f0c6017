// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace ds::gui {

/// Keyboard stepping through items in a given order: the item `step` places after the current
/// one (before it when negative), staying at the ends; with no current item, the first when
/// stepping forward and the last when stepping back. `order` must not be empty.
template <typename T, typename IsCurrent>
const T &steppedItem(const std::vector<T> &order, IsCurrent isCurrent, int step) {
    const auto at = std::find_if(order.begin(), order.end(), isCurrent);
    if (at == order.end())
        return step < 0 ? order.back() : order.front();
    const auto index = std::clamp<std::ptrdiff_t>((at - order.begin()) + step, 0,
                                                  std::ptrdiff_t(order.size()) - 1);
    return order[size_t(index)];
}

} // namespace ds::gui
