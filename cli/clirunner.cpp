#include "clirunner.h"

#include "diskamend.h"
#include "entityrecords.h"
#include "passwordstore.h"
#include "profilestore.h"

#include <QFile>
#include <QHash>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

const QStringList kFormats = {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};

void printError(const QString &message)
{
    std::fprintf(stderr, "diskdesk-cli: %s\n", qPrintable(message));
}

QString command(const QStringList &arguments)
{
    return arguments.value(0);
}

} // namespace

CliRunner::CliRunner(const Options &options, QObject *parent) : QObject(parent), m_options(options) { }

QString CliRunner::usageError() const
{
    const QStringList &args = m_options.arguments;
    if (!kFormats.contains(m_options.format))
        return tr("--format must be table, json or csv, not \u201c%1\u201d.").arg(m_options.format);
    if (!m_options.profile.isEmpty() && !m_options.url.isEmpty())
        return tr("Give either --profile or --url, not both.");
    if (m_options.profile.isEmpty() && m_options.url.isEmpty())
        return tr("Give --profile NAME, or --url URL with --user and --password-file.");
    if (!m_options.url.isEmpty() && !ConnectionProfile::completeApiUrl(m_options.url).isValid())
        return tr("--url must be a host name or an http(s) URL, not \u201c%1\u201d.").arg(m_options.url);
    if (!m_options.url.isEmpty() && m_options.passwordFile.isEmpty())
        return tr("--url needs --password-file FILE (\u201c-\u201d reads standard input).");
    const QString name = command(args);
    if (name.isEmpty())
        return tr("Give a command: vms, disks, snapshots VM, storagedomains, attachments VM, snapshot create VM, amend DISK.");
    if (!m_options.vm.isEmpty() && name != QLatin1String("amend"))
        return tr("--vm is only used by amend.");
    if (name == QLatin1String("vms") || name == QLatin1String("disks") || name == QLatin1String("storagedomains"))
        return args.size() == 1 ? QString() : tr("%1 takes no operand.").arg(name);
    if (name == QLatin1String("snapshots") || name == QLatin1String("attachments"))
        return args.size() == 2 ? QString() : tr("%1 needs exactly one VM (name or id).").arg(name);
    if (name == QLatin1String("snapshot")) {
        if (args.value(1) != QLatin1String("create"))
            return tr("snapshot supports: snapshot create VM [--description TEXT] [--disk ID]… [--memory].");
        return args.size() == 3 ? QString() : tr("snapshot create needs exactly one VM (name or id).");
    }
    if (name == QLatin1String("amend"))
        return args.size() == 2 ? QString() : tr("amend needs exactly one disk (alias or id): amend DISK [--vm VM].");
    return tr("Unknown command \u201c%1\u201d.").arg(name);
}

void CliRunner::start()
{
    const QString usage = usageError();
    if (!usage.isEmpty()) {
        fail(usage, Usage);
        return;
    }
    connectAndRun();
}

void CliRunner::connectAndRun()
{
    ConnectionProfile profile;
    if (!m_options.profile.isEmpty()) {
        ProfileStore store;
        const auto saved = store.profile(m_options.profile);
        if (!saved) {
            const QStringList names = store.names();
            fail(names.isEmpty() ? tr("There is no saved profile \u201c%1\u201d (no profiles are saved; DiskDesk saves them).")
                                           .arg(m_options.profile)
                                 : tr("There is no saved profile \u201c%1\u201d; saved profiles: %2.")
                                           .arg(m_options.profile, names.join(QStringLiteral(", "))),
                 Usage);
            return;
        }
        profile = *saved;
        if (!m_options.user.isEmpty())
            profile.user = m_options.user;
    } else {
        profile.address = m_options.url;
        profile.user = m_options.user.isEmpty() ? ConnectionProfile::defaultUser() : m_options.user;
    }

    TrustPolicy trust = TrustPolicy::fromPem(profile.caCertificatePem);
    if (!m_options.caFile.isEmpty()) {
        QString error;
        trust = TrustPolicy::fromCaFile(m_options.caFile, &error);
        if (!trust.isPinned()) {
            fail(error, Usage);
            return;
        }
    }
    m_client.setApiUrl(profile.apiUrl());
    m_client.setTrust(trust);

    const auto login = [this, user = profile.user](const QString &password) {
        m_client.login(user, password, this, [this](Result<ApiRoot> result) {
            if (!result.ok()) {
                fail(*result.error, true);
                return;
            }
            runCommand();
        });
    };

    if (!m_options.passwordFile.isEmpty()) {
        QFile file;
        const bool stdinFile = m_options.passwordFile == QLatin1String("-");
        const bool opened = stdinFile ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(m_options.passwordFile), file.open(QIODevice::ReadOnly));
        if (!opened) {
            fail(tr("Cannot read the password file %1: %2").arg(m_options.passwordFile, file.errorString()), Usage);
            return;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        login(QString::fromUtf8(line));
        return;
    }
    // A profile without --password-file: the password DiskDesk remembered in the keychain.
    auto *passwords = new PasswordStore(QStringLiteral("DiskDesk"), this);
    passwords->read(PasswordStore::keyFor(profile), this, [this, login](PasswordStore::Outcome outcome) {
        if (outcome.status == PasswordStore::Status::Ok) {
            login(outcome.password);
            return;
        }
        const QString why = outcome.status == PasswordStore::Status::NotFound
                ? tr("the keychain holds no password for this profile")
                : outcome.message;
        fail(tr("No password for profile \u201c%1\u201d: %2. Pass --password-file FILE.").arg(m_options.profile, why),
             Usage);
    });
}

