#pragma once

#include "wirenames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

/// The words a person sees for the manager's values, in the administration portal's
/// vocabulary ("VirtIO-SCSI", "Image Locked", "QCOW2"), so that the client and the portal
/// read alike. One place, so that every model and dialog agrees.
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
public:
    DisplayText() = delete;

    static QString vmStatus(VmStatus status);
    static QString diskStatus(DiskStatus status);
    static QString diskFormat(DiskFormat format);
    static QString qcowCompat(QcowVersion version);
    static QString diskInterface(DiskInterface diskInterface);
    static QString allocation(bool sparse);
    static QString snapshotStatus(SnapshotStatus status);
    static QString snapshotType(SnapshotType type);
    static QString storageDomainType(StorageDomainType type);
    static QString storageDomainStatus(StorageDomainStatus status);
    static QString storageType(HostStorageType type);
    static QString storageFormat(StorageFormat format);

    /// "1.5 GiB", "20 GiB" (no ".0" for whole units) in the default locale; empty when unknown.
    static QString dataSize(std::optional<qint64> bytes);
    /// Short date and time in the default locale, in local time; empty when unknown.
    static QString dateTime(const std::optional<QDateTime> &dateTime);
    /// Flags in tables: "Yes" for set, "No" for clear, so an empty cell always means unknown.
    static QString yesNo(bool value);
};
