// SPDX-License-Identifier: GPL-3.0-or-later
// netsync once and watch with VO grants and the bridge ruleset, on a fake directory and watch and a
// recording `nft`: grants enforced, rules applied before any DHCP file is written, a record's change
// applied as an element update, a failing `nft` changing nothing, grants followed live and kept in the
// saved state. The same against slapd and a real nft: tests/e2e (netsync_e2e, nftbridge_e2e).
#include "model/siteprofile.h"
#include "netsync/netsync.h"
#include "netsyncfixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

VcnRecord rec(const char* vo, const char* host, const char* ip, const char* mac)
{
    VcnRecord record{u"demo"_s, QLatin1String(host), QLatin1String(ip), QLatin1String(mac), {}, {}};
    record.vo = QLatin1String(vo);
    return record;
}

VoGrantEntry grant(const char* vo, const QByteArray& range, const QByteArray& maxVcns)
{
    return test::netsyncGrant(vo, {range}, maxVcns);
}

const QList<VoGrantEntry> grants{grant("alpha", "10.213.0.100-10.213.0.149", "2"),
                                 grant("beta", "10.213.0.150-10.213.0.199", "4")};

// alpha: a1, a2 and a3 beyond its 2; beta: b1, and b9 in alpha's range.
const QList<VcnRecord> records{rec("alpha", "a1", "10.213.0.100", "02:00:00:00:00:01"),
                               rec("alpha", "a2", "10.213.0.101", "02:00:00:00:00:02"),
                               rec("alpha", "a3", "10.213.0.102", "02:00:00:00:00:03"),
                               rec("beta", "b1", "10.213.0.150", "02:00:00:00:00:11"),
                               rec("beta", "b9", "10.213.0.120", "02:00:00:00:00:19")};

NetsyncSite testSite()
{
    return test::netsyncTestSite();
}

class FakeDirectory final : public Directory
{
public:
    QList<VcnRecord> vcns;
    Result<QList<VoGrantEntry>> vos = QList<VoGrantEntry>{};

    QString uri() const override { return u"ldap://fake"_s; }
    Result<DirectoryInfo> info() override { return makeError(ErrorCode::Internal, u"unused"_s); }
    Result<QStringList> listVocs() override { return QStringList{}; }
    Result<QList<VcnRecord>> listVcns(const QString&) override { return vcns; }
    Status addVcns(const QList<VcnRecord>&) override { return Ok{}; }
    Status removeVcn(const QString&, const QString&) override { return Ok{}; }
    Result<int> removeVoc(const QString&) override { return 0; }
    Result<VoGrant> grant() override { return makeError(ErrorCode::InvalidInput, u"no VO"_s); }
    Result<QList<VoGrantEntry>> listVoGrants() override { return vos; }
};

// Plays its steps, each a change of the directory followed by onChange, then stops the loop.
class ScriptedWatch final : public DirectoryWatch
{
public:
    using Step = std::function<void(DirectorySyncState&)>;
    ScriptedWatch(QList<Step> steps, std::function<void()> done)
        : m_steps(std::move(steps))
        , m_done(std::move(done))
    {}
    Status run(DirectorySyncState& state,
               const std::function<void(const DirectorySyncState&)>& onChange) override
    {
        for (const Step& step : std::as_const(m_steps)) {
            if (m_stop)
                break;
            step(state);
            state.cookie = "cookie";
            onChange(state);
        }
        m_done();
        return Ok{};
    }
    void stop() override { m_stop = true; }

private:
    QList<Step> m_steps;
    std::function<void()> m_done;
    bool m_stop = false;
};

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ino_t inodeOf(const QString& path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

QStringList skippedNames(const NetsyncReport& report)
{
    QStringList names;
    for (const NetsyncProblem& p : report.skipped)
        names << p.record.hostname;
    names.sort();
    return names;
}

} // namespace

class TestNetsync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void onceAppliesRulesBeforeFiles();
    void changeIsAnElementUpdate();
    void failingNftChangesNothing();
    void failedElementUpdateAppliesWhole();
    void unreadableGrantsWriteNothing();
    void rulesAloneAndEmptyGuard();
    void watchFollowsGrants();
    void stateKeepsGrants();
    void stateOfFormatOneStartsAfresh();

private:
    NetsyncOutputs outputs(bool withDhcp = true) const;
    NetsyncWriter writer(bool withDhcp = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QByteArray> m_applied; // every script `nft` got
    QString m_failWith;          // non-empty: `nft` fails with this
    std::function<bool(const QByteArray&)> m_failIf;
    std::function<void()> m_onApply;
};

void TestNetsync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_applied.clear();
    m_failWith.clear();
    m_failIf = {};
    m_onApply = {};
}

