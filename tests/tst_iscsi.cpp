// Real iSCSI against a real target: IscsiInitiator (libiscsi) talking to a private tgtd on
// 127.0.0.1. Also unit tests for the WWID/serial rules on hand-made VPD pages.

#include "iscsiinitiator.h"
#include "scsiidentifiers.h"
#include "tgtdtarget.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

constexpr qint64 MiB = 1024 * 1024;

const QString DisksIqn = QStringLiteral("iqn.2026-01.org.diskdesk.test:disks");
const QString ReadOnlyIqn = QStringLiteral("iqn.2026-01.org.diskdesk.test:readonly");
const QString ChapIqn = QStringLiteral("iqn.2026-01.org.diskdesk.test:chap");
const QString AclIqn = QStringLiteral("iqn.2026-01.org.diskdesk.test:acl");
const IscsiChap GoodChap{QStringLiteral("ddchap"), QStringLiteral("dd-secret-1234")};
const QString AllowedInitiator = IscsiInitiator::defaultInitiatorName(QStringLiteral("allowed"));

struct LunSpec
{
    int tid;
    int lun;
    qint64 size;
    TgtdTarget::LunOptions options;
};

TgtdTarget::LunOptions identity(const QString &scsiId, const QString &serial, bool readOnly = false)
{
    TgtdTarget::LunOptions options;
    options.scsiId = scsiId;
    options.scsiSn = serial;
    options.vendorId = QStringLiteral("DDLAB");
    options.productId = QStringLiteral("Lab Disk");
    options.readOnly = readOnly;
    return options;
}

// Sizes deliberately differ and are not powers of two, so a mix-up cannot go unnoticed.
const QList<LunSpec> Luns{
    {1, 1, 64 * MiB, identity(QStringLiteral("1405d0d0c0de000000000001"), QStringLiteral("DDSN0001"))},
    {1, 2, 1536 * MiB + 512, identity(QStringLiteral("1405d0d0c0de000000000002"), QStringLiteral("DDSN0002"))},
    {2, 1, 48 * MiB, identity(QStringLiteral("1405d0d0c0de000000000003"), QStringLiteral("DDSN0003"), true)},
    {3, 1, 8 * MiB, identity(QStringLiteral("1405d0d0c0de000000000004"), QStringLiteral("DDSN0004"))},
    {4, 1, 4 * MiB, identity(QStringLiteral("1405d0d0c0de000000000005"), QStringLiteral("DDSN0005"))},
};

// What multipath / oVirt show for a tgt LUN: tgt turns the scsi_id's hex digits into a right
// adjusted NAA IEEE Registered Extended (type 6) designator; scsi_id prefers that one and
// prints it as "3" + hex. 32 hex digits: '6', seven zero digits, then the 24 scsi_id digits.
QString expectedWwid(const QString &scsiId)
{
    return QStringLiteral("36") + QString(7, u'0') + scsiId;
}

// The <serial> VDSM reports: scsi_id page 0x80 "S" + vendor (blank padded to 8) + product
// (padded to 16) + serial, blank runs collapsed to one '_'.
QString expectedOvirtSerial(const QString &serial)
{
    return QStringLiteral("SDDLAB_Lab_Disk_") + serial;
}

bool setUpTargets(TgtdTarget &tgtd, const QList<int> &tidOrder = {1, 2, 3, 4})
{
    for (const int tid : tidOrder) {
        const QString iqn = QList<QString>{DisksIqn, ReadOnlyIqn, ChapIqn, AclIqn}.at(tid - 1);
        // Target 4 accepts only one initiator name (tgt ACL by name).
        if (!tgtd.addTarget(tid, iqn, tid == 4 ? QString() : QStringLiteral("ALL")))
            return false;
        if (tid == 4
            && !tgtd.tgtadm({QStringLiteral("--mode"), QStringLiteral("target"), QStringLiteral("--op"),
                             QStringLiteral("bind"), QStringLiteral("--tid"), QString::number(tid),
                             QStringLiteral("--initiator-name"), AllowedInitiator})) {
            return false;
        }
        for (const LunSpec &spec : Luns) {
            if (spec.tid == tid && !tgtd.addLun(spec.tid, spec.lun, spec.size, spec.options))
                return false;
        }
    }
    return tgtd.requireChap(3, GoodChap.username, GoodChap.password);
}

