#pragma once

#include <QString>

/// What the imageio endpoint is allowed to do for one transfer, as the engine hands it to the
/// daemon (vdsm's add_image_ticket): which file, how many bytes of it, and which operations.
struct ImageTicket
{
    QString id;           ///< the secret in /images/{id}
    QString transferId;   ///< the image transfer it belongs to
    QString path;         ///< absolute path of the volume file (file backend)
    qint64 size = 0;      ///< requests must stay within [0, size)
    bool writable = false; ///< upload: PUT and PATCH allowed; download: only GET
    bool sparse = true;   ///< zero requests may punch holes (a thin disk) instead of allocating zeros
    int inactivityTimeoutSeconds = 60; ///< 0: never expires while idle
    QString nbdSocket;    ///< set: guest data through qemu-nbd on this unix socket (NBD backend) instead of the file
};
