// SPDX-License-Identifier: GPL-3.0-or-later
// The Sites page offscreen: profiles load from the sites folder and from added files, an edit shows
// its problem at once, saving round-trips, a check report renders per host and directory, the
// connection test runs as a job (libvirt's test driver, a fake directory), the keychain's absence
// is explained, and the directory browser lists VOCs and their VCNs. Models run under the tester.
#include "sites/passwordstore.h"
#include "sites/sitecheckmodel.h"
#include "sites/sitehostsmodel.h"
#include "sites/sitelistmodel.h"
#include "sites/sitespage.h"
#include "sites/vcnrecordmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

const QString fixture = QStringLiteral(VOC_FIXTURES_DIR "/sites/sandbox.json");
const QString nodeUri = QStringLiteral("test://" VOC_FIXTURES_DIR "/sites/testnode.xml");

class FakePasswords final : public PasswordStore
{
public:
    bool backend = true;
    QHash<QString, QString> stored;

    void read(const QString& key, ReadCallback done) override
    {
        if (!backend) {
            setUnavailable(u"no D-Bus session"_s);
            return done(Outcome::Unavailable, u"no D-Bus session"_s);
        }
        if (stored.contains(key))
            return done(Outcome::Found, stored.value(key));
        done(Outcome::NotStored, {});
    }
    void write(const QString& key, const QString& password, WriteCallback done) override
    {
        if (!backend) {
            setUnavailable(u"no D-Bus session"_s);
            return done(Outcome::Unavailable, u"no D-Bus session"_s);
        }
        stored.insert(key, password);
        done(Outcome::Found, {});
    }
};

class FakeDirectory final : public Directory
{
public:
    QList<VcnRecord> records;
    QString uri() const override { return u"ldap://fake"_s; }
    Result<DirectoryInfo> info() override
    {
        return DirectoryInfo{
            u"ldap://fake"_s,   u"dn:cn=vocstudio,dc=vsp,dc=test"_s, u"dc=vsp,dc=test"_s, true, 2,
            int(records.size())};
    }
    Result<QStringList> listVocs() override
    {
        QStringList vocs;
        for (const VcnRecord& r : records)
            if (!vocs.contains(r.voc))
                vocs.append(r.voc);
        return vocs;
    }
    Result<QList<VcnRecord>> listVcns(const QString& voc) override
    {
        QList<VcnRecord> out;
        for (const VcnRecord& r : records)
            if (voc.isEmpty() || r.voc == voc)
                out.append(r);
        return out;
    }
    Status addVcns(const QList<VcnRecord>&) override { return Ok{}; }
    Status removeVcn(const QString&, const QString&) override { return Ok{}; }
    Result<int> removeVoc(const QString&) override { return 0; }
    Result<VoGrant> grant() override { return makeError(ErrorCode::InvalidInput, u"no VO"_s, {}, {}); }
};

QList<VcnRecord> sampleRecords()
{
    return {{u"alpha"_s, u"alpha-head"_s, u"10.213.0.100"_s, u"02:00:00:00:00:01"_s, u"head, VO phys"_s, {}},
            {u"alpha"_s, u"alpha-compute01"_s, u"10.213.0.101"_s, u"02:00:00:00:00:02"_s, u"compute"_s, {}},
            {u"beta"_s, u"beta-head"_s, u"10.213.0.110"_s, u"02:00:00:00:00:10"_s, u"head"_s, {}}};
}

// A widget of the page's form by its object name; the test fails loudly when the .ui renamed it.
template<typename W> W* child(QObject& page, const char* name)
{
    W* widget = page.findChild<W*>(QLatin1String(name));
    if (!widget)
        qFatal("no %s named %s", W::staticMetaObject.className(), name);
    return widget;
}

class ScriptedPage : public SitesPage
{
public:
    using SitesPage::SitesPage;
    QString openAnswer;
    QString saveAnswer;

protected:
    QString askOpenFileName() override { return openAnswer; }
    QString askSaveFileName() override { return saveAnswer; }
};

