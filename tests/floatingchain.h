#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

/// Turns the attached disk \a alias of a stopped diskdesk-lab (its data folder \a dataDir) into a
/// floating disk that keeps its snapshot volumes: the state a manager is left in when a VM is
/// removed but its disks are kept. The lab's own API refuses to detach a disk with snapshots (as
/// the engine does), so tests make that state on the database, then start the lab again.
/// Returns an empty string, or what went wrong.
inline QString makeFloatingChain(const QString &dataDir, const QString &alias)
{
    const QString connection = QStringLiteral("floating-chain");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dataDir + QStringLiteral("/lab.sqlite"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            // Returns the number of rows changed, -1 on an error.
            const auto exec = [&db, &alias](const QString &sql) {
                QSqlQuery query(db);
                if (!query.prepare(sql))
                    return -1;
                query.addBindValue(alias);
                return query.exec() ? query.numRowsAffected() : -1;
            };
            // As DetachDiskFromVm leaves it: no attachment, the active volume in no VM snapshot.
            if (exec(QStringLiteral("DELETE FROM disk_attachments WHERE disk_id = (SELECT id FROM disks WHERE alias = ?)")) != 1)
                error = QStringLiteral("%1 had no single attachment").arg(alias);
            else if (exec(QStringLiteral("UPDATE volumes SET snapshot_id = NULL WHERE active = 1 AND disk_id = (SELECT id FROM disks WHERE alias = ?)")) != 1)
                error = QStringLiteral("%1 has no single active volume").arg(alias);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}