const IscsiLun *findLun(const QList<IscsiLun> &luns, int number)
{
    for (const IscsiLun &lun : luns) {
        if (lun.lun == number)
            return &lun;
    }
    return nullptr;
}

QByteArray vpdPage(quint8 page, const QByteArray &body)
{
    QByteArray out;
    out.append(char(0)).append(char(page)).append(char(body.size() >> 8)).append(char(body.size() & 0xff));
    return out + body;
}

// One designator: code set, association 0 (the LUN) unless given, type, id bytes.
QByteArray designator(quint8 codeSet, quint8 type, const QByteArray &id, quint8 association = 0)
{
    QByteArray out;
    out.append(char(codeSet)).append(char((association << 4) | type)).append(char(0)).append(char(id.size()));
    return out + id;
}

} // namespace

class TstIscsi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void wwidRules_data();
    void wwidRules();
    void ovirtSerial();
    void defaultInitiatorName();

    void discoverListsAllTargets();
    void listLunsReportsBackingFiles();
    void readOnlyLunIsWriteProtected();
    void wwidStableAcrossTgtdRuns();
    void sessionStaysLoggedIn();
    void chapLogin();
    void badChapFailsClearly();
    void missingChapFailsClearly();
    void initiatorNotInAcl();
    void unknownTargetFailsClearly();
    void unreachablePortFailsFast();
    void silentPortalTimesOut();

private:
    IscsiInitiator initiator() const
    {
        return IscsiInitiator(IscsiInitiator::defaultInitiatorName(QStringLiteral("tst-iscsi")));
    }

    TgtdTarget m_tgtd;
};

void TstIscsi::initTestCase()
{
    QString why;
    if (!TgtdTarget::toolsAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_tgtd.start(), qPrintable(m_tgtd.errorString()));
    QVERIFY2(setUpTargets(m_tgtd), qPrintable(m_tgtd.errorString() + u'\n' + m_tgtd.log()));
}

void TstIscsi::cleanupTestCase()
{
    m_tgtd.stop();
}

void TstIscsi::wwidRules_data()
{
    QTest::addColumn<QByteArray>("vpd83");
    QTest::addColumn<QString>("expected");

    const QByteArray naa6 = QByteArray::fromHex("6001405abcdef0123456789abcdef012");
    const QByteArray naa5 = QByteArray::fromHex("5000c50012345678");
    const QByteArray naa3 = QByteArray::fromHex("3000000000000007");
    const QByteArray eui = QByteArray::fromHex("0011223344556677");

    QTest::newRow("NAA 6 beats T10 and NAA 3 (tgt layout)")
        << vpdPage(0x83, designator(2, 1, "IET     00010001") + designator(1, 3, naa3)
                             + designator(1, 3, naa6))
        << QStringLiteral("36001405abcdef0123456789abcdef012");
    QTest::newRow("NAA 5 beats NAA 3")
        << vpdPage(0x83, designator(1, 3, naa3) + designator(1, 3, naa5))
        << QStringLiteral("35000c50012345678");
    QTest::newRow("any NAA beats EUI-64")
        << vpdPage(0x83, designator(1, 2, eui) + designator(1, 3, naa3))
        << QStringLiteral("33000000000000007");
    QTest::newRow("EUI-64 beats T10")
        << vpdPage(0x83, designator(2, 1, "VENDOR  ID") + designator(1, 2, eui))
        << QStringLiteral("20011223344556677");
    QTest::newRow("T10 vendor id, blanks collapsed, NUL padding cut")
        << vpdPage(0x83, designator(2, 1, QByteArray("IET     00010001\0\0\0\0", 20)))
        << QStringLiteral("1IET_00010001");
    QTest::newRow("target port designators are ignored")
        << vpdPage(0x83, designator(1, 3, naa6, 1) + designator(1, 2, eui))
        << QStringLiteral("20011223344556677");
    QTest::newRow("vendor specific gets vendor and product")
        << vpdPage(0x83, designator(2, 0, "XYZ"))
        << QStringLiteral("0ACME_Widget_XYZ");
    QTest::newRow("no page 0x83: page 0x80 form") << QByteArray() << QStringLiteral("SACME_Widget_SN42");
}