SiteCheckReport fakeReport()
{
    SiteCheckReport r;
    r.site = u"sandbox"_s;
    r.pool = u"vocstudio"_s;
    r.bridge = u"vspbr0"_s;
    HostCheck good;
    good.name = u"kvm1"_s;
    good.uri = u"qemu+ssh://root@10.213.0.11/system"_s;
    good.host =
        HostInfo{good.uri, u"kvm1"_s, u"QEMU"_s, u"7.2.0"_s, u"9.0.0"_s, u"x86_64"_s, 8, 16 * 1024 * 1024};
    good.pool = StoragePoolInfo{
        u"vocstudio"_s,  true, true, u"dir"_s, u"/srv/images"_s, qint64(100) << 30, qint64(10) << 30,
        qint64(90) << 30};
    good.bridge = true;
    HostCheck bad;
    bad.name = u"kvm2"_s;
    bad.uri = u"qemu+ssh://root@10.213.0.12/system"_s;
    bad.connectError = makeError(ErrorCode::External, u"could not connect to the hypervisor"_s, bad.uri,
                                 u"check that sshd runs on the host"_s);
    HostCheck noBridge = good;
    noBridge.name = u"kvm3"_s;
    noBridge.bridge = false;
    r.hosts = {good, bad, noBridge};
    r.directory.checked = true;
    r.directory.info = DirectoryInfo{
        u"ldap://10.213.0.2"_s, u"dn:cn=vocstudio,dc=vsp,dc=test"_s, u"dc=vsp,dc=test"_s, true, 2, 9};
    return r;
}

} // namespace

class TestSitesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void models();
    void loadsSitesFolder();
    void showsProfileKind_data();
    void showsProfileKind();
    void editShowsProblem_data();
    void editShowsProblem();
    void saveRoundTrip();
    void addedProfileIsRemembered();
    void reportRendered();
    void checkRunsOffThread();
    void keychainMissingIsExplained();
    void realKeychainAnswers();
    void directoryBrowser();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString sitesDir() const { return m_dir->filePath(u"sites"_s); }
};

void TestSitesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSitesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(sitesDir()));
    QVERIFY(QFile::copy(fixture, QDir(sitesDir()).filePath(u"sandbox.json"_s)));
    QSettings().remove(u"sites"_s);
}