NetsyncOutputs TestNetsync::outputs(bool withDhcp) const
{
    NetsyncOutputs out;
    if (withDhcp) {
        out.dhcpHosts = m_dir->filePath(u"dhcp-hosts"_s);
        out.hosts = m_dir->filePath(u"hosts"_s);
    }
    out.nftRuleset = m_dir->filePath(u"vocstudio.nft"_s);
    out.nft.uplinks = {u"eth0"_s};
    return out;
}

NetsyncWriter TestNetsync::writer(bool withDhcp)
{
    NetsyncWriter w(testSite(), outputs(withDhcp));
    w.setNftApply([this](const QByteArray& script, const QString& where) -> Status {
        if (m_onApply)
            m_onApply();
        if (!m_failWith.isEmpty() && (!m_failIf || m_failIf(script)))
            return makeError(ErrorCode::External, m_failWith, where);
        m_applied << script;
        return Ok{};
    });
    return w;
}

void TestNetsync::onceAppliesRulesBeforeFiles()
{
    FakeDirectory directory;
    directory.vcns = records;
    directory.vos = grants;
    NetsyncWriter w = writer();
    const QString dhcp = w.outputs().dhcpHosts;
    bool dhcpExistedAtApply = true;
    m_onApply = [&] { dhcpExistedAtApply = QFileInfo::exists(dhcp); };
    const Result<NetsyncReport> report = netsyncOnce(directory, w);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QVERIFY(!dhcpExistedAtApply);
    QCOMPARE(report->records, 3);
    QCOMPARE(skippedNames(*report), (QStringList{u"a3"_s, u"b9"_s}));
    QVERIFY(report->nft == NftUpdate::Ruleset);
    QCOMPARE(m_applied.size(), 1);
    QCOMPARE(m_applied.first(), contentOf(w.outputs().nftRuleset));
    QVERIFY(report->written.contains(w.outputs().nftRuleset));
    QCOMPARE(contentOf(dhcp),
             QByteArray("02:00:00:00:00:01,a1,10.213.0.100\n02:00:00:00:00:02,a2,10.213.0.101\n"
                        "02:00:00:00:00:11,b1,10.213.0.150\n"));
    // Neither the VCN beyond alpha's count nor beta's stray one gets traffic.
    const QByteArray rules = contentOf(w.outputs().nftRuleset);
    QVERIFY(rules.contains("02:00:00:00:00:11 . 10.213.0.150 : 0x00000003"));
    QVERIFY(!rules.contains("02:00:00:00:00:03"));
    QVERIFY(!rules.contains("02:00:00:00:00:19"));

    // Nothing changed: no write, no nft.
    const Result<NetsyncReport> again = netsyncOnce(directory, w);
    QVERIFY(again);
    QVERIFY(!again->changed());
    QCOMPARE(m_applied.size(), 1);
}

void TestNetsync::changeIsAnElementUpdate()
{
    NetsyncWriter w = writer();
    QVERIFY(w.write(records, grants));
    QList<VcnRecord> moved = records;
    moved[3].ip = u"10.213.0.151"_s;
    const Result<NetsyncReport> report = w.write(moved, grants);
    QVERIFY(report);
    QVERIFY(report->nft == NftUpdate::Elements);
    QCOMPARE(m_applied.size(), 2);
    QCOMPARE(m_applied.last(),
             QByteArray("delete element bridge vocstudio vcn { 02:00:00:00:00:11 . 10.213.0.150 }\n"
                        "delete element bridge vocstudio vo_ip { 10.213.0.150 . 0x00000003 }\n"
                        "add element bridge vocstudio vcn { 02:00:00:00:00:11 . 10.213.0.151 : 0x00000003 }\n"
                        "add element bridge vocstudio vo_ip { 10.213.0.151 . 0x00000003 }\n"));
    // The file holds the whole ruleset, as a restart applies it.
    QVERIFY(contentOf(w.outputs().nftRuleset).contains("02:00:00:00:00:11 . 10.213.0.151 : 0x00000003"));
    // A new writer (a restarted netsync) applies the whole table, though the file is unchanged.
    NetsyncWriter restarted = writer();
    const Result<NetsyncReport> fresh = restarted.write(moved, grants);
    QVERIFY(fresh);
    QVERIFY(fresh->nft == NftUpdate::Ruleset);
    QVERIFY(!fresh->written.contains(w.outputs().nftRuleset));
}

