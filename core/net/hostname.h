// SPDX-License-Identifier: GPL-3.0-or-later
// Hostnames of VCNs: patterns such as "{voc}-{role}{index:02}", checked against RFC 1123.
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace voc {

struct HostnameContext
{
    QString voc;   // design name
    QString vo;    // VO name
    QString role;  // "head" or "compute"
    int index = 1; // 1-based within the role
};

// Checks a pattern's syntax: known placeholders ({voc}, {vo}, {role}, {index}, {index:NN} with
// NN = 01..09 digits of zero padding), balanced braces, and literal characters allowed in hostnames.
Status checkHostnamePattern(const QString& pattern);

// Expands a pattern; the result is checked with checkHostname().
Result<QString> expandHostname(const QString& pattern, const HostnameContext& context);

// A pattern checked once and expanded many times: a 4096-VCN plan expands one per VCN.
// expandHostname(pattern, context) is compile(pattern) followed by expand(context).
class HostnamePattern
{
public:
    static Result<HostnamePattern> compile(const QString& pattern);
    Result<QString> expand(const HostnameContext& context) const;
    const QString& pattern() const { return m_pattern; }

private:
    enum class Field
    {
        Literal,
        Voc,
        Vo,
        Role,
        Index
    };
    struct Token
    {
        Field field = Field::Literal;
        QString text;  // Field::Literal only
        int width = 0; // Field::Index only: zero padding
    };

    QString m_pattern;
    QList<Token> m_tokens;
};

// RFC 1123 host name: labels of 1..63 letters, digits and hyphens, not starting or ending with a
// hyphen, total length at most 253. (A VCN's hostname is a single label.)
Status checkHostname(const QString& name);
bool isValidHostLabel(const QString& label);

// A VO's name at a site shared by VOs: its entry ou=<vo>,ou=vocs, its account uid=<vo>,ou=people and
// its account on the KVM hosts all carry it, so it is 1 to 63 of a-z, 0-9 and '-', not starting or
// ending with '-' (a lower-case host name label, which is also a valid user name). The error says what
// is wrong with it; the caller names the field.
Status checkVoName(const QString& name);

} // namespace voc