void TestSitesPage::models()
{
    SiteHostsModel hosts;
    QAbstractItemModelTester hostsTester(&hosts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    hosts.setHosts({{u"kvm1"_s, u"qemu:///system"_s, 0, 0}});
    QSignalSpy edited(&hosts, &SiteHostsModel::hostsEdited);
    QCOMPARE(hosts.addHost(), 1);
    QCOMPARE(hosts.hosts().at(1).name, u"kvm2"_s);
    QVERIFY(hosts.setData(hosts.index(1, SiteHostsModel::CpusColumn), 16));
    QVERIFY(!hosts.setData(hosts.index(1, SiteHostsModel::CpusColumn), u"many"_s));
    QCOMPARE(hosts.hosts().at(1).cpus, 16);
    QCOMPARE(hosts.index(0, SiteHostsModel::CpusColumn).data().toString(), u"ask host"_s);
    hosts.removeHost(0);
    QCOMPARE(hosts.rowCount(), 1);
    QCOMPARE(edited.size(), 3);
    QCOMPARE(hosts.index(0, SiteHostsModel::LocalColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Unchecked);
    QVERIFY(hosts.setData(hosts.index(0, SiteHostsModel::LocalColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(hosts.hosts().at(0).local);
    QCOMPARE(edited.size(), 4);

    SiteListModel list;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setEntries({{u"/a.json"_s, {}, {}}});
    SiteProfile named;
    named.name = u"named"_s;
    QCOMPARE(list.upsert({u"/b.json"_s, named, {}}), 1);
    QCOMPARE(list.upsert({u"/a.json"_s, {}, u"broken"_s}), 0);
    QCOMPARE(list.index(0).data().toString(), u"a"_s);
    QCOMPARE(list.index(1).data().toString(), u"named"_s);
    QVERIFY(list.index(0).data(Qt::ToolTipRole).toString().contains(u"broken"_s));
    QVERIFY(list.remove(u"/a.json"_s));
    QCOMPARE(list.paths(), QStringList{u"/b.json"_s});

    VcnRecordModel vcns;
    QAbstractItemModelTester vcnTester(&vcns, QAbstractItemModelTester::FailureReportingMode::QtTest);
    vcns.setRecords(sampleRecords());
    QCOMPARE(vcns.rowCount(), 3);
    QCOMPARE(vcns.index(2, VcnRecordModel::MacColumn).data().toString(), u"02:00:00:00:00:10"_s);

    SiteCheckModel check;
    QAbstractItemModelTester checkTester(&check, QAbstractItemModelTester::FailureReportingMode::QtTest);
    check.setReport(fakeReport());
    QCOMPARE(check.rowCount(), 4);
    check.setReport(fakeReport());
    QCOMPARE(check.rowCount(), 4);
    check.clearReport();
    QCOMPARE(check.rowCount(), 0);
}

void TestSitesPage::loadsSitesFolder()
{
    ScriptedPage page(std::make_unique<FakePasswords>(), sitesDir());
    QTRY_COMPARE(page.siteListModel()->rowCount(), 1);
    QTRY_COMPARE(page.profile().name, u"sandbox"_s);
    QCOMPARE(child<QLineEdit>(page, "nameEdit")->text(), u"sandbox"_s);
    QCOMPARE(child<QLineEdit>(page, "bridgeEdit")->text(), u"vspbr0"_s);
    QCOMPARE(child<QLineEdit>(page, "bindDnEdit")->text(), u"cn=vocstudio,ou=services,dc=vsp,dc=test"_s);
    QVERIFY(child<QCheckBox>(page, "startTlsCheck")->isChecked());
    QCOMPARE(page.hostsModel()->rowCount(), 2);
    QVERIFY(page.problems().isEmpty());
    QVERIFY(!page.isModified());
    QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
}

void TestSitesPage::showsProfileKind_data()
{
    QTest::addColumn<QString>("kind");   // "kind" in the file; empty: none
    QTest::addColumn<QString>("vo");     // directory.vo; empty: none
    QTest::addColumn<QString>("shown");  // what the Kind row starts with
    QTest::addColumn<QString>("tipHas"); // in its tooltip
    QTest::newRow("single-tenant") << QString() << QString() << u"Single-tenant (hosts as root"_s
                                   << u"root"_s;
    QTest::newRow("a VO's") << QString() << u"alpha"_s
                            << u"VO \u201calpha\u201d (its own accounts, libvirt session)"_s
                            << u"qemu+ssh://alpha@host/session"_s;
    QTest::newRow("kind vo") << u"vo"_s << u"beta"_s << u"VO \u201cbeta\u201d"_s << u"uid=beta"_s;
    QTest::newRow("provider admin") << u"provider-admin"_s << QString()
                                    << u"Provider admin (directory admin, hosts as root)"_s
                                    << u"Never hand it to a VO"_s;
}

// The Kind row says whose profile it is, from the file as the one loader read it.
void TestSitesPage::showsProfileKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, vo);
    QFETCH(QString, shown);
    QFETCH(QString, tipHas);
    QFile in(fixture);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    if (!kind.isEmpty())
        root.insert(u"kind"_s, kind);
    if (!vo.isEmpty()) {
        QJsonObject directory = root.value(u"directory"_s).toObject();
        directory.insert(u"vo"_s, vo);
        root.insert(u"directory"_s, directory);
    }
    QFile out(QDir(sitesDir()).filePath(u"sandbox.json"_s));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(root).toJson());
    out.close();

    ScriptedPage page(std::make_unique<FakePasswords>(), sitesDir());
    QTRY_COMPARE(page.profile().name, u"sandbox"_s);
    const QLabel* label = child<QLabel>(page, "kindValueLabel");
    QVERIFY2(label->text().startsWith(shown), qPrintable(label->text()));
    QVERIFY2(label->toolTip().contains(tipHas), qPrintable(label->toolTip()));
    QCOMPARE(label->text(), SitesPage::kindText(page.profile()));
    // A new profile is a single-tenant one until the provider says otherwise.
    page.newProfile();
    QVERIFY(label->text().startsWith(u"Single-tenant"_s));
}

void TestSitesPage::editShowsProblem_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problemPath");
    QTest::newRow("subnet") << u"subnetEdit"_s << u"10.213.0.1/24"_s << u"network.subnet"_s;
    QTest::newRow("range") << u"rangeEndEdit"_s << u"10.214.0.9"_s << u"network.rangeEnd"_s;
    QTest::newRow("domain") << u"dnsDomainEdit"_s << u"vsp_test"_s << u"network.dnsDomain"_s;
    QTest::newRow("directory") << u"directoryUriEdit"_s << u"http://10.213.0.2"_s << u"directory.uri"_s;
    QTest::newRow("base dn") << u"baseDnEdit"_s << u"dc=vsp,,dc=test"_s << u"directory.baseDn"_s;
    QTest::newRow("name") << u"nameEdit"_s << QString() << u"name"_s;
    QTest::newRow("ca") << u"caFileEdit"_s << u"/nonexistent/ca.pem"_s << u"directory.caFile"_s;
}

void TestSitesPage::editShowsProblem()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problemPath);
    ScriptedPage page(std::make_unique<FakePasswords>(), sitesDir());
    QTRY_COMPARE(page.profile().name, u"sandbox"_s);
    auto* edit = page.findChild<QLineEdit*>(field);
    QVERIFY(edit);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
    QVERIFY(page.isModified());
    QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());
    QStringList paths;
    for (const Problem& p : page.problems())
        paths.append(p.path);
    QVERIFY2(paths.contains(problemPath), qPrintable(paths.join(u", "_s)));
    // Shown in the list and at the field.
    QVERIFY(child<QListWidget>(page, "problemsList")->count() >= 1);
    QVERIFY(child<QListWidget>(page, "problemsList")->item(0)->text().contains(problemPath));
    QVERIFY(edit->property("hasProblem").toBool());
    QVERIFY(!edit->toolTip().isEmpty());

    // Revert brings the file's values back and the problem goes.
    page.revert();
    QVERIFY(!page.isModified());
    QVERIFY(page.problems().isEmpty());
    QVERIFY(!edit->property("hasProblem").toBool());
}