void TstIscsi::wwidRules()
{
    QFETCH(QByteArray, vpd83);
    QFETCH(QString, expected);
    const QByteArray vpd80 = vpdPage(0x80, "        SN42");
    QCOMPARE(ScsiIdentifiers::wwid(vpd83, vpd80, "ACME    ", "Widget          "), expected);
}

void TstIscsi::ovirtSerial()
{
    // tgt right-aligns the serial in a blank-filled 36 byte field.
    const QByteArray vpd80 = vpdPage(0x80, QByteArray(28, ' ') + "DDSN0001");
    QCOMPARE(ScsiIdentifiers::unitSerial(vpd80), QStringLiteral("DDSN0001"));
    QCOMPARE(ScsiIdentifiers::ovirtSerial(vpd80, "NETAPP  ", "LUN C-Mode      "),
             QStringLiteral("SNETAPP_LUN_C-Mode_DDSN0001"));
    QCOMPARE(ScsiIdentifiers::ovirtSerial(vpdPage(0x80, "    "), "A", "B"), QString());
}

void TstIscsi::defaultInitiatorName()
{
    QCOMPARE(IscsiInitiator::defaultInitiatorName(QStringLiteral("Host_01.Lab")),
             QStringLiteral("iqn.2026-01.org.diskdesk:lab-host-01.lab"));
    const QString fromHostName = IscsiInitiator::defaultInitiatorName();
    QVERIFY2(QRegularExpression(QStringLiteral("^iqn\\.2026-01\\.org\\.diskdesk:lab-[a-z0-9.-]+$"))
                 .match(fromHostName)
                 .hasMatch(),
             qPrintable(fromHostName));
    QCOMPARE(IscsiInitiator().initiatorName(), fromHostName);
}

void TstIscsi::discoverListsAllTargets()
{
    const IscsiDiscoveryResult result = initiator().discover(m_tgtd.address(), m_tgtd.port());
    QVERIFY2(result.ok(), qPrintable(result.error));

    QStringList iqns;
    for (const IscsiTarget &target : result.targets) {
        iqns << target.iqn;
        QCOMPARE(target.portals.size(), 1);
        QCOMPARE(target.portals.first().address, m_tgtd.address());
        QCOMPARE(target.portals.first().port, m_tgtd.port());
        QCOMPARE(target.portals.first().tpgt, 1);
        QCOMPARE(target.portals.first().toString(),
                 QStringLiteral("127.0.0.1:%1,1").arg(m_tgtd.port()));
    }
    // tgtd hides targets from initiators their ACL refuses, so the ACL target may be absent.
    QVERIFY2(iqns.contains(DisksIqn) && iqns.contains(ReadOnlyIqn) && iqns.contains(ChapIqn),
             qPrintable(iqns.join(u' ')));
}

void TstIscsi::listLunsReportsBackingFiles()
{
    const IscsiLunListResult result = initiator().listLuns(m_tgtd.address(), m_tgtd.port(), DisksIqn);
    QVERIFY2(result.ok(), qPrintable(result.error));
    // tgt's LUN 0 (a storage controller, not a disk) is left out.
    QCOMPARE(result.luns.size(), 2);
    for (const LunSpec &spec : Luns) {
        if (spec.tid != 1)
            continue;
        const IscsiLun *lun = findLun(result.luns, spec.lun);
        QVERIFY2(lun, qPrintable(QStringLiteral("LUN %1 missing").arg(spec.lun)));
        QCOMPARE(lun->sizeBytes, spec.size);
        QCOMPARE(lun->blockSize, 512u);
        QCOMPARE(lun->vendorId, QStringLiteral("DDLAB"));
        QCOMPARE(lun->productId, QStringLiteral("Lab Disk"));
        QCOMPARE(lun->serial, spec.options.scsiSn);
        QCOMPARE(lun->ovirtSerial, expectedOvirtSerial(spec.options.scsiSn));
        QCOMPARE(lun->wwid, expectedWwid(spec.options.scsiId));
        QCOMPARE(lun->writeProtected, false);
    }
}

