#pragma once

#include "amendcandidate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// Whether a disk's qcow2 compat level can be amended, and what would change, by the rules the
/// manager applies (NOTES §9, gui-anchors §2.8; ENGINE UpdateDiskCommand and
/// AmendImageGroupVolumesCommand). A disk left out gets the manager's own words: the fault the
/// PUT would answer ("Cannot edit Virtual Disk. ...") or the refusal of the amend command
/// ("Cannot amend Virtual Disk. ..."). Only the storage-format rule has no manager text in 4.4+
/// (vdsm refuses it): it is explained in DiskDesk's words.
class AmendRules final
{
    Q_DECLARE_TR_FUNCTIONS(AmendRules)
public:
    enum class Reason {
        None,           ///< can be amended
        UpToDate,       ///< nothing to do: every qcow2 volume is already at the target level
        NotImage,       ///< a direct LUN (or other non-image) disk
        Locked,
        NoQcowVolume,   ///< raw volumes only
        Illegal,
        VmNotDown,
        TemplateDisk,
        DomainInactive,
        DomainFormat    ///< the domain's format cannot hold the target level
    };

    struct VolumeChange
    {
        DiskVolume volume;
        bool changes = false; ///< a qcow2 volume below (or above) the target level
    };

    struct Verdict
    {
        Reason reason = Reason::None;
        QString text;                ///< why it is left out / nothing to do; empty when amendable
        QList<VolumeChange> volumes; ///< every volume of the chain, in chain order
        bool amendable() const { return reason == Reason::None; }
        int changeCount() const;
    };

    static Verdict evaluate(const AmendCandidate &candidate, QcowVersion target = QcowVersion::Qcow2V3);

    /// A few words for a table cell ("VM not down", "Up to date"...).
    static QString shortText(Reason reason);
    /// "0.10", "1.1" for qcow2 volumes, "raw" for raw ones.
    static QString levelText(const DiskVolume &volume);
};