void TestSitesPage::saveRoundTrip()
{
    ScriptedPage page(std::make_unique<FakePasswords>(), sitesDir());
    QTRY_COMPARE(page.profile().name, u"sandbox"_s);
    const QString path = page.profilePath();
    child<QLineEdit>(page, "descriptionEdit")->selectAll();
    QTest::keyClicks(child<QLineEdit>(page, "descriptionEdit"), u"edited on the page"_s);
    // Without StartTLS only on this machine: to another one the loader would refuse the profile.
    child<QLineEdit>(page, "directoryUriEdit")->selectAll();
    QTest::keyClicks(child<QLineEdit>(page, "directoryUriEdit"), u"ldap://127.0.0.1:389"_s);
    child<QCheckBox>(page, "startTlsCheck")->setChecked(false);
    child<QComboBox>(page, "sharingCombo")->setCurrentIndex(1);
    page.hostsModel()->setData(page.hostsModel()->index(0, SiteHostsModel::UriColumn), nodeUri);
    // libvirt's test driver is this machine's: the loader takes it only from a host marked so.
    page.hostsModel()->setData(page.hostsModel()->index(0, SiteHostsModel::LocalColumn), Qt::Checked,
                               Qt::CheckStateRole);
    QVERIFY(page.isModified());
    QSignalSpy saved(&page, &SitesPage::saved);
    page.save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), path);
    QVERIFY(!page.isModified());

    const Result<SiteProfile> reread = loadSiteProfile(path);
    QVERIFY(reread.ok());
    QCOMPARE(*reread, page.profile());
    QCOMPARE(reread->description, u"edited on the page"_s);
    QVERIFY(!reread->directory.startTls);
    QCOMPARE(reread->storage.sharing, StorageSharing::PerHost);
    QCOMPARE(reread->hosts.at(0).uri, nodeUri);
    QVERIFY(QFile::exists(path + u".bak"_s));

    // A new profile asks where to go and joins the list.
    page.newProfile();
    QVERIFY(page.profilePath().isEmpty());
    page.saveAnswer = m_dir->filePath(u"elsewhere/new.json"_s);
    page.save();
    QTRY_COMPARE(saved.size(), 2);
    QCOMPARE(page.profilePath(), page.saveAnswer);
    QCOMPARE(page.siteListModel()->rowCount(), 2);
    QVERIFY(loadSiteProfile(page.saveAnswer).ok());
}

void TestSitesPage::addedProfileIsRemembered()
{
    const QString outside = m_dir->filePath(u"outside.json"_s);
    SiteProfile other = *loadSiteProfile(fixture);
    other.name = u"outside"_s;
    QVERIFY(saveSiteProfile(outside, other).ok());
    {
        ScriptedPage page(std::make_unique<FakePasswords>(), sitesDir());
        QTRY_COMPARE(page.siteListModel()->rowCount(), 1);
        page.openAnswer = outside;
        child<QPushButton>(page, "addSiteButton")->click();
        QTRY_COMPARE(page.siteListModel()->rowCount(), 2);
        QTRY_COMPARE(page.profile().name, u"outside"_s);
    }
    ScriptedPage again(std::make_unique<FakePasswords>(), sitesDir());
    QTRY_COMPARE(again.siteListModel()->rowCount(), 2);
    QVERIFY(again.siteListModel()->paths().contains(outside));
    again.selectProfile(outside);
    again.forgetSelected();
    QCOMPARE(again.siteListModel()->rowCount(), 1);
    QVERIFY(!QSettings().value(u"sites/addedProfiles"_s).toStringList().contains(outside));
}

