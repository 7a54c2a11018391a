// SPDX-License-Identifier: GPL-3.0-or-later
#include "errormessage.h"

#include <QCoreApplication>
#include <QDir>

namespace voc {

namespace {

struct ErrorMessageText
{
    Q_DECLARE_TR_FUNCTIONS(voc::ErrorMessage)
};

} // namespace

QString errorMessage(const Error& error)
{
    QString text =
        error.where.isEmpty()
            ? error.what
            : ErrorMessageText::tr("%1: %2").arg(QDir::toNativeSeparators(error.where), error.what);
    if (!error.hint.isEmpty())
        text += u'\n' + ErrorMessageText::tr("Hint: %1").arg(error.hint);
    return text;
}

} // namespace voc
