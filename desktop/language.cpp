// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace voc {

QLocale uiLocale()
{
    const QString fromEnvironment = qEnvironmentVariable("VOCSTUDIO_LANG");
    if (!fromEnvironment.isEmpty())
        return QLocale(fromEnvironment);
    const QString fromSettings = settings::language();
    if (!fromSettings.isEmpty())
        return QLocale(fromSettings);
    return QLocale::system();
}

QString installTranslators(QCoreApplication* app)
{
    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);

    // QTranslator::load(locale, ...) walks the locale's uiLanguages, so "de_AT" finds "de".
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* appTranslator = new QTranslator(app);
    if (appTranslator->load(locale, QStringLiteral("vocstudio"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;
    return QLocale::languageToCode(locale.language());
}

} // namespace voc
