// SPDX-License-Identifier: GPL-3.0-or-later
// Errors as values: every fallible core function returns Result<T>.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace voc {

enum class ErrorCode
{
    InvalidInput,      // the user's input (a file, a field, an argument) is wrong
    NotFound,          // a file, host, domain or entry that should exist does not
    Io,                // reading or writing failed
    Parse,             // the bytes are not the format they claim to be
    UnsupportedFormat, // a known format in a version this build does not read
    Conflict,          // something with that name or address exists already
    Exhausted,         // a range, pool or disk ran out
    Cancelled,         // the user cancelled
    External,          // a daemon or tool (libvirt, slapd, ssh) failed
    Internal,          // a bug of ours
};

// What failed, where (file, host, VCN, JSON path), and what the user can do about it.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString what;
    QString where;
    QString hint;

    // "where: what (hint)" as one line for logs and the command line.
    QString toString() const;
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(const T& value)
        : m_data(value)
    {}
    Result(T&& value)
        : m_data(std::move(value))
    {}
    Result(const Error& error)
        : m_data(error)
    {}
    Result(Error&& error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

// For operations that produce nothing but may fail.
struct Ok
{};
using Status = Result<Ok>;

inline Error makeError(ErrorCode code, QString what, QString where = {}, QString hint = {})
{
    return Error{code, std::move(what), std::move(where), std::move(hint)};
}

} // namespace voc
