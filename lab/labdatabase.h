#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <optional>

class QSqlQuery;

using LabRow = QVariantMap;

/// The engine's state: one SQLite file in the data folder (WAL journal, foreign keys on).
/// Tables follow the engine's own model (see createSchema()) so that later features - snapshot
/// create/preview/commit, attach, amend, iSCSI LUNs, image transfers - extend rather than rework it.
class LabDatabase final
{
public:
    LabDatabase() = default;
    ~LabDatabase();
    LabDatabase(const LabDatabase &) = delete;
    LabDatabase &operator=(const LabDatabase &) = delete;

    /// Opens (creating if needed) \a path and brings the schema up to date. isNew() tells whether
    /// the file had no schema before, which is when --demo populates it.
    bool open(const QString &path);
    void close();
    bool isNew() const { return m_isNew; }
    QString lastError() const { return m_lastError; }

    bool transaction();
    bool commit();
    void rollback();

    /// Runs a statement with positional (?) bindings; false (and lastError()) on failure.
    bool exec(const QString &sql, const QVariantList &bindings = {});
    /// Inserts \a values (column -> value) into \a table.
    bool insert(const QString &table, const QVariantMap &values);
    QList<LabRow> select(const QString &sql, const QVariantList &bindings = {});
    std::optional<LabRow> selectOne(const QString &sql, const QVariantList &bindings = {});
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});
    /// Calls \a row for each result row in turn, without building a LabRow per row or holding
    /// them all (a populated lab's large tables, issue 10); false (and lastError()) on failure.
    bool forEach(const QString &sql, const QVariantList &bindings, const std::function<void(const QSqlQuery &)> &row);

    QString meta(const QString &key);
    bool setMeta(const QString &key, const QString &value);

private:
    bool createSchema();

    QString m_connectionName;
    QString m_lastError;
    bool m_isNew = false;
};
