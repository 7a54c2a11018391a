// SPDX-License-Identifier: GPL-3.0-or-later
// The core's modules (core/<module>/) include each other without a cycle, and the core never
// includes the clients' or the charts' code: what ARCHITECTURE.md's layering promises, checked on the
// sources themselves. A failure names the cycle and the files that close it.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

struct ModuleGraph
{
    QStringList modules;
    QHash<QString, QSet<QString>> edges;         // module -> modules it includes
    QHash<QString, QStringList> files;           // "a->b" -> files of a that include b
    QHash<QString, QStringList> foreignIncludes; // module -> includes of desktop/, cli/ or charts/
};

ModuleGraph readCore(const QString& coreDir)
{
    ModuleGraph graph;
    graph.modules = QDir(coreDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([a-z]+)/"),
                                            QRegularExpression::MultilineOption);
    for (const QString& module : std::as_const(graph.modules)) {
        QDirIterator it(coreDir + u'/' + module, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = include.globalMatch(text); match.hasNext();) {
                const QString target = match.next().captured(1);
                if (target == module)
                    continue;
                if (graph.modules.contains(target)) {
                    graph.edges[module].insert(target);
                    graph.files[module + u"->" + target].append(QFileInfo(path).fileName());
                } else if (target == QLatin1String("desktop") || target == QLatin1String("cli") ||
                           target == QLatin1String("charts")) {
                    graph.foreignIncludes[module].append(QFileInfo(path).fileName());
                }
            }
        }
    }
    return graph;
}

// A path from `from` back to `to`, or empty.
QStringList pathBetween(const ModuleGraph& graph, const QString& from, const QString& to)
{
    QHash<QString, QString> parent;
    QStringList queue{from};
    parent.insert(from, QString());
    while (!queue.isEmpty()) {
        const QString current = queue.takeFirst();
        if (current == to) {
            QStringList path;
            for (QString at = to; !at.isEmpty(); at = parent.value(at))
                path.prepend(at);
            return path;
        }
        for (const QString& next : graph.edges.value(current)) {
            if (!parent.contains(next)) {
                parent.insert(next, current);
                queue.append(next);
            }
        }
    }
    return {};
}

} // namespace

class TestCoreModules : public QObject
{
    Q_OBJECT

private slots:
    void noCycles();
    void noClientIncludes();
};

void TestCoreModules::noCycles()
{
    const ModuleGraph graph = readCore(QStringLiteral(VOC_SOURCE_DIR "/core"));
    QVERIFY(graph.modules.contains(QStringLiteral("common")));
    QVERIFY(graph.modules.contains(QStringLiteral("bench")));
    for (const QString& module : graph.modules) {
        for (const QString& included : graph.edges.value(module)) {
            const QStringList back = pathBetween(graph, included, module);
            QVERIFY2(back.isEmpty(),
                     qPrintable(QStringLiteral("include cycle %1 -> %2 (%3)")
                                    .arg(module, back.join(QStringLiteral(" -> ")),
                                         graph.files.value(module + u"->" + included).join(u' '))));
        }
    }
    // common is the bottom layer.
    QVERIFY2(graph.edges.value(QStringLiteral("common")).isEmpty(),
             qPrintable(QStringList(graph.edges.value(QStringLiteral("common")).values()).join(u' ')));
}

void TestCoreModules::noClientIncludes()
{
    const ModuleGraph graph = readCore(QStringLiteral(VOC_SOURCE_DIR "/core"));
    for (auto it = graph.foreignIncludes.cbegin(); it != graph.foreignIncludes.cend(); ++it)
        QVERIFY2(it.value().isEmpty(), qPrintable(it.key() + u": " + it.value().join(u' ')));
}

QTEST_GUILESS_MAIN(TestCoreModules)
#include "tst_coremodules.moc"