void CliRunner::runCommand()
{
    const QString name = command(m_options.arguments);
    if (name == QLatin1String("vms")) {
        m_client.vms(QString(), this, [this](Result<QList<Vm>> result) {
            if (!result.ok())
                return fail(*result.error, false);
            print(EntityRecords::vms(result.value));
        });
    } else if (name == QLatin1String("disks")) {
        m_client.disks(QString(), this, [this](Result<QList<Disk>> result) {
            if (!result.ok())
                return fail(*result.error, false);
            print(EntityRecords::disks(result.value));
        });
    } else if (name == QLatin1String("storagedomains")) {
        m_client.storageDomains(this, [this](Result<QList<StorageDomain>> result) {
            if (!result.ok())
                return fail(*result.error, false);
            print(EntityRecords::storageDomains(result.value));
        });
    } else if (name == QLatin1String("attachments")) {
        withVm(m_options.arguments.at(1), [this](const Vm &vm) {
            m_client.diskAttachments(vm.id, true, this, [this](Result<QList<DiskAttachment>> result) {
                if (!result.ok())
                    return fail(*result.error, false);
                print(EntityRecords::attachments(result.value));
            });
        });
    } else if (name == QLatin1String("snapshots")) {
        withVm(m_options.arguments.at(1), [this](const Vm &vm) {
            m_client.snapshots(vm.id, this, [this, vmId = vm.id](Result<QList<Snapshot>> result) {
                if (!result.ok())
                    return fail(*result.error, false);
                // Then the disks of each snapshot; the active one covers the VM's current disks.
                struct Pending
                {
                    QList<Snapshot> snapshots;
                    QHash<QString, QList<Disk>> disks;
                    int outstanding = 0;
                };
                auto pending = std::make_shared<Pending>();
                pending->snapshots = result.value;
                pending->outstanding = int(result.value.size());
                const auto oneDone = [this, pending] {
                    if (--pending->outstanding == 0)
                        print(EntityRecords::snapshots(pending->snapshots, pending->disks));
                };
                if (pending->outstanding == 0)
                    return print(EntityRecords::snapshots({}, {}));
                for (const Snapshot &snapshot : std::as_const(result.value)) {
                    const QString sid = snapshot.id;
                    if (snapshot.type == SnapshotType::Active) {
                        m_client.diskAttachments(vmId, true, this, [this, pending, sid, oneDone](Result<QList<DiskAttachment>> r) {
                            if (!r.ok())
                                return fail(*r.error, false);
                            for (const DiskAttachment &a : std::as_const(r.value)) {
                                if (a.disk)
                                    pending->disks[sid].append(*a.disk);
                            }
                            oneDone();
                        });
                    } else {
                        m_client.snapshotDisks(vmId, sid, this, [this, pending, sid, oneDone](Result<QList<Disk>> r) {
                            if (!r.ok())
                                return fail(*r.error, false);
                            pending->disks[sid] = r.value;
                            oneDone();
                        });
                    }
                }
            });
        });
    } else if (name == QLatin1String("amend")) {
        amend();
    } else if (name == QLatin1String("snapshot")) {
        withVm(m_options.arguments.at(2), [this](const Vm &vm) {
            CreateSnapshotRequest request;
            request.vmId = vm.id;
            request.description = m_options.description;
            request.persistMemorystate = m_options.memory;
            if (!m_options.diskIds.isEmpty())
                request.diskIds = m_options.diskIds;
            m_client.createSnapshot(request, this, [this](Result<Snapshot> result) {
                if (!result.ok())
                    return fail(*result.error, false);
                // The manager answers at once; the snapshot stays locked until its job ends.
                print(EntityRecords::snapshots({result.value}, {}));
            });
        });
    }
}

