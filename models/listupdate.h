#pragma once

#include <QList>

#include <algorithm>
#include <utility>

// Helpers for models whose setX(QList<T>) replaces all rows. When a refresh brings the same
// entities back (same ids, same order) the rows are updated in place with exact dataChanged
// ranges instead of a reset, so that views keep their selection, current index and scroll
// position across F5.
namespace ListUpdate {

/// True when both lists hold the same ids in the same order.
template <class T>
bool sameIds(const QList<T> &a, const QList<T> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const T &x, const T &y) { return x.id == y.id; });
}

/// The runs [first, last] of consecutive rows in [0, rowCount) for which changed(row) holds.
template <class Predicate>
QList<std::pair<int, int>> changedRuns(int rowCount, Predicate changed)
{
    QList<std::pair<int, int>> runs;
    for (int row = 0; row < rowCount; ++row) {
        if (!changed(row))
            continue;
        if (!runs.isEmpty() && runs.last().second == row - 1)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    return runs;
}

/// True when a cell of any column differs between two rows in one of the given roles.
/// `cell(entity, column, role)` is the model's own data() for one entity.
template <class T, class Cell>
bool rowDiffers(const T &before, const T &after, int columnCount, std::initializer_list<int> roles,
                Cell cell)
{
    for (int column = 0; column < columnCount; ++column) {
        for (int role : roles) {
            if (cell(before, column, role) != cell(after, column, role))
                return true;
        }
    }
    return false;
}

} // namespace ListUpdate