void TestNetsync::failingNftChangesNothing()
{
    NetsyncWriter w = writer();
    QVERIFY(w.write(records, grants));
    const QStringList files{w.outputs().nftRuleset, w.outputs().dhcpHosts, w.outputs().hosts};
    QList<QByteArray> before;
    QList<ino_t> inodes;
    for (const QString& file : files) {
        before << contentOf(file);
        inodes << inodeOf(file);
    }
    m_failWith = u"nft -f failed with exit code 1: Error: Could not process rule"_s;
    QList<VcnRecord> changed = records;
    changed.removeAt(0);
    for (const bool empty : {false, true}) {
        const Result<NetsyncReport> report = w.write(empty ? QList<VcnRecord>{} : changed, grants);
        QVERIFY(!report);
        QCOMPARE(report.error().where, w.outputs().nftRuleset);
        QVERIFY(report.error().what.contains(u"Could not process rule"_s));
        for (qsizetype i = 0; i < files.size(); ++i) {
            QCOMPARE(contentOf(files.at(i)), before.at(i));
            QCOMPARE(inodeOf(files.at(i)), inodes.at(i));
        }
    }
    // Once nft works again, the same change goes through, as an update of what the kernel holds.
    m_failWith.clear();
    const Result<NetsyncReport> report = w.write(changed, grants);
    QVERIFY(report);
    QVERIFY(report->nft == NftUpdate::Elements);
    QVERIFY(!contentOf(w.outputs().dhcpHosts).contains("a1"));
}

void TestNetsync::failedElementUpdateAppliesWhole()
{
    NetsyncWriter w = writer();
    QVERIFY(w.write(records, grants));
    // The table was changed by hand: deleting an element it no longer has fails.
    m_failWith = u"Error: Could not process rule: No such file or directory"_s;
    m_failIf = [](const QByteArray& script) { return !script.startsWith("# Generated"); };
    const Result<NetsyncReport> report = w.write(records.mid(1), grants);
    QVERIFY(report);
    QVERIFY(report->nft == NftUpdate::Ruleset);
    QVERIFY(m_applied.last().startsWith("# Generated by vocctl netsync"));
}

void TestNetsync::unreadableGrantsWriteNothing()
{
    FakeDirectory directory;
    directory.vcns = records;
    directory.vos =
        makeError(ErrorCode::External, u"could not search ou=vocs,dc=vsp,dc=test"_s, u"ldap://fake"_s);
    NetsyncWriter w = writer();
    const Result<NetsyncReport> report = netsyncOnce(directory, w);
    QVERIFY(!report);
    QVERIFY(report.error().what.contains(u"ou=vocs"_s));
    QVERIFY(m_applied.isEmpty());
    QVERIFY(!QFileInfo::exists(w.outputs().dhcpHosts));
    QVERIFY(!QFileInfo::exists(w.outputs().nftRuleset));
}

void TestNetsync::rulesAloneAndEmptyGuard()
{
    // A KVM host's netsync: the ruleset only.
    const NetsyncOutputs alone = outputs(false);
    QVERIFY(NetsyncWriter::checkOutputs(testSite(), alone));
    QCOMPARE(defaultNetsyncStatePath(alone), alone.nftRuleset + u".netsync-state"_s);
    NetsyncOutputs none = alone;
    none.nftRuleset.clear();
    QVERIFY(!NetsyncWriter::checkOutputs(testSite(), none));
    NetsyncOutputs badUplink = alone;
    badUplink.nft.uplinks = {u"eth0\" accept"_s};
    QCOMPARE(NetsyncWriter::checkOutputs(testSite(), badUplink).error().where, u"--nft-uplink"_s);

    FakeDirectory directory;
    directory.vcns = records;
    directory.vos = grants;
    NetsyncWriter w = writer(false);
    QVERIFY(netsyncOnce(directory, w));
    QCOMPARE(*w.rulesOnDisk(), 3);
    QCOMPARE(*w.reservationsOnDisk(), 0);
    // An empty answer never empties the rules (every VCN would lose its traffic)...
    directory.vcns.clear();
    const QByteArray before = contentOf(w.outputs().nftRuleset);
    const Result<NetsyncReport> refused = netsyncOnce(directory, w);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(refused.error().where, w.outputs().nftRuleset);
    QCOMPARE(contentOf(w.outputs().nftRuleset), before);
    // ...unless asked to.
    const Result<NetsyncReport> emptied = netsyncOnce(directory, w, true);
    QVERIFY(emptied);
    QCOMPARE(*w.rulesOnDisk(), 0);
}

