// SPDX-License-Identifier: GPL-3.0-or-later
// Where the Sites page keeps a directory's password: the OS keychain through qtkeychain. Where no
// keychain backend exists (no Secret Service on D-Bus, no KWallet), the store says so and why, and
// the page asks for the password each time instead of keeping it anywhere.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace voc {

class PasswordStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Found,
        NotStored,
        Unavailable, // no keychain backend: see unavailableReason()
        Failed,      // a backend exists but refused or failed; see the message
    };
    using ReadCallback = std::function<void(Outcome outcome, const QString& passwordOrMessage)>;
    using WriteCallback = std::function<void(Outcome outcome, const QString& message)>;

    using QObject::QObject;

    // Asynchronous; the callback runs on this object's thread.
    virtual void read(const QString& key, ReadCallback done) = 0;
    // Outcome::Found when stored.
    virtual void write(const QString& key, const QString& password, WriteCallback done) = 0;

    // False once a call found no backend; the reason is shown on the page.
    bool isAvailable() const { return m_unavailableReason.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }

    // The keychain entry of a directory account: one per server and bind DN, whatever profile uses it.
    static QString keyFor(const QString& directoryUri, const QString& bindDn);

signals:
    void availabilityChanged(bool available);

protected:
    void setUnavailable(const QString& reason);

private:
    QString m_unavailableReason;
};

// qtkeychain, service "vocstudio", never its plain-text fallback.
class KeychainPasswordStore final : public PasswordStore
{
    Q_OBJECT

public:
    using PasswordStore::PasswordStore;

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& password, WriteCallback done) override;
};

} // namespace voc
