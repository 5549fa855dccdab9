#include "localimageinfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

std::optional<DiskFormat> LocalImageInfo::diskFormat() const
{
    if (format == QLatin1String("qcow2"))
        return DiskFormat::Cow;
    if (format == QLatin1String("raw"))
        return DiskFormat::Raw;
    return std::nullopt;
}

std::optional<LocalImageInfo> LocalImageInfo::read(const QString &path, QString *error)
{
    QProcess qemuImg;
    // -U: a file another program has open (a running VM's disk) can still be described.
    qemuImg.start(QStringLiteral("qemu-img"), { QStringLiteral("info"), QStringLiteral("-U"),
                                                 QStringLiteral("--output=json"), path });
    if (!qemuImg.waitForFinished(30000) || qemuImg.exitStatus() != QProcess::NormalExit) {
        *error = QCoreApplication::translate("LocalImageInfo", "qemu-img could not be run: %1").arg(qemuImg.errorString());
        return std::nullopt;
    }
    if (qemuImg.exitCode() != 0) {
        *error = QCoreApplication::translate("LocalImageInfo", "%1 is not a disk image qemu-img can read: %2")
                         .arg(path, QString::fromLocal8Bit(qemuImg.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(qemuImg.readAllStandardOutput()).object();
    LocalImageInfo info;
    info.path = path;
    info.format = json.value(QLatin1String("format")).toString();
    // toInteger, not toDouble: a double holds byte counts exactly only up to 2^53 (8 PiB).
    info.virtualSize = json.value(QLatin1String("virtual-size")).toInteger();
    info.actualSize = json.value(QLatin1String("actual-size")).toInteger();
    info.backingFile = json.value(QLatin1String("backing-filename")).toString();
    info.fileSize = QFileInfo(path).size();
    if (info.format.isEmpty() || info.virtualSize <= 0) {
        *error = QCoreApplication::translate("LocalImageInfo", "qemu-img did not report the format and size of %1.").arg(path);
        return std::nullopt;
    }
    return info;
}
