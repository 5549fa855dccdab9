#include "wirenames.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestWireNames : public QObject
{
    Q_OBJECT

private:
    // Every value from the first after Unknown to `last` has a distinct snake-case name that
    // decodes back to the value.
    template <class E>
    void checkRoundTrips(E last)
    {
        static const QRegularExpression snakeCase(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
        QSet<QString> seen;
        for (int i = int(E::Unknown) + 1; i <= int(last); ++i) {
            const E value = E(i);
            const QString name = toWire(value);
            QVERIFY2(snakeCase.match(name).hasMatch(),
                     qPrintable(QStringLiteral("value %1 has wire name '%2'").arg(i).arg(name)));
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
            QCOMPARE(fromWire<E>(name), value);
        }
        QCOMPARE(fromWire<E>(u"no_such_value"), E::Unknown);
        QCOMPARE(fromWire<E>(u""), E::Unknown);
    }

private slots:
    void vmStatus()
    {
        checkRoundTrips(VmStatus::PoweringDown);
        QCOMPARE(toWire(VmStatus::ImageLocked), QStringLiteral("image_locked"));
        QCOMPARE(toWire(VmStatus::WaitForLaunch), QStringLiteral("wait_for_launch"));
        QCOMPARE(toWire(VmStatus::RebootInProgress), QStringLiteral("reboot_in_progress"));
        QCOMPARE(toWire(VmStatus::NotResponding), QStringLiteral("not_responding"));
        QCOMPARE(fromWire<VmStatus>(u"up"), VmStatus::Up);
        // "unknown" is one of the manager's own VM statuses.
        QCOMPARE(toWire(VmStatus::Unknown), QStringLiteral("unknown"));
        QCOMPARE(fromWire<VmStatus>(u"unknown"), VmStatus::Unknown);
        // Names are exact: the manager writes lowercase.
        QCOMPARE(fromWire<VmStatus>(u"UP"), VmStatus::Unknown);
    }

    void diskEnums()
    {
        checkRoundTrips(DiskFormat::Raw);
        QCOMPARE(toWire(DiskFormat::Cow), QStringLiteral("cow"));
        checkRoundTrips(QcowVersion::Qcow2V3);
        QCOMPARE(toWire(QcowVersion::Qcow2V2), QStringLiteral("qcow2_v2"));
        QCOMPARE(toWire(QcowVersion::Qcow2V3), QStringLiteral("qcow2_v3"));
        QCOMPARE(fromWire<QcowVersion>(u"qcow2_v3"), QcowVersion::Qcow2V3);
        checkRoundTrips(DiskStatus::Illegal);
        QCOMPARE(toWire(DiskStatus::Ok), QStringLiteral("ok"));
        checkRoundTrips(DiskStorageType::ManagedBlockStorage);
        QCOMPARE(toWire(DiskStorageType::Lun), QStringLiteral("lun"));
        QCOMPARE(toWire(DiskStorageType::ManagedBlockStorage), QStringLiteral("managed_block_storage"));
        checkRoundTrips(DiskContentType::BackupScratch);
        QCOMPARE(toWire(DiskContentType::MemoryDumpVolume), QStringLiteral("memory_dump_volume"));
        QCOMPARE(toWire(DiskContentType::MemoryMetadataVolume), QStringLiteral("memory_metadata_volume"));
        QCOMPARE(toWire(DiskContentType::OvfStore), QStringLiteral("ovf_store"));
        QCOMPARE(toWire(DiskContentType::HostedEngineConfiguration),
                 QStringLiteral("hosted_engine_configuration"));
        checkRoundTrips(DiskInterface::Sata);
        QCOMPARE(toWire(DiskInterface::VirtioScsi), QStringLiteral("virtio_scsi"));
        QCOMPARE(toWire(DiskInterface::SpaprVscsi), QStringLiteral("spapr_vscsi"));
        QCOMPARE(toWire(DiskInterface::Ide), QStringLiteral("ide"));
        QCOMPARE(fromWire<DiskInterface>(u"virtio"), DiskInterface::Virtio);
        // Enums without an "unknown" of their own write nothing for Unknown.
        QCOMPARE(toWire(DiskFormat::Unknown), QString());
        QCOMPARE(toWire(DiskInterface::Unknown), QString());
    }

    void snapshotEnums()
    {
        checkRoundTrips(SnapshotStatus::InPreview);
        QCOMPARE(toWire(SnapshotStatus::InPreview), QStringLiteral("in_preview"));
        QCOMPARE(toWire(SnapshotStatus::Locked), QStringLiteral("locked"));
        checkRoundTrips(SnapshotType::Preview);
        QCOMPARE(toWire(SnapshotType::Active), QStringLiteral("active"));
        QCOMPARE(toWire(SnapshotType::Stateless), QStringLiteral("stateless"));
    }

    void storageEnums()
    {
        checkRoundTrips(StorageDomainType::ManagedBlockStorage);
        QCOMPARE(toWire(StorageDomainType::Data), QStringLiteral("data"));
        QCOMPARE(toWire(StorageDomainType::Export), QStringLiteral("export"));
        checkRoundTrips(StorageDomainStatus::PreparingForMaintenance);
        QCOMPARE(toWire(StorageDomainStatus::PreparingForMaintenance),
                 QStringLiteral("preparing_for_maintenance"));
        QCOMPARE(toWire(StorageDomainStatus::Unattached), QStringLiteral("unattached"));
        QCOMPARE(toWire(StorageDomainStatus::Unknown), QStringLiteral("unknown"));
        checkRoundTrips(HostStorageType::ManagedBlockStorage);
        QCOMPARE(toWire(HostStorageType::Iscsi), QStringLiteral("iscsi"));
        QCOMPARE(toWire(HostStorageType::Nfs), QStringLiteral("nfs"));
        QCOMPARE(toWire(HostStorageType::Fcp), QStringLiteral("fcp"));
        QCOMPARE(toWire(HostStorageType::Localfs), QStringLiteral("localfs"));
        checkRoundTrips(StorageFormat::V5);
        const QStringList formats = { QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3"),
                                      QStringLiteral("v4"), QStringLiteral("v5") };
        for (int i = 0; i < formats.size(); ++i)
            QCOMPARE(toWire(StorageFormat(int(StorageFormat::V1) + i)), formats.at(i));
        QCOMPARE(fromWire<StorageFormat>(u"v6"), StorageFormat::Unknown);
        checkRoundTrips(LunStatus::Unusable);
        QCOMPARE(toWire(LunStatus::Free), QStringLiteral("free"));
        QCOMPARE(toWire(LunStatus::Used), QStringLiteral("used"));
    }

    void hostAndDataCenterEnums()
    {
        checkRoundTrips(HostStatus::Kdumping);
        QCOMPARE(toWire(HostStatus::NonOperational), QStringLiteral("non_operational"));
        QCOMPARE(toWire(HostStatus::NonResponsive), QStringLiteral("non_responsive"));
        QCOMPARE(toWire(HostStatus::InstallFailed), QStringLiteral("install_failed"));
        QCOMPARE(toWire(HostStatus::InstallingOs), QStringLiteral("installing_os"));
        QCOMPARE(toWire(HostStatus::PendingApproval), QStringLiteral("pending_approval"));
        QCOMPARE(toWire(HostStatus::PreparingForMaintenance), QStringLiteral("preparing_for_maintenance"));
        checkRoundTrips(DataCenterStatus::Contend);
        QCOMPARE(toWire(DataCenterStatus::NotOperational), QStringLiteral("not_operational"));
        QCOMPARE(toWire(DataCenterStatus::Uninitialized), QStringLiteral("uninitialized"));
        QCOMPARE(toWire(DataCenterStatus::Problematic), QStringLiteral("problematic"));
    }

    void operationEnums()
    {
        checkRoundTrips(JobStatus::Aborted);
        QCOMPARE(toWire(JobStatus::Started), QStringLiteral("started"));
        QCOMPARE(toWire(JobStatus::Finished), QStringLiteral("finished"));
        QCOMPARE(toWire(JobStatus::Failed), QStringLiteral("failed"));
        // Jobs and steps have an "unknown" status of their own.
        QCOMPARE(toWire(JobStatus::Unknown), QStringLiteral("unknown"));
        QCOMPARE(fromWire<JobStatus>(u"unknown"), JobStatus::Unknown);
        checkRoundTrips(EventSeverity::Alert);
        QCOMPARE(toWire(EventSeverity::Normal), QStringLiteral("normal"));
        QCOMPARE(toWire(EventSeverity::Error), QStringLiteral("error"));
        QCOMPARE(fromWire<EventSeverity>(u"warning"), EventSeverity::Warning);
        QCOMPARE(toWire(EventSeverity::Unknown), QString());
        checkRoundTrips(ActionStatus::Failed);
        QCOMPARE(toWire(ActionStatus::InProgress), QStringLiteral("in_progress"));
        QCOMPARE(toWire(ActionStatus::Complete), QStringLiteral("complete"));
        QCOMPARE(fromWire<ActionStatus>(u"pending"), ActionStatus::Pending);
        QCOMPARE(toWire(ActionStatus::Unknown), QString());
    }
};

QTEST_GUILESS_MAIN(TestWireNames)
#include "tst_wirenames.moc"
