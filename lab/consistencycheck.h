#pragma once

#include <QString>
#include <QStringList>

class LabDatabase;

/// `diskdesk-lab --check`: compares what the database says about every image disk with the real
/// volume files (`qemu-img info --backing-chain`, `qemu-img check`, the data folder's listing and
/// file modes), and reports each disagreement in words a person can act on:
/// - a volume file that is missing, or a file under domains/ that no volume row names (orphan);
/// - a chain that differs: wrong backing file, wrong format, wrong backing format, a chain
///   longer or shorter than the database's;
/// - a qcow2 compat level a volume cannot have (1.1 on a v3 domain; the database keeps no
///   compat level of its own, it is always read from the files);
/// - a damaged qcow2 image (`qemu-img check` finds corruptions; leaked clusters are only noted);
/// - the lab's own invariants: one active volume per image disk, a single base, the active
///   layer writable and older layers read-only (0400), one Active VM snapshot per VM;
/// - what an operation left behind: a disk, VM or snapshot still locked, an intent not
///   finished, a job still "started".
/// The caller runs OperationRunner::recover() first (as a start does), so the check tells
/// whether the lab would be consistent once started.
class ConsistencyCheck final
{
public:
    ConsistencyCheck(LabDatabase &db, const QString &dataDir);

    /// Runs every check; true when nothing disagrees.
    bool run();

    QStringList disagreements() const { return m_disagreements; }
    /// Things worth knowing that are not disagreements (leaked clusters, counts).
    QStringList notes() const { return m_notes; }
    int diskCount() const { return m_diskCount; }
    int volumeCount() const { return m_volumeCount; }
    int fileCount() const { return m_fileCount; }

private:
    void checkLeftovers();
    void checkSnapshots();
    void checkDisks();
    void checkFiles();
    void disagree(const QString &text) { m_disagreements << text; }

    LabDatabase &m_db;
    QString m_dataDir;
    QStringList m_disagreements;
    QStringList m_notes;
    QStringList m_knownPaths; ///< relative paths of every volume row
    int m_diskCount = 0;
    int m_volumeCount = 0;
    int m_fileCount = 0;
};