void TestNetsync::watchFollowsGrants()
{
    NetsyncWriter w = writer();
    const QString statePath = m_dir->filePath(u"state"_s);
    DirectoryConfig config;
    config.uri = u"ldap://fake"_s;
    config.baseDn = u"dc=vsp,dc=test"_s;
    NetsyncWatch* loop = nullptr;
    const QList<ScriptedWatch::Step> steps{
        [](DirectorySyncState& state) {
            for (qsizetype i = 0; i < records.size(); ++i)
                state.entries.insert(QByteArray(16, char('a' + i)), records.at(i));
            state.vos.insert(QByteArray(16, 'A'), grants.at(0));
            state.vos.insert(QByteArray(16, 'B'), grants.at(1));
        },
        // The provider moves beta's range: b1 is now outside it.
        [](DirectorySyncState& state) {
            state.vos[QByteArray(16, 'B')].values["vocsgrantaddressrange"] = {"10.213.0.160-10.213.0.199"};
        },
        // ...and lets alpha have 3.
        [](DirectorySyncState& state) { state.vos[QByteArray(16, 'A')].values["vocsgrantmaxvcns"] = {"3"}; },
    };
    NetsyncWatch watch(config, w, NetsyncWatch::Options{.statePath = statePath},
                       [&] { return std::make_unique<ScriptedWatch>(steps, [&] { loop->stop(); }); });
    loop = &watch;
    QList<Result<NetsyncReport>> reports;
    NetsyncWatch::Callbacks callbacks;
    callbacks.written = [&](const Result<NetsyncReport>& report) { reports << report; };
    QVERIFY(watch.run(callbacks));
    QCOMPARE(reports.size(), 3);
    for (const auto& report : std::as_const(reports))
        QVERIFY(report);
    QVERIFY(reports.at(0)->nft == NftUpdate::Ruleset);
    QCOMPARE(skippedNames(*reports.at(1)), (QStringList{u"a3"_s, u"b1"_s, u"b9"_s}));
    QVERIFY(reports.at(1)->nft == NftUpdate::Elements);
    QCOMPARE(skippedNames(*reports.at(2)), (QStringList{u"b1"_s, u"b9"_s}));
    QVERIFY(reports.at(2)->nft == NftUpdate::Elements);
    QCOMPARE(contentOf(w.outputs().dhcpHosts),
             QByteArray("02:00:00:00:00:01,a1,10.213.0.100\n02:00:00:00:00:02,a2,10.213.0.101\n"
                        "02:00:00:00:00:03,a3,10.213.0.102\n"));
    const QByteArray rules = contentOf(w.outputs().nftRuleset);
    QVERIFY(rules.contains("02:00:00:00:00:03 . 10.213.0.102 : 0x00000002"));
    QVERIFY(!rules.contains("02:00:00:00:00:11"));
    // The grants are in the saved state, as the last step left them.
    const Result<DirectorySyncState> saved = loadNetsyncState(statePath, config);
    QVERIFY(saved);
    QCOMPARE(saved->vos.value(QByteArray(16, 'B')).values.value("vocsgrantaddressrange"),
             QList<QByteArray>{"10.213.0.160-10.213.0.199"});
    QCOMPARE(saved->vos.value(QByteArray(16, 'A')).values.value("vocsgrantmaxvcns"), QList<QByteArray>{"3"});
}

void TestNetsync::stateKeepsGrants()
{
    DirectoryConfig config;
    config.uri = u"ldap://fake"_s;
    config.baseDn = u"dc=vsp,dc=test"_s;
    DirectorySyncState state;
    state.cookie = "rid=001,csn=20261207";
    state.entries.insert(QByteArray(16, 'r'), records.at(0));
    state.vos.insert(QByteArray(16, 'A'), grants.at(0));
    VoGrantEntry odd = grant("beta", "10.213.0.150-10.213.0.199", "4");
    odd.values.insert("vocsgrantaddressrange", {"10.213.0.150-10.213.0.159", "10.213.0.190-10.213.0.199"});
    state.vos.insert(QByteArray(16, 'B'), odd);
    const QString path = m_dir->filePath(u"state"_s);
    QVERIFY(saveNetsyncState(path, state, config));
    const Result<DirectorySyncState> loaded = loadNetsyncState(path, config);
    QVERIFY(loaded);
    QCOMPARE(loaded->cookie, state.cookie);
    QCOMPARE(loaded->entries, state.entries);
    QCOMPARE(loaded->vos, state.vos);
    // Only grant attributes come back from a hand-edited file.
    QJsonObject root = QJsonDocument::fromJson(contentOf(path)).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"vocstudio-netsync-state/2"_s);
}

void TestNetsync::stateOfFormatOneStartsAfresh()
{
    DirectoryConfig config;
    config.uri = u"ldap://fake"_s;
    config.baseDn = u"dc=vsp,dc=test"_s;
    const QString path = m_dir->filePath(u"state"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"vocstudio-netsync-state/1","uri":"ldap://fake","baseDn":"dc=vsp,dc=test",)"
               R"("cookie":"Y29va2ll","entries":[]})");
    file.close();
    const Result<DirectorySyncState> loaded = loadNetsyncState(path, config);
    QVERIFY(loaded);
    QVERIFY(loaded->cookie.isEmpty()); // without a cookie the server sends everything, grants included
}

QTEST_GUILESS_MAIN(TestNetsync)
#include "tst_netsync.moc"