void TstIscsi::readOnlyLunIsWriteProtected()
{
    const IscsiLunListResult result = initiator().listLuns(m_tgtd.address(), m_tgtd.port(), ReadOnlyIqn);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.luns.size(), 1);
    const IscsiLun &lun = result.luns.first();
    QCOMPARE(lun.lun, 1);
    QCOMPARE(lun.sizeBytes, 48 * MiB);
    QCOMPARE(lun.writeProtected, true);
    QCOMPARE(lun.wwid, expectedWwid(QStringLiteral("1405d0d0c0de000000000003")));
}

void TstIscsi::wwidStableAcrossTgtdRuns()
{
    // A second, independent tgtd with the targets created in another order (so tgt's internal
    // LUN numbering differs): the WWIDs must only depend on the configured scsi_id.
    TgtdTarget other;
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    QVERIFY2(setUpTargets(other, {4, 3, 2, 1}), qPrintable(other.errorString()));

    const IscsiInitiator client = initiator();
    const IscsiLunListResult first = client.listLuns(m_tgtd.address(), m_tgtd.port(), DisksIqn);
    const IscsiLunListResult second = client.listLuns(other.address(), other.port(), DisksIqn);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.luns.size(), first.luns.size());
    for (const IscsiLun &lun : first.luns) {
        const IscsiLun *again = findLun(second.luns, lun.lun);
        QVERIFY(again);
        QCOMPARE(again->wwid, lun.wwid);
        QCOMPARE(again->ovirtSerial, lun.ovirtSerial);
    }
}

void TstIscsi::sessionStaysLoggedIn()
{
    IscsiLoginResult login = initiator().login(m_tgtd.address(), m_tgtd.port(), DisksIqn);
    QVERIFY2(login.ok(), qPrintable(login.error));
    IscsiSession &session = *login.session;
    QVERIFY(session.isLoggedIn());
    QCOMPARE(session.targetIqn(), DisksIqn);
    QCOMPARE(session.portal().port, m_tgtd.port());

    // tgtd sees the session (what the lab records as "host logged into target").
    QString sessions;
    QVERIFY(m_tgtd.tgtadm({QStringLiteral("--mode"), QStringLiteral("conn"), QStringLiteral("--op"),
                           QStringLiteral("show"), QStringLiteral("--tid"), QStringLiteral("1")},
                          &sessions));
    QVERIFY2(sessions.contains(session.initiatorName()), qPrintable(sessions));

    // The same session serves repeated inventories.
    for (int i = 0; i < 2; ++i) {
        const IscsiLunListResult luns = session.listLuns();
        QVERIFY2(luns.ok(), qPrintable(luns.error));
        QCOMPARE(luns.luns.size(), 2);
    }
    session.logout();
    QVERIFY(!session.isLoggedIn());
    QVERIFY(!session.listLuns().ok());
}

void TstIscsi::chapLogin()
{
    const IscsiLunListResult result =
        initiator().listLuns(m_tgtd.address(), m_tgtd.port(), ChapIqn, GoodChap);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.luns.size(), 1);
    QCOMPARE(result.luns.first().sizeBytes, 8 * MiB);
}

void TstIscsi::badChapFailsClearly()
{
    const IscsiChap wrong{GoodChap.username, QStringLiteral("not-the-password")};
    const IscsiLoginResult login = initiator().login(m_tgtd.address(), m_tgtd.port(), ChapIqn, wrong);
    qInfo().noquote() << login.error;
    QVERIFY(!login.ok());
    QCOMPARE(login.errorKind, IscsiErrorKind::AuthenticationFailed);
    QVERIFY2(login.error.contains(QStringLiteral("CHAP authentication failed")), qPrintable(login.error));
    QVERIFY2(login.error.contains(ChapIqn), qPrintable(login.error));

    const IscsiLunListResult luns = initiator().listLuns(m_tgtd.address(), m_tgtd.port(), ChapIqn, wrong);
    QVERIFY(!luns.ok());
    QCOMPARE(luns.errorKind, IscsiErrorKind::AuthenticationFailed);
    QVERIFY(luns.luns.isEmpty());
}