void TestSitesPage::reportRendered()
{
    ScriptedPage page(std::make_unique<FakePasswords>(), sitesDir());
    page.showReport(fakeReport());
    SiteCheckModel* m = page.checkModel();
    QCOMPARE(m->rowCount(), 4);

    const int kvm1 = m->topRow(u"kvm1"_s);
    QVERIFY(m->index(kvm1, 0).data(SiteCheckModel::OkRole).toBool());
    QCOMPARE(m->child(kvm1, u"libvirt"_s).siblingAtColumn(1).data().toString(), u"9.0.0"_s);
    QVERIFY(m->child(kvm1, u"cpus"_s).siblingAtColumn(1).data().toString().startsWith(u"8"_s));
    QVERIFY(m->child(kvm1, u"memory"_s).siblingAtColumn(1).data().toString().contains(u"16"_s));
    const QString pool = m->child(kvm1, u"pool"_s).siblingAtColumn(1).data().toString();
    QVERIFY2(pool.contains(u"90"_s) && pool.contains(u"100"_s), qPrintable(pool));
    QCOMPARE(m->child(kvm1, u"bridge"_s).siblingAtColumn(1).data().toString(), u"present"_s);

    const int kvm2 = m->topRow(u"kvm2"_s);
    QVERIFY(!m->index(kvm2, 0).data(SiteCheckModel::OkRole).toBool());
    const QModelIndex connectRow = m->child(kvm2, u"connect"_s);
    QVERIFY(connectRow.siblingAtColumn(1).data().toString().contains(u"could not connect"_s));
    // The hint is right under the error.
    QCOMPARE(m->index(0, 1, connectRow).data().toString(), u"check that sshd runs on the host"_s);
    QVERIFY(!m->child(kvm2, u"pool"_s).isValid());

    const int kvm3 = m->topRow(u"kvm3"_s);
    QVERIFY(!m->child(kvm3, u"bridge"_s).data(SiteCheckModel::OkRole).toBool());

    const int dir = m->topRow(u"directory"_s);
    QVERIFY(m->index(dir, 0).data(SiteCheckModel::OkRole).toBool());
    QCOMPARE(m->child(dir, u"boundAs"_s).siblingAtColumn(1).data().toString(),
             u"dn:cn=vocstudio,dc=vsp,dc=test"_s);
    QCOMPARE(m->child(dir, u"vcns"_s).siblingAtColumn(1).data().toString(), u"9"_s);
    QVERIFY(child<QLabel>(page, "checkSummaryLabel")->text().contains(u"1 of 3"_s));
}

void TestSitesPage::checkRunsOffThread()
{
    auto passwords = std::make_unique<FakePasswords>();
    FakePasswords* store = passwords.get();
    ScriptedPage page(std::move(passwords), sitesDir());
    QTRY_COMPARE(page.profile().name, u"sandbox"_s);
    page.hostsModel()->setData(page.hostsModel()->index(0, SiteHostsModel::UriColumn), nodeUri);
    page.hostsModel()->setData(page.hostsModel()->index(1, SiteHostsModel::UriColumn), nodeUri);
    child<QLineEdit>(page, "poolEdit")->selectAll();
    QTest::keyClicks(child<QLineEdit>(page, "poolEdit"), u"vocstudio"_s);
    QString seenPassword;
    page.setDirectoryConnector([&](const DirectoryConfig& config) -> Result<std::unique_ptr<Directory>> {
        seenPassword = config.password;
        auto directory = std::make_unique<FakeDirectory>();
        directory->records = sampleRecords();
        return std::unique_ptr<Directory>(std::move(directory));
    });
    child<QLineEdit>(page, "passwordEdit")->setText(u"vocstudio-secret"_s);
    QSignalSpy finished(&page, &SitesPage::checkFinished);
    child<QPushButton>(page, "testButton")->click();
    QVERIFY(page.isChecking());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!page.isChecking());
    QCOMPARE(seenPassword, u"vocstudio-secret"_s);

    SiteCheckModel* m = page.checkModel();
    QCOMPARE(m->rowCount(), 3);
    for (const QString& host : {u"kvm1"_s, u"kvm2"_s}) {
        const int row = m->topRow(host);
        QVERIFY(row >= 0);
        QVERIFY(m->child(row, u"pool"_s).data(SiteCheckModel::OkRole).toBool());
        QCOMPARE(m->child(row, u"cpus"_s).siblingAtColumn(1).data().toString(), u"16 (x86_64)"_s);
        QCOMPARE(m->child(row, u"bridge"_s).siblingAtColumn(1).data().toString(), u"present"_s);
    }
    QCOMPARE(m->child(m->topRow(u"directory"_s), u"vcns"_s).siblingAtColumn(1).data().toString(), u"3"_s);
    // Remembered, since the directory accepted it.
    QCOMPARE(store->stored.value(PasswordStore::keyFor(u"ldap://10.213.0.2:389"_s,
                                                       u"cn=vocstudio,ou=services,dc=vsp,dc=test"_s)),
             u"vocstudio-secret"_s);
    QVERIFY(page.keychainText().contains(u"stored"_s));
}

