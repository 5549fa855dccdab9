#pragma once

#include "listupdate.h"

#include <QAbstractTableModel>
#include <QList>

#include <initializer_list>
#include <utility>

/// The part the list models of one entity per row share: the rows, the model's counts and
/// data(), the row of an id, and the replacement of all rows that keeps the views' selection
/// (ListUpdate). A model says what a cell shows in cellData(). No Q_OBJECT here (moc takes no
/// templates): each model has its own, and with it its own tr() context.
template <class T>
class EntityTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cellData(m_rows.at(index.row()), index.column(), role);
    }

    /// The row of the entity with this id, or -1.
    int rowOf(const QString &id) const
    {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return int(row);
        }
        return -1;
    }

protected:
    EntityTableModel(int columnCount, QObject *parent)
        : QAbstractTableModel(parent), m_columnCount(columnCount)
    {
    }

    /// What data() answers for \a entity's cell.
    virtual QVariant cellData(const T &entity, int column, int role) const = 0;

    /// Replaces the rows; with unchanged ids the rows are updated in place (no reset), with a
    /// dataChanged for each run of rows whose cells differ in one of \a roles.
    void replaceRows(const QList<T> &rows, std::initializer_list<int> roles)
    {
        if (!ListUpdate::sameIds(m_rows, rows)) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
            return;
        }
        const QList<T> before = std::exchange(m_rows, rows);
        const auto cell = [this](const T &entity, int column, int role) { return cellData(entity, column, role); };
        const auto runs = ListUpdate::changedRuns(int(m_rows.size()), [&](int row) {
            return ListUpdate::rowDiffers(before.at(row), m_rows.at(row), m_columnCount, roles, cell);
        });
        for (const auto &[first, last] : runs)
            emit dataChanged(index(first, 0), index(last, m_columnCount - 1));
    }

    QList<T> m_rows;

private:
    int m_columnCount;
};
