#pragma once

#include <QByteArray>
#include <QString>

// Turns raw INQUIRY data into the identifiers a Linux host (and therefore VDSM/oVirt) shows for a
// LUN. oVirt's LUN id is the multipath WWID, which multipath takes from udev's ID_SERIAL as
// produced by `scsi_id --page=0x83 --whitelisted`; oVirt's <serial> is VDSM's
// `scsi_id --page=0x80 --whitelisted --export --replace-whitespace` ID_SERIAL. The rules below
// follow scsi_id (systemd src/udev/scsi_id/scsi_serial.c) so the lab reports the same strings a
// real host would for the same target. Pure functions, no I/O: easy to unit test.
class ScsiIdentifiers
{
public:
    // WWID from the VPD page 0x83 (device identification) bytes, including the 4-byte page header.
    // Designators associated with the logical unit are tried in scsi_id's order:
    //   NAA IEEE registered extended (6), NAA IEEE registered (5), any other NAA  -> "3" + hex
    //   EUI-64                                                                    -> "2" + hex
    //   T10 vendor id                                                             -> "1" + text
    //   vendor specific                                   -> "0" + vendor + product + text/hex
    // binary designators before ASCII ones of the same kind. If page 0x83 has nothing usable the
    // page 0x80 form (see ovirtSerial) is used, as scsi_id does. Whitespace runs become one '_'.
    // vendor / product are the raw, space padded 8 / 16 byte INQUIRY fields.
    static QString wwid(const QByteArray &vpd83, const QByteArray &vpd80, const QByteArray &vendor,
                        const QByteArray &product);

    // The unit serial number from VPD page 0x80 (with header), surrounding blanks removed.
    static QString unitSerial(const QByteArray &vpd80);

    // scsi_id's page 0x80 id: 'S' + vendor (8) + product (16) + serial, whitespace runs -> '_'.
    // Empty when the page carries no serial.
    static QString ovirtSerial(const QByteArray &vpd80, const QByteArray &vendor,
                               const QByteArray &product);

    // udev's util_replace_whitespace + udev_replace_chars: trims, collapses whitespace runs into
    // a single '_' and replaces characters udev does not allow in ids with '_'.
    static QString udevSanitize(const QByteArray &raw);
};
