#include "passwordstore.h"

#include "connectionprofile.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

PasswordStore::PasswordStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) { }

QString PasswordStore::keyFor(const ConnectionProfile &profile)
{
    return profile.user + QLatin1Char(' ') + profile.apiUrl().toString();
}

void PasswordStore::read(const QString &key, QObject *context, Callback done)
{
    run(Operation::Read, key, QString(), context, std::move(done));
}

void PasswordStore::write(const QString &key, const QString &password, QObject *context, Callback done)
{
    run(Operation::Write, key, password, context, std::move(done));
}

void PasswordStore::remove(const QString &key, QObject *context, Callback done)
{
    run(Operation::Remove, key, QString(), context, std::move(done));
}

void PasswordStore::run(Operation operation, const QString &key, const QString &password, QObject *context,
                        Callback done)
{
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    const auto deliver = [guard, guarded, done](Outcome outcome) {
        if (done && (!guarded || guard))
            done(std::move(outcome));
    };
    if (!isAvailable()) {
        // Asking a missing service again only delays the password prompt.
        deliver(Outcome{Status::Unavailable, QString(), m_unavailableReason});
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read: {
        auto *read = new QKeychain::ReadPasswordJob(m_service, this);
        read->setKey(key);
        job = read;
        break;
    }
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setKey(key);
        write->setTextData(password);
        job = write;
        break;
    }
    case Operation::Remove: {
        auto *remove = new QKeychain::DeletePasswordJob(m_service, this);
        remove->setKey(key);
        job = remove;
        break;
    }
    }
    // Never a plain-text file instead of a keychain.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, operation, deliver](QKeychain::Job *finished) {
        Outcome outcome;
        switch (finished->error()) {
        case QKeychain::NoError:
            outcome.status = Status::Ok;
            if (operation == Operation::Read)
                outcome.password = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            break;
        case QKeychain::EntryNotFound:
            outcome.status = operation == Operation::Remove ? Status::Ok : Status::NotFound;
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            // On Linux a missing Secret Service (no D-Bus session, no keyring daemon) ends here.
            m_unavailableReason = tr("No keychain service is available (%1), so DiskDesk cannot remember "
                                     "passwords and asks for them each time.")
                                          .arg(finished->errorString());
            outcome.status = Status::Unavailable;
            outcome.message = m_unavailableReason;
            break;
        default:
            outcome.status = Status::Failed;
            outcome.message = tr("The keychain refused: %1").arg(finished->errorString());
            break;
        }
        deliver(outcome);
    });
    job->start();
}
