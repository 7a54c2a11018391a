// SPDX-License-Identifier: GPL-3.0-or-later
// Hostname patterns of VCNs and the RFC 1123 rules their expansions must follow.
#include "hostname.h"

#include "common/terminaltext.h"

#include <QCoreApplication>

namespace voc {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct Hostname
{
    Q_DECLARE_TR_FUNCTIONS(voc::Hostname)
};

bool isHostnameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-';
}

bool isValidLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.front() == u'-' || label.back() == u'-')
        return false;
    for (QChar c : label) {
        if (!isHostnameCharacter(c))
            return false;
    }
    return true;
}

QString patternHint()
{
    return Hostname::tr("use letters, digits, '-' and the placeholders {voc}, {vo}, {role}, {index} "
                        "or {index:02} (zero-padded to 2 digits; 01 to 09)");
}

Error patternError(const QString& pattern, qsizetype position, const QString& what)
{
    // Positions are 1-based: they are read by people, not programs.
    return makeError(ErrorCode::InvalidInput,
                     Hostname::tr("hostname pattern '%1', character %2: %3")
                         .arg(pattern, QString::number(position + 1), what),
                     {}, patternHint());
}

} // namespace

Result<HostnamePattern> HostnamePattern::compile(const QString& pattern)
{
    if (pattern.isEmpty())
        return makeError(ErrorCode::InvalidInput, Hostname::tr("the hostname pattern is empty"), {},
                         patternHint());
    HostnamePattern compiled;
    compiled.m_pattern = pattern;
    QList<Token>& tokens = compiled.m_tokens;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('}'))
            return patternError(pattern, i, Hostname::tr("'}' without a matching '{'"));
        if (c != QLatin1Char('{')) {
            if (!isHostnameCharacter(c))
                return patternError(pattern, i, Hostname::tr("'%1' is not allowed in a hostname").arg(c));
            if (tokens.isEmpty() || tokens.last().field != Field::Literal)
                tokens.append(Token{});
            tokens.last().text += c;
            ++i;
            continue;
        }
        if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('{'))
            return patternError(pattern, i,
                                Hostname::tr("'{{' is not supported (braces cannot appear in a hostname)"));
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), i + 1);
        const qsizetype nextOpen = pattern.indexOf(QLatin1Char('{'), i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            return patternError(pattern, i, Hostname::tr("'{' is not closed by '}'"));
        const QString placeholder = pattern.mid(i, close - i + 1);
        const QStringView name = QStringView(pattern).mid(i + 1, close - i - 1);
        Token token;
        if (name == u"voc") {
            token.field = Field::Voc;
        } else if (name == u"vo") {
            token.field = Field::Vo;
        } else if (name == u"role") {
            token.field = Field::Role;
        } else if (name == u"index") {
            token.field = Field::Index;
        } else if (name.startsWith(u"index:")) {
            const QStringView width = name.mid(6);
            // Exactly "0N": the leading zero says "pad with zeros", as in printf's %02d.
            if (width.size() != 2 || width.at(0) != u'0' || width.at(1) < u'1' || width.at(1) > u'9')
                return patternError(pattern, i,
                                    Hostname::tr("'%1' has an invalid width: write {index:02} to {index:09}")
                                        .arg(placeholder));
            token.field = Field::Index;
            token.width = width.at(1).unicode() - u'0';
        } else {
            return patternError(pattern, i, Hostname::tr("unknown placeholder '%1'").arg(placeholder));
        }
        tokens.append(token);
        i = close + 1;
    }
    return compiled;
}

Result<QString> HostnamePattern::expand(const HostnameContext& context) const
{
    QString name;
    for (const Token& token : m_tokens) {
        switch (token.field) {
        case Field::Literal:
            name += token.text;
            break;
        case Field::Voc:
            name += context.voc;
            break;
        case Field::Vo:
            name += context.vo;
            break;
        case Field::Role:
            name += context.role;
            break;
        case Field::Index: {
            const QString digits = QString::number(context.index);
            if (digits.size() < token.width)
                name += QString(token.width - digits.size(), QLatin1Char('0'));
            name += digits;
            break;
        }
        }
    }
    // Host names are case-insensitive; one spelling keeps duplicate checks and DNS entries simple.
    name = std::move(name).toLower();
    Status valid = checkHostname(name);
    if (!valid) {
        Error error = valid.error();
        error.what =
            Hostname::tr("hostname pattern '%1' gives an invalid name: %2").arg(m_pattern, error.what);
        return error;
    }
    return name;
}

Status checkHostnamePattern(const QString& pattern)
{
    Result<HostnamePattern> compiled = HostnamePattern::compile(pattern);
    if (!compiled)
        return compiled.error();
    return Ok{};
}

Result<QString> expandHostname(const QString& pattern, const HostnameContext& context)
{
    Result<HostnamePattern> compiled = HostnamePattern::compile(pattern);
    if (!compiled)
        return compiled.error();
    return compiled->expand(context);
}

bool isValidHostLabel(const QString& label)
{
    return isValidLabel(label);
}

Status checkHostname(const QString& name)
{
    const auto invalid = [&name](const QString& why) {
        return makeError(
            ErrorCode::InvalidInput, Hostname::tr("'%1' is not a valid hostname: %2").arg(name, why), {},
            Hostname::tr("a hostname is made of labels of 1 to 63 letters, digits and '-' separated by dots, "
                         "no label starts or ends with '-', at most 253 characters in all"));
    };
    if (name.isEmpty())
        return invalid(Hostname::tr("it is empty"));
    if (name.size() > 253)
        return invalid(Hostname::tr("it is %1 characters long, the maximum is 253").arg(name.size()));
    for (QStringView view : QStringView(name).tokenize(u'.')) {
        if (isValidLabel(view))
            continue;
        const QString label = view.toString();
        if (label.isEmpty())
            return invalid(Hostname::tr("it has an empty label"));
        if (label.size() > 63)
            return invalid(Hostname::tr("the label '%1' is %2 characters long, the maximum is 63")
                               .arg(label, QString::number(label.size())));
        if (label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
            return invalid(Hostname::tr("the label '%1' starts or ends with '-'").arg(label));
        return invalid(Hostname::tr("the label '%1' contains a character other than letters, digits and '-'")
                           .arg(label));
    }
    return Ok{};
}

Status checkVoName(const QString& name)
{
    const auto invalid = [&name](const QString& why) {
        // The name may come from a file or the directory: one line, not too long.
        constexpr int shown = 40;
        const QString printable = escapeForTerminal(QStringView(name).left(shown)) +
                                  (name.size() > shown ? QStringLiteral("…") : QString());
        return makeError(
            ErrorCode::InvalidInput, Hostname::tr("'%1' is not a VO name: %2").arg(printable, why), {},
            Hostname::tr("a VO name is 1 to 63 lower-case letters, digits and '-', not starting or "
                         "ending with '-', e.g. alpha"));
    };
    if (name.isEmpty())
        return invalid(Hostname::tr("it is empty"));
    if (name.size() > 63)
        return invalid(Hostname::tr("it is %1 characters long, the maximum is 63").arg(name.size()));
    if (name.front() == QLatin1Char('-') || name.back() == QLatin1Char('-'))
        return invalid(Hostname::tr("it starts or ends with '-'"));
    // Upper case is refused rather than folded: the name must be the same in the DN, the account and
    // the host's user name, and only the provider can say which spelling it made.
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
            return invalid(Hostname::tr("it contains a character other than a-z, 0-9 and '-'"));
    }
    return Ok{};
}

} // namespace voc