void TstIscsi::missingChapFailsClearly()
{
    const IscsiLoginResult login = initiator().login(m_tgtd.address(), m_tgtd.port(), ChapIqn);
    qInfo().noquote() << login.error;
    QVERIFY(!login.ok());
    QCOMPARE(login.errorKind, IscsiErrorKind::AuthenticationFailed);
    QVERIFY2(login.error.contains(QStringLiteral("requires CHAP")), qPrintable(login.error));
}

void TstIscsi::initiatorNotInAcl()
{
    const IscsiLoginResult refused = initiator().login(m_tgtd.address(), m_tgtd.port(), AclIqn);
    qInfo().noquote() << refused.error;
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorKind == IscsiErrorKind::NotAuthorized
                 || refused.errorKind == IscsiErrorKind::NoSuchTarget,
             qPrintable(refused.error));

    // The simulated host whose initiator name is in the ACL gets in.
    const IscsiLoginResult allowed =
        IscsiInitiator(AllowedInitiator).login(m_tgtd.address(), m_tgtd.port(), AclIqn);
    QVERIFY2(allowed.ok(), qPrintable(allowed.error));
}

void TstIscsi::unknownTargetFailsClearly()
{
    const QString missing = QStringLiteral("iqn.2026-01.org.diskdesk.test:nope");
    const IscsiLoginResult login = initiator().login(m_tgtd.address(), m_tgtd.port(), missing);
    qInfo().noquote() << login.error;
    QVERIFY(!login.ok());
    QCOMPARE(login.errorKind, IscsiErrorKind::NoSuchTarget);
    QVERIFY2(login.error.contains(QStringLiteral("No such iSCSI target")) && login.error.contains(missing),
             qPrintable(login.error));
}

void TstIscsi::unreachablePortFailsFast()
{
    // A port nobody listens on: bind it, note it, close it.
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    QVERIFY(::bind(probe, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0);
    QVERIFY(::getsockname(probe, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    const quint16 port = ntohs(address.sin_port);
    ::close(probe);

    QElapsedTimer timer;
    timer.start();
    const IscsiDiscoveryResult discovery = initiator().discover(QStringLiteral("127.0.0.1"), port);
    const IscsiLunListResult luns = initiator().listLuns(QStringLiteral("127.0.0.1"), port, DisksIqn);
    qInfo().noquote() << discovery.error << "|" << luns.error << "|" << timer.elapsed() << "ms";
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    QVERIFY(!discovery.ok());
    QCOMPARE(discovery.errorKind, IscsiErrorKind::Unreachable);
    const QString portal = QStringLiteral("127.0.0.1:%1").arg(port);
    QVERIFY2(discovery.error.contains(QStringLiteral("Cannot connect to iSCSI portal ") + portal),
             qPrintable(discovery.error));
    QVERIFY(!luns.ok());
    QCOMPARE(luns.errorKind, IscsiErrorKind::Unreachable);
}

void TstIscsi::silentPortalTimesOut()
{
    // A socket that accepts TCP (the kernel completes the handshake from the backlog) but never
    // answers the iSCSI login: the worst kind of dead portal.
    const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    QVERIFY(::bind(silent, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0);
    QVERIFY(::listen(silent, 4) == 0);
    QVERIFY(::getsockname(silent, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    const quint16 port = ntohs(address.sin_port);

    IscsiInitiator client = initiator();
    client.setTimeout(1s);
    QElapsedTimer timer;
    timer.start();
    const IscsiDiscoveryResult result = client.discover(QStringLiteral("127.0.0.1"), port);
    const qint64 elapsed = timer.elapsed();
    ::close(silent);
    qInfo().noquote() << result.error << "|" << elapsed << "ms";

    QVERIFY(!result.ok());
    QCOMPARE(result.errorKind, IscsiErrorKind::Timeout);
    QVERIFY2(result.error.contains(QStringLiteral("timed out")), qPrintable(result.error));
    QVERIFY2(elapsed >= 900 && elapsed < 3000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TstIscsi)
#include "tst_iscsi.moc"
