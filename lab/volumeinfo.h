#pragma once

#include <QString>

/// What `qemu-img info` says about one volume file. Everything the engine reports about sizes,
/// formats and qcow2 compat levels comes from here, never from the database.
struct VolumeInfo
{
    bool valid = false;
    QString error;
    QString format;          ///< qemu's name: "qcow2" or "raw"
    qint64 virtualSize = 0;  ///< bytes, the guest-visible size (provisioned_size)
    qint64 actualSize = 0;   ///< bytes allocated on the host file system (actual_size)
    QString compat;          ///< "0.10" or "1.1" for qcow2, empty for raw
    QString backingFile;     ///< as written in the header (relative volume id for our chains)

    /// The engine's disk format enum: cow | raw.
    QString wireFormat() const { return format == QLatin1String("qcow2") ? QStringLiteral("cow") : QStringLiteral("raw"); }
    /// The engine's qcow_version enum, empty for raw volumes (then the element is omitted).
    QString wireQcowVersion() const
    {
        if (format != QLatin1String("qcow2"))
            return {};
        return compat == QLatin1String("0.10") ? QStringLiteral("qcow2_v2") : QStringLiteral("qcow2_v3");
    }
};
