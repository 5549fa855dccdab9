#pragma once

#include "wirenames.h"

#include <QString>

#include <optional>

/// What `qemu-img info --output=json` says of a local image file: the format decides the
/// transfer's format (raw guest data, or qcow2 file bytes as `cow`) and the virtual size the new
/// disk's provisioned size.
struct LocalImageInfo
{
    QString path;
    QString format;          ///< qemu-img's name: `raw`, `qcow2`, …
    qint64 virtualSize = 0;
    qint64 actualSize = 0;   ///< allocated on the local disk
    qint64 fileSize = 0;
    QString backingFile;     ///< a qcow2 overlay cannot be uploaded alone

    /// The manager's format for this file: qcow2 → cow, raw → raw, anything else none.
    std::optional<DiskFormat> diskFormat() const;

    /// Runs qemu-img (a few milliseconds); nullopt with \a error in a sentence when it fails.
    static std::optional<LocalImageInfo> read(const QString &path, QString *error);
};