void TestSitesPage::keychainMissingIsExplained()
{
    auto passwords = std::make_unique<FakePasswords>();
    passwords->backend = false;
    ScriptedPage page(std::move(passwords), sitesDir());
    QTRY_COMPARE(page.profile().name, u"sandbox"_s);
    QVERIFY2(page.keychainText().contains(u"No keychain"_s), qPrintable(page.keychainText()));
    QVERIFY(page.keychainText().contains(u"no D-Bus session"_s));
    QVERIFY(!child<QCheckBox>(page, "rememberCheck")->isEnabled());
    QVERIFY(!child<QCheckBox>(page, "rememberCheck")->isChecked());
    QVERIFY(child<QLineEdit>(page, "passwordEdit")->isEnabled());
}

// qtkeychain itself: with a Secret Service the entry is simply not there; without one (as on a
// build machine with no D-Bus session) the store must say so instead of failing silently or hanging.
void TestSitesPage::realKeychainAnswers()
{
    KeychainPasswordStore store;
    std::optional<PasswordStore::Outcome> outcome;
    QString text;
    store.read(u"ldap:cn=tst_sitespage@ldap://nowhere.invalid"_s,
               [&](PasswordStore::Outcome o, const QString& t) {
                   outcome = o;
                   text = t;
               });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    qInfo("keychain: outcome %d, %s", int(*outcome), qPrintable(text));
    QVERIFY(*outcome == PasswordStore::Outcome::NotStored || *outcome == PasswordStore::Outcome::Unavailable);
    QCOMPARE(store.isAvailable(), *outcome == PasswordStore::Outcome::NotStored);
    if (!store.isAvailable())
        QVERIFY(!store.unavailableReason().isEmpty());
}

void TestSitesPage::directoryBrowser()
{
    ScriptedPage page(std::make_unique<FakePasswords>(), sitesDir());
    QTRY_COMPARE(page.profile().name, u"sandbox"_s);
    page.setDirectoryConnector([](const DirectoryConfig&) -> Result<std::unique_ptr<Directory>> {
        auto directory = std::make_unique<FakeDirectory>();
        directory->records = sampleRecords();
        return std::unique_ptr<Directory>(std::move(directory));
    });
    QAbstractItemModelTester vocTester(page.vocModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester vcnTester(page.vcnModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&page, &SitesPage::directoryLoaded);
    child<QPushButton>(page, "loadDirectoryButton")->click();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(page.vocModel()->stringList(), (QStringList{u"alpha"_s, u"beta"_s}));
    QCOMPARE(page.vcnModel()->rowCount(), 2);
    QCOMPARE(page.vcnModel()->index(0, VcnRecordModel::HostnameColumn).data().toString(), u"alpha-head"_s);
    child<QListView>(page, "vocList")->setCurrentIndex(page.vocModel()->index(1));
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(page.vcnModel()->rowCount(), 1);
    QCOMPARE(page.vcnModel()->index(0, VcnRecordModel::IpColumn).data().toString(), u"10.213.0.110"_s);

    // A refused bind is shown where it happened, with its hint.
    page.setDirectoryConnector([](const DirectoryConfig& config) -> Result<std::unique_ptr<Directory>> {
        return makeError(ErrorCode::External, u"invalid credentials"_s, config.uri, u"check the password"_s);
    });
    page.loadDirectory();
    QTRY_COMPARE(loaded.size(), 3);
    QVERIFY(page.messageText().contains(u"invalid credentials"_s));
    QVERIFY(page.messageText().contains(u"check the password"_s));
    QCOMPARE(page.vocModel()->rowCount(), 0);
}

QTEST_MAIN(TestSitesPage)
#include "tst_sitespage.moc"
