// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordstore.h"

#include <qt6keychain/keychain.h>

namespace voc {

namespace {

const QString service = QStringLiteral("vocstudio");

// qtkeychain reports a missing Secret Service as NoBackendAvailable on some systems and as
// OtherError ("... org.freedesktop.secrets ...", "Unknown error", no D-Bus session) on others.
bool isMissingBackend(QKeychain::Error error, const QString& message)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    return message.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("secret"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("kwallet"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("Unknown error"), Qt::CaseInsensitive);
}

// qtkeychain's own text is often just "Unknown error"; say what is missing instead.
QString unavailableText(const QString& message)
{
    QString reason = qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
                         ? PasswordStore::tr("no D-Bus session, so no Secret Service or KWallet")
                         : PasswordStore::tr("no Secret Service or KWallet answers on D-Bus");
    if (!message.isEmpty() && message != QLatin1String("Unknown error"))
        reason += QStringLiteral(": ") + message;
    return reason;
}

} // namespace

QString PasswordStore::keyFor(const QString& directoryUri, const QString& bindDn)
{
    return QStringLiteral("ldap:%1@%2").arg(bindDn, directoryUri);
}

void PasswordStore::setUnavailable(const QString& reason)
{
    const bool was = isAvailable();
    m_unavailableReason = reason.isEmpty() ? tr("no keychain service") : reason;
    if (was)
        emit availabilityChanged(false);
}

void KeychainPasswordStore::read(const QString& key, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError)
            return done(Outcome::Found, job->textData());
        if (error == QKeychain::EntryNotFound)
            return done(Outcome::NotStored, {});
        if (isMissingBackend(error, job->errorString())) {
            setUnavailable(unavailableText(job->errorString()));
            return done(Outcome::Unavailable, unavailableReason());
        }
        done(Outcome::Failed, job->errorString());
    });
    job->start();
}

void KeychainPasswordStore::write(const QString& key, const QString& password, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError)
            return done(Outcome::Found, {});
        if (isMissingBackend(error, job->errorString())) {
            setUnavailable(unavailableText(job->errorString()));
            return done(Outcome::Unavailable, unavailableReason());
        }
        done(Outcome::Failed, job->errorString());
    });
    job->start();
}

} // namespace voc