void CliRunner::withVm(const QString &nameOrId, std::function<void(const Vm &)> next)
{
    m_client.vms(QString(), this, [this, nameOrId, next](Result<QList<Vm>> result) {
        if (!result.ok())
            return fail(*result.error, false);
        for (const Vm &vm : std::as_const(result.value)) {
            if (vm.id == nameOrId || vm.name == nameOrId)
                return next(vm);
        }
        fail(tr("The manager has no virtual machine named \u201c%1\u201d (or with that id).").arg(nameOrId), Refused);
    });
}

void CliRunner::amend()
{
    const QString wanted = m_options.arguments.at(1);
    m_client.disks(QString(), this, [this, wanted](Result<QList<Disk>> result) {
        if (!result.ok())
            return fail(*result.error, false);
        QList<Disk> matches;
        for (const Disk &disk : std::as_const(result.value)) {
            if (disk.id == wanted)
                matches = {disk};
        }
        if (matches.isEmpty()) {
            for (const Disk &disk : std::as_const(result.value)) {
                if (disk.alias == wanted)
                    matches << disk;
            }
        }
        if (matches.isEmpty())
            return fail(tr("The manager has no disk named \u201c%1\u201d (or with that id).").arg(wanted), Refused);
        // Aliases need not be unique: amending one of several by chance would be wrong.
        if (matches.size() > 1)
            return fail(tr("%n disks are named \u201c%1\u201d; give the id of one of them.", nullptr, int(matches.size())).arg(wanted), Usage);
        const Disk disk = matches.first();
        if (m_options.vm.isEmpty())
            return followAmend(QString(), disk); // PUT /disks/{id}: attached or not
        withVm(m_options.vm, [this, disk](const Vm &vm) { followAmend(vm.id, disk); });
    });
}

void CliRunner::followAmend(const QString &vmId, const Disk &disk)
{
    // The tracker keeps polling through a lost connection; if it ends while the manager is
    // unreachable, that is a connection failure, not a refusal.
    connect(&m_client, &Client::connectionLost, this, [this] { m_connectionLost = true; });
    connect(&m_client, &Client::connectionRestored, this, [this] { m_connectionLost = false; });
    OperationTracker *tracker = DiskAmend::start(&m_client, vmId, disk.id, disk.alias, QcowVersion::Qcow2V3, this);
    connect(tracker, &OperationTracker::finished, this, [this](bool ok, const QString &message) {
        if (!ok)
            return fail(message, m_connectionLost ? ConnectionFailed : Refused);
        const QByteArray out = message.toUtf8() + '\n';
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        finish(Success);
    });
}

void CliRunner::print(const RecordTable &table)
{
    QByteArray out;
    if (m_options.format == QLatin1String("json"))
        out = table.toJson();
    else if (m_options.format == QLatin1String("csv"))
        out = table.toCsv();
    else
        out = table.toTable().toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    finish(Success);
}

void CliRunner::fail(const ApiError &error, bool duringLogin)
{
    int code = Refused;
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
        code = ConnectionFailed;
        break;
    case ApiError::Kind::Decode:
        // At login a non-oVirt answer means a wrong address or a v3-only manager.
        code = duringLogin ? ConnectionFailed : Refused;
        break;
    default:
        code = Refused;
        break;
    }
    fail(error.text(), code);
}

void CliRunner::fail(const QString &message, int code)
{
    printError(message);
    finish(code);
}

void CliRunner::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    // Scripts run often: end the session at the manager instead of leaving it to expire.
    if (m_client.isLoggedIn()) {
        m_client.logout(this, [this, code] { emit finished(code); });
        return;
    }
    QTimer::singleShot(0, this, [this, code] { emit finished(code); });
}
