// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "common/atomicfile.h"
#include "model/designfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace voc {

namespace {
struct AutosaveText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Autosave)
};
} // namespace

AutosaveStore::AutosaveStore(const QString& directory)
    : m_directory(directory)
{}

QString AutosaveStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/autosave");
}

QString AutosaveStore::pathFor(const QString& documentPath) const
{
    if (documentPath.isEmpty())
        return m_directory + QLatin1String("/untitled.voc");
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(documentPath).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1);
    return m_directory + u'/' + QString::fromLatin1(hash.toHex().left(16)) + QLatin1String(".voc");
}

QString AutosaveStore::originFileFor(const QString& autosavePath)
{
    // The hash in the name cannot be turned back into the path, so the path sits beside it.
    return autosavePath + QLatin1String(".origin");
}

Status AutosaveStore::write(const Design& design, const QString& documentPath) const
{
    if (!QDir().mkpath(m_directory))
        return makeError(ErrorCode::Io, AutosaveText::tr("cannot create the autosave folder"), m_directory,
                         AutosaveText::tr("check that your home folder is writable"));
    const QString path = pathFor(documentPath);
    if (!documentPath.isEmpty()) {
        const Status origin =
            writeFileAtomically(originFileFor(path), QFileInfo(documentPath).absoluteFilePath().toUtf8());
        if (!origin.ok())
            return origin;
    }
    return writeFileAtomically(path, serializeDesign(design));
}

void AutosaveStore::remove(const QString& documentPath) const
{
    const QString path = pathFor(documentPath);
    QFile::remove(path);
    QFile::remove(originFileFor(path));
}

QList<RecoverableDesign> AutosaveStore::findRecoverable() const
{
    QList<RecoverableDesign> found;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.voc")}, QDir::Files, QDir::Time);
    for (const QFileInfo& info : files) {
        RecoverableDesign design{info.absoluteFilePath(), {}, info.lastModified()};
        QFile origin(originFileFor(design.autosavePath));
        if (origin.open(QIODevice::ReadOnly))
            design.originalPath = QString::fromUtf8(origin.readAll());
        found.append(design);
    }
    return found;
}

Result<Design> AutosaveStore::read(const RecoverableDesign& file) const
{
    Result<ParsedDesign> parsed = loadDesignFile(file.autosavePath);
    if (!parsed.ok())
        return parsed.error();
    return parsed->design;
}

void AutosaveStore::discard(const RecoverableDesign& file) const
{
    QFile::remove(file.autosavePath);
    QFile::remove(originFileFor(file.autosavePath));
}

} // namespace voc
